import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostics } from '../diagnostics';
import { loadAnswers } from './answers';
import { readConfig } from './config';
import { controlsFile } from './controls';
import type { ListFile } from './entries';
import { pickListFiles, warnUnknownFiles } from './layout';
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
  return readContent(contentDir, diagnostics).content;
}

/**
 * The content of a folder whose configuration broke the schema: every other file, loaded and checked,
 * and the configuration as written, so that later stages can check what does not need a valid one.
 */
export interface PartialContent extends Omit<Content, 'config' | 'configPositions'> {
  /** The parsed trust-package.yaml, or undefined when it could not be read or parsed. */
  writtenConfig: unknown;
}

/** Like loadContent; when the configuration is unusable, also every other file as PartialContent. */
export function readContent(contentDir: string, diagnostics: Diagnostics): { content?: Content; partial?: PartialContent } {
  const abs = path.resolve(contentDir);
  const ctx: LoadContext = { contentDir: abs, root: path.dirname(abs) };
  if (!isDirectory(abs)) {
    diagnostics.error(fileStart(projectPath(ctx, abs)), 'content/missing-file', `the content folder "${contentDir}" does not exist or is not a folder`, {
      expected: 'a folder holding trust-package.yaml, sections/, controls and subprocessors',
    });
    return {};
  }
  const { loaded, written } = readConfig(abs, diagnostics);
  const sections = loadSections(ctx, diagnostics);
  const controls = loadList(ctx, controlsFile, diagnostics);
  const subprocessors = loadList(ctx, subprocessorsFile, diagnostics);
  const tables = loadTables(ctx, diagnostics);
  const legal = loadLegal(ctx, diagnostics);
  const answers = loadAnswers(ctx, diagnostics);
  warnUnknownFiles(ctx, diagnostics);
  for (const rule of contentRules) rule({ controls, subprocessors, diagnostics });
  const files = { root: ctx.root, sections, controls, subprocessors, tables, legal, answers };
  if (!loaded) return { partial: { ...files, writtenConfig: written } };
  return { content: { ...files, config: loaded.config, configPositions: loaded.positions } };
}

/** The entries of the list's first file (YAML before CSV); a second file is checked too, and its entries reported, not used. */
function loadList<T>(ctx: LoadContext, list: ListFile<T>, diagnostics: Diagnostics): T[] {
  const loaded = pickListFiles(ctx, list.base, diagnostics).map((abs) => {
    const source = readSource(abs, projectPath(ctx, abs), diagnostics, { expected: list.expected, root: ctx.root });
    return source ? list.load(source, diagnostics) : [];
  });
  return loaded[0] ?? [];
}

/** content/tables/*.csv and *.yaml, in file-name order; none is fine. */
function loadTables(ctx: LoadContext, diagnostics: Diagnostics): DataTable[] {
  const dir = path.join(ctx.contentDir, 'tables');
  const names = listNames(dir).filter((name) => /\.(csv|yaml)$/.test(name));
  return names.flatMap((name) => {
    const abs = path.join(dir, name);
    const expected = name.endsWith('.csv') ? 'a header row and data rows' : 'a mapping with columns and rows';
    const source = readSource(abs, projectPath(ctx, abs), diagnostics, { expected, root: ctx.root });
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
