import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, type Dirent } from 'node:fs';
import { link, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../diagnostics';
import { checkPackagePaths } from '../package/paths';
import { writeStep } from './steps';

/**
 * The one naming scheme of everything a write stages beside its target: `.<name>.tmp-<pid>-<random>`, or
 * `.tmp-<pid>-<random>` for a folder. The process id lets removeStaleStaging tell a dead build's leftovers
 * from a live build's work; `role` (`old`) marks a folder moved aside that may have to be put back.
 */
export function stagingPath(target: string, options: { role?: 'old'; folder?: boolean } = {}): string {
  const name = options.folder ? '' : `${basename(target)}.${options.role ? `${options.role}.` : ''}`;
  return join(dirname(target), `.${name}tmp-${process.pid}-${randomBytes(options.folder ? 8 : 6).toString('hex')}`);
}

/**
 * Writes a file so that `path` only ever holds the old bytes or all of the new ones: the bytes go to a
 * temporary file in the same folder (a rename is only atomic within one file system), are flushed to disk,
 * and the temporary file is renamed over `path`. A failed write removes its temporary file.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = stagingPath(path);
  try {
    await writeDurably(temp, bytes);
  } catch (error) {
    throw new UserError(`Could not write ${path}: ${(error as Error).message}`);
  }
  writeStep('file-staged', path);
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(`Could not write ${path}: ${(error as Error).message}`);
  }
  await syncDir(dir);
}

/**
 * Creates the folder `finalDir` holding `files`, all or nothing: everything is written into a staging folder
 * `<parent>/.tmp-<pid>-<random>` beside it and flushed, then the staging folder is renamed into place. A build killed
 * on the way leaves at most a `.tmp-*` folder, never a partial `finalDir`. Never replaces an existing folder.
 */
export async function writeDirAtomic(finalDir: string, files: readonly { path: string; bytes: Uint8Array }[]): Promise<void> {
  checkPackagePaths(files.map((file) => file.path));
  await refuseExisting(finalDir);
  const staging = await stageDir(finalDir, files);
  try {
    writeStep('dir-staged', finalDir);
    // Checked again just before the rename: on Linux renaming onto an existing *empty* folder replaces it.
    await refuseExisting(finalDir);
    await rename(staging, finalDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(`Could not write ${finalDir}: ${(error as Error).message}`);
  }
  await syncDir(dirname(finalDir));
}

/**
 * Writes `files` into a new staging folder beside `finalDir` (see stagingPath) and flushes them, for the
 * caller to rename into place; returns its path. On failure the staging folder is removed again.
 */
export async function stageDir(finalDir: string, files: readonly { path: string; bytes: Uint8Array }[]): Promise<string> {
  checkPackagePaths(files.map((file) => file.path));
  await mkdir(dirname(finalDir), { recursive: true });
  // mkdir rather than mkdtemp: mkdtemp makes the folder 0700, and the rename would keep that mode.
  const staging = stagingPath(finalDir, { folder: true });
  await mkdir(staging);
  try {
    const dirs = new Set<string>([staging]);
    for (const file of files) {
      const target = join(staging, ...file.path.split('/'));
      await mkdir(dirname(target), { recursive: true });
      for (let d = dirname(target); d.length > staging.length; d = dirname(d)) dirs.add(d);
      await writeDurably(target, file.bytes);
    }
    // Deepest first, so every folder's entries are on disk before the folder that names it.
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) await syncDir(dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new UserError(`Could not write ${finalDir}: ${(error as Error).message}`);
  }
  return staging;
}

/** Writes a new file and flushes it to disk; on failure the file is removed again. */
async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  // 'wx': fail rather than write through a file or link someone else put at this random name.
  const handle = await open(path, 'wx');
  let done = false;
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    done = true;
  } finally {
    await handle.close().catch(() => undefined);
    if (!done) await rm(path, { force: true });
  }
}

async function refuseExisting(path: string): Promise<void> {
  const found = await stat(path).catch(() => null);
  if (found) {
    throw new UserError(
      `${path} already exists, and the tool never replaces what it has written. If another build is running, let it finish and run this one again.`,
    );
  }
}

/** Flushes a folder's entries (the rename itself); some platforms cannot open a folder for that, so it is best effort. */
export async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a folder; its renames are durable enough for this purpose.
  }
}

/** A staging file or folder (see stagingPath), with the process id that made it. */
const STAGING = /^\.(?:.+\.)?tmp-(\d+)-[0-9a-f]+$/;
/** A folder moved aside by replaceDir, with the name it had. */
const MOVED_ASIDE = /^\.(.+)\.old\.tmp-\d+-[0-9a-f]+$/;

/**
 * Recovers from builds that were killed, in `dir` and two levels of subfolders (an archive's
 * `editions/<date>/` and `notices/<date>/`, out/'s `archive/`): a folder that
 * replaceDir had moved aside and not yet replaced goes back under its name, and every other staging file
 * and folder whose process is gone is removed. A live process's staging is never touched. Returns what it removed.
 */
export function removeStaleStaging(dir: string): string[] {
  const removed: string[] = [];
  const sweep = (folder: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(folder, entry.name);
      const match = STAGING.exec(entry.name);
      if (match && !isAlive(Number(match[1]))) {
        const aside = MOVED_ASIDE.exec(entry.name);
        if (aside && entry.isDirectory() && !existsSync(join(folder, aside[1]))) {
          renameSync(full, join(folder, aside[1]));
          continue;
        }
        rmSync(full, { recursive: true, force: true });
        removed.push(full);
      } else if (!match && depth > 0 && entry.isDirectory()) sweep(full, depth - 1);
    }
  };
  sweep(dir, 2);
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The bytes at `file`, or undefined when there is no file. */
export async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes `bytes` at `file` only when nothing is there, and never replaces a file: they are staged under a
 * temporary name (swept by removeStaleStaging if the build dies), then hard-linked into place, and link()
 * fails when the name exists, so of two builds only one can write it. Returns undefined when the bytes
 * were stored, or the bytes already at `file` for the caller to compare.
 */
export async function writeFileOnce(file: string, bytes: Buffer): Promise<Buffer | undefined> {
  const existing = await readIfExists(file);
  if (existing) return existing;
  await mkdir(dirname(file), { recursive: true });
  const temp = stagingPath(file);
  await writeFileAtomic(temp, bytes);
  try {
    writeStep('once-staged', file);
    await link(temp, file);
    writeStep('once-linked', file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`Could not archive ${file}: ${(error as Error).message}`);
    return await readFile(file);
  } finally {
    await rm(temp, { force: true });
  }
  return undefined;
}

