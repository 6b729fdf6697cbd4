import fs from 'node:fs';
import path from 'node:path';
import { fileSystemReason, UserError } from '../diagnostics';

/**
 * Checks, before anything is written, that the archive can live at `archiveDir`: every part of the path
 * that exists is a folder, and a project-relative archive does not lead out of the project through a
 * symbolic link. Throws a UserError naming the setting and the part at fault.
 */
export function checkArchiveLocation(root: string, setting: string, outDir?: string): string {
  const archiveDir = path.resolve(root, setting);
  const system = SYSTEM_FOLDERS.find((folder) => within(archiveDir, folder));
  if (system) throw new UserError(`archive.dir ${JSON.stringify(setting)} cannot be used: ${system} is a system folder the kernel provides, not storage. Set archive.dir in content/trust-package.yaml to a folder on a disk.`);
  if (outDir !== undefined) checkArchiveApartFromOutputs(setting, archiveDir, path.resolve(outDir));
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

/** Folders that hold the kernel's views, not files: writing there hangs or fails in ways no message explains. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

/** The folders under out/ that the tool replaces whole or publishes. */
export const REPLACED_OUTPUTS = ['site', 'draft', 'answers'] as const;

/**
 * Refuses an archive inside a folder that a build replaces or publishes (it would be deleted, or
 * published with the register's names and e-mails), and an out/ folder inside the archive.
 */
function checkArchiveApartFromOutputs(setting: string, archiveDir: string, outDir: string): void {
  for (const name of REPLACED_OUTPUTS) {
    const output = path.join(outDir, name);
    if (within(archiveDir, output)) {
      throw new UserError(`archive.dir ${JSON.stringify(setting)} cannot be used: it is inside ${output}, which the build replaces or publishes. Set archive.dir in content/trust-package.yaml to a folder outside ${output}.`);
    }
  }
  if (within(outDir, archiveDir)) {
    throw new UserError(`archive.dir ${JSON.stringify(setting)} cannot be used: the output folder ${outDir} would be inside the archive. Set archive.dir in content/trust-package.yaml to a folder that does not hold ${outDir}.`);
  }
}

/** Whether `inner` is `outer` or a path below it. */
function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
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
