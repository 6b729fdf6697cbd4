import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostics } from '../diagnostics';
import { loadAnswers } from './answers';
import { loadConfig } from './config';
import { controlsFile } from './controls';
import type { ListFile } from './entries';
import { pickListFile, warnUnknownFiles } from './layout';
import { loadLegal, loadSections } from './sections';
import { fileStart, listNames, projectPath, type LoadContext } from './paths';
import { readSource } from './read';
import { contentRules } from './content-rules';
import { subprocessorsFile } from './subprocessors';
import { loadTable } from './tables';
import type { Content, DataTable } from './types';

/**
 * Loads and checks everything in a content folder; the project root is its parent. Every problem
 * is reported, across all files, before returning. Returns undefined only when the folder is
 * missing or the configuration is unusable; otherwise Content, with errors left in `diagnostics`.
 */
export function loadContent(contentDir: string, diagnostics: Diagnostics): Content | undefined {
  const abs = path.resolve(contentDir);
  const ctx: LoadContext = { contentDir: abs, root: path.dirname(abs) };
  if (!isDirectory(abs)) {
    diagnostics.error(fileStart(projectPath(ctx, abs)), 'content/missing-file', `the content folder "${contentDir}" does not exist or is not a folder`, {
      expected: 'a folder holding trust-package.yaml, sections/, controls and subprocessors',
    });
    return undefined;
  }
  const loaded = loadConfig(abs, diagnostics);
  const sections = loadSections(ctx, diagnostics);
  const controls = loadList(ctx, controlsFile, diagnostics);
  const subprocessors = loadList(ctx, subprocessorsFile, diagnostics);
  const tables = loadTables(ctx, diagnostics);
  const legal = loadLegal(ctx, diagnostics);
  const answers = loadAnswers(ctx, diagnostics);
  warnUnknownFiles(ctx, diagnostics);
  for (const rule of contentRules) rule({ controls, subprocessors, diagnostics });
  if (!loaded) return undefined;
  return { root: ctx.root, config: loaded.config, configPositions: loaded.positions, sections, controls, subprocessors, tables, legal, answers };
}

function loadList<T>(ctx: LoadContext, list: ListFile<T>, diagnostics: Diagnostics): T[] {
  const abs = pickListFile(ctx, list.base, diagnostics);
  const source = abs && readSource(abs, projectPath(ctx, abs), diagnostics, { expected: list.expected });
  return source ? list.load(source, diagnostics) : [];
}

/** content/tables/*.csv and *.yaml, in file-name order; none is fine. */
function loadTables(ctx: LoadContext, diagnostics: Diagnostics): DataTable[] {
  const dir = path.join(ctx.contentDir, 'tables');
  const names = listNames(dir).filter((name) => /\.(csv|yaml)$/.test(name));
  return names.flatMap((name) => {
    const abs = path.join(dir, name);
    const expected = name.endsWith('.csv') ? 'a header row and data rows' : 'a mapping with columns and rows';
    const source = readSource(abs, projectPath(ctx, abs), diagnostics, { expected });
    return (source && loadTable(source, `tables/${name}`, diagnostics)) ?? [];
  });
}

function isDirectory(abs: string): boolean {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
