import fs from 'node:fs';
import path from 'node:path';
import { fileSystemReason, UserError } from '../diagnostics';

/**
 * Checks, before anything is written, that the archive can live at `archiveDir`: every part of the path
 * that exists is a folder, and a project-relative archive does not lead out of the project through a
 * symbolic link. Throws a UserError naming the setting and the part at fault.
 */
export function checkArchiveLocation(root: string, setting: string): string {
  const archiveDir = path.resolve(root, setting);
  let existing = archiveDir;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  // existsSync is false for a dangling link too: look at what each part really is.
  for (let part = archiveDir; ; part = path.dirname(part)) {
    const stat = lstatOrUndefined(part);
    if (stat && !stat.isDirectory() && !stat.isSymbolicLink()) {
      throw new UserError(`archive.dir ${JSON.stringify(setting)} cannot be used: ${part} is a file, not a folder. Set archive.dir in content/trust-package.yaml to a folder, or move the file away.`);
    }
    if (part === existing || path.dirname(part) === part) break;
  }
  if (!fs.statSync(existing).isDirectory()) throw new UserError(`archive.dir ${JSON.stringify(setting)} cannot be used: ${existing} is not a folder.`);
  if (!path.isAbsolute(setting)) {
    const real = fs.realpathSync(existing);
    const relative = path.relative(fs.realpathSync(root), real);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      throw new UserError(`archive.dir ${JSON.stringify(setting)} leads out of the project through a symbolic link, to ${real}. Write an absolute path in archive.dir if the archive is meant to live there.`);
    }
  }
  return archiveDir;
}

/** Turns a file system error while writing (or reading) the archive or out/ into a UserError that says what to fix. */
export function writeError(error: unknown, where: string, verb: 'write' | 'read' = 'write'): never {
  const reason = fileSystemReason(error);
  if (reason === undefined) throw error;
  const file = (error as NodeJS.ErrnoException).path;
  throw new UserError(`Cannot ${verb} ${where}${file ? ` (${file})` : ''}: ${reason}. ${verb === 'write' ? 'Make the folder writable or point it elsewhere.' : 'Make it readable, or move it away.'}`);
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}
