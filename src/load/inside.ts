import fs from 'node:fs';
import path from 'node:path';

/** What a path names once every symlink on the way is resolved: a project file, or why it is not one. */
export type ProjectFile =
  | { kind: 'file'; real: string; size: number }
  | { kind: 'missing' }
  | { kind: 'outside'; real: string }
  | { kind: 'folder' }
  | { kind: 'special' };

/**
 * Looks at a path without opening it: resolves symlinks (fs.realpathSync), then stats what they lead to.
 * A path that leads out of the project root, to a folder, or to a device, FIFO or socket is not a project
 * file; a FIFO is never opened, since opening one blocks until a writer comes.
 */
export function inspectProjectFile(root: string, abs: string): ProjectFile {
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch {
    return { kind: 'missing' };
  }
  if (!isInside(realRoot(root), real)) return { kind: 'outside', real };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(real);
  } catch {
    return { kind: 'missing' };
  }
  if (stat.isDirectory()) return { kind: 'folder' };
  if (!stat.isFile()) return { kind: 'special' };
  return { kind: 'file', real, size: stat.size };
}

/**
 * The bytes of a project file that the loader has already accepted; throws when the path is no longer a
 * regular file inside the project (a later stage must never read past what the checks saw).
 */
export function readProjectFile(root: string, abs: string): Buffer {
  const found = inspectProjectFile(root, abs);
  if (found.kind !== 'file') throw new Error(`refusing to read ${abs}: ${found.kind === 'outside' ? `it leads outside the project to ${found.real}` : `it is ${found.kind}`}`);
  return fs.readFileSync(found.real);
}

/** Plain words for why a path is refused, for a diagnostic's `actual`. */
export function describeRefusal(found: Exclude<ProjectFile, { kind: 'file' }>): string {
  switch (found.kind) {
    case 'outside':
      return `a link to ${found.real}, outside the project`;
    case 'folder':
      return 'a folder';
    case 'special':
      return 'a special file (device, FIFO or socket)';
    case 'missing':
      return 'no file';
  }
}

function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

function isInside(root: string, real: string): boolean {
  const relative = path.relative(root, real);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
