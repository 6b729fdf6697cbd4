import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, type Dirent } from 'node:fs';
import { link, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../diagnostics';
import { checkPackagePaths } from '../package/paths';

/**
 * Writes a file so that `path` only ever holds the old bytes or all of the new ones: the bytes go to a
 * temporary file in the same folder (a rename is only atomic within one file system), are flushed to disk,
 * and the temporary file is renamed over `path`. A failed write removes its temporary file.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    await writeDurably(temp, bytes);
  } catch (error) {
    throw new UserError(`Could not write ${path}: ${(error as Error).message}`);
  }
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
  const parent = dirname(finalDir);
  await mkdir(parent, { recursive: true });
  await refuseExisting(finalDir);
  // mkdir rather than mkdtemp: mkdtemp makes the folder 0700, and the rename would keep that mode.
  const staging = join(parent, `.tmp-${process.pid}-${randomBytes(8).toString('hex')}`);
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
    // Checked again just before the rename: on Linux renaming onto an existing *empty* folder replaces it.
    await refuseExisting(finalDir);
    await rename(staging, finalDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(`Could not write ${finalDir}: ${(error as Error).message}`);
  }
  await syncDir(parent);
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
async function syncDir(dir: string): Promise<void> {
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

/** A staging file or folder of writeFileAtomic or writeDirAtomic, with the process id that made it. */
const STAGING = /^\.(?:.+\.)?tmp-(\d+)-[0-9a-f]+$/;

/**
 * Removes what builds that were killed left behind in `dir` and its subfolders (one level down): staging
 * files and folders whose process is gone. A live process's staging is never touched.
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
        rmSync(full, { recursive: true, force: true });
        removed.push(full);
      } else if (!match && depth > 0 && entry.isDirectory()) sweep(full, depth - 1);
    }
  };
  sweep(dir, 1);
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
  const temp = join(dirname(file), `.${basename(file)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  await writeFileAtomic(temp, bytes);
  try {
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`Could not archive ${file}: ${(error as Error).message}`);
    return await readFile(file);
  } finally {
    await rm(temp, { force: true });
  }
  return undefined;
}

