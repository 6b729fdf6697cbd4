import fs from 'node:fs';
import path from 'node:path';

/** Where a load runs: the project root, the content folder and the collector for findings. */
export interface LoadContext {
  /** Absolute path of the project root, the parent of the content folder. */
  root: string;
  /** Absolute path of the content folder. */
  contentDir: string;
}

/** Project-relative path with forward slashes, the form every diagnostic uses on every OS. */
export function projectPath(ctx: LoadContext, abs: string): string {
  return path.relative(ctx.root, abs).split(path.sep).join('/');
}

/** The start of a file, where findings about the file as a whole are reported. */
export function fileStart(file: string): { file: string; line: number; column: number } {
  return { file, line: 1, column: 1 };
}

/** Names in a folder in code-unit order, the same on every machine and locale; none when it is absent. */
export function listNames(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch {
    return [];
  }
}
