import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostics } from '../diagnostics';
import { fileStart, listNames, projectPath, type LoadContext } from './paths';
import { didYouMean } from '../text/suggest';

/** What content/ may hold at its top level, as content.md lays it out. */
const KNOWN_TOP_LEVEL = ['trust-package.yaml', 'controls.yaml', 'controls.csv', 'subprocessors.yaml', 'subprocessors.csv', 'sections', 'tables', 'legal', 'answers.yaml', 'answers'];

/** What each subfolder may hold. */
const KNOWN_IN_FOLDER: Record<string, (name: string) => boolean> = {
  sections: (name) => name.toLowerCase().endsWith('.md'),
  tables: (name) => /\.(csv|yaml)$/.test(name),
  legal: (name) => name === 'nda.md' || name === 'dpa.md',
  answers: (name) => name.endsWith('.yaml'),
};

/**
 * The files of a list that may be written as YAML or CSV (`controls`, `subprocessors`), YAML first.
 * Neither is an error; both is an error too (which would win is not obvious): YAML is used, and both
 * are returned, so that the problems of the one not used are reported in the same run.
 */
export function pickListFiles(ctx: LoadContext, base: string, diagnostics: Diagnostics): string[] {
  const [yaml, csv] = ['yaml', 'csv'].map((ext) => path.join(ctx.contentDir, `${base}.${ext}`));
  const hasYaml = fs.existsSync(yaml);
  const hasCsv = fs.existsSync(csv);
  if (hasYaml && hasCsv) {
    diagnostics.error(fileStart(projectPath(ctx, csv)), 'content/conflict', `both ${base}.yaml and ${base}.csv exist; keep one of them (${base}.yaml is used meanwhile)`, {
      expected: `either ${projectPath(ctx, yaml)} or ${projectPath(ctx, csv)}`,
      actual: 'both',
    });
  }
  if (hasYaml || hasCsv) return [...(hasYaml ? [yaml] : []), ...(hasCsv ? [csv] : [])];
  diagnostics.error(fileStart(projectPath(ctx, yaml)), 'content/missing-file', `there is no ${base} file; create ${base}.yaml (or ${base}.csv) in the content folder`, {
    expected: `${projectPath(ctx, yaml)} or ${projectPath(ctx, csv)}`,
    actual: 'neither',
  });
  return [];
}

/** Warns about files the build would silently ignore: usually a misspelt or misplaced name. */
export function warnUnknownFiles(ctx: LoadContext, diagnostics: Diagnostics): void {
  warnIn(ctx, ctx.contentDir, (name) => KNOWN_TOP_LEVEL.includes(name), KNOWN_TOP_LEVEL, diagnostics);
  for (const [folder, known] of Object.entries(KNOWN_IN_FOLDER)) {
    warnIn(ctx, path.join(ctx.contentDir, folder), known, folder === 'legal' ? ['nda.md', 'dpa.md'] : [], diagnostics);
  }
}

function warnIn(ctx: LoadContext, dir: string, known: (name: string) => boolean, names: string[], diagnostics: Diagnostics): void {
  // Dot files are editor and git housekeeping (.gitkeep, .DS_Store), never content.
  for (const name of listNames(dir).filter((n) => !n.startsWith('.') && !known(n))) {
    const suggestion = didYouMean(name, names);
    const where = projectPath(ctx, path.join(dir, name));
    const fix = suggestion ? `did you mean "${suggestion}"?` : 'the build ignores it; rename or move it';
    diagnostics.warning(fileStart(where), 'content/unknown-file', `unexpected file "${where}"; ${fix}`, {
      expected: names.length ? `one of ${names.join(', ')}` : describeFolder(path.basename(dir)),
    });
  }
}

function describeFolder(folder: string): string {
  return folder === 'sections' ? 'Markdown files (.md)' : folder === 'answers' ? 'YAML files (.yaml)' : 'CSV or YAML files (.csv, .yaml)';
}

/**
 * The files in a content folder that the loader reads, absolute, in a fixed order: the same names it
 * looks for, and nothing it ignores (unknown files are warned about, never read).
 */
export function contentInputs(contentDir: string): string[] {
  const top = KNOWN_TOP_LEVEL.filter((name) => !(name in KNOWN_IN_FOLDER)).map((name) => path.join(contentDir, name));
  const inFolders = Object.entries(KNOWN_IN_FOLDER).flatMap(([folder, known]) =>
    listNames(path.join(contentDir, folder))
      .filter(known)
      .map((name) => path.join(contentDir, folder, name)),
  );
  return [...top, ...inFolders];
}
