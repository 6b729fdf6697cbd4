import { readdirSync, readFileSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../diagnostics';
import { parseArchiveFolderName, subfolders } from './archive-list';
import { removeStaleStaging, stageDir, stagingPath, syncDir, writeDirAtomic } from './atomic';
import { writeStep } from './steps';

/** The archive's folder of published sites, beside the dated package folders (which stay packages only). */
export const SITES_DIR = 'sites';

/** One archived site: `sites/<package folder>` or, when a later build of the same package differed, `-s<N>`. */
export interface ArchivedSite {
  reviewDate: string;
  revision: number;
  /** 1 for the first site of a package, 2 for `-s2`, and so on. */
  edition: number;
  dir: string;
}

/** The archived sites, sorted by review date, package revision, then site edition. */
export function listArchivedSites(archiveDir: string): ArchivedSite[] {
  return subfolders(join(archiveDir, SITES_DIR))
    .flatMap((entry) => {
      const match = /^(.*?)(?:-s([2-9]|[1-9]\d+))?$/.exec(entry.name)!;
      const folder = parseArchiveFolderName(match[1]);
      return folder ? [{ ...folder, edition: match[2] ? Number(match[2]) : 1, dir: join(archiveDir, SITES_DIR, entry.name) }] : [];
    })
    .sort((a, b) => (a.reviewDate !== b.reviewDate ? (a.reviewDate < b.reviewDate ? -1 : 1) : a.revision - b.revision || a.edition - b.edition));
}

/** A file of an archived site, or undefined when it has none. */
export function readArchivedSiteFile(site: ArchivedSite, path: string): Buffer | undefined {
  try {
    return readFileSync(join(site.dir, ...path.split('/')));
  } catch {
    return undefined;
  }
}

/**
 * Keeps the site of a package beside it, in `<archive>/sites/<package folder>/`, so a team can show what was
 * public on a date. Never overwrites: the same bytes again are `unchanged`; different bytes for the same
 * package (an audience tag changed, say, which leaves the package as it was) go to `-s2`, `-s3`...
 */
export async function archiveSite(archiveDir: string, packageFolder: string, files: readonly { path: string; bytes: Buffer }[]): Promise<{ status: 'stored' | 'unchanged'; dir: string }> {
  if (!parseArchiveFolderName(packageFolder)) throw new Error(`archiveSite: ${packageFolder} is not an archive folder name`);
  const existing = listArchivedSites(archiveDir).filter((s) => basename(s.dir).replace(/-s\d+$/, '') === packageFolder);
  for (const site of existing) if (sameFiles(site.dir, files)) return { status: 'unchanged', dir: site.dir };
  const next = existing.length === 0 ? packageFolder : `${packageFolder}-s${Math.max(...existing.map((s) => s.edition)) + 1}`;
  const dir = join(archiveDir, SITES_DIR, next);
  await writeDirAtomic(dir, files);
  return { status: 'stored', dir };
}

function sameFiles(dir: string, files: readonly { path: string; bytes: Buffer }[]): boolean {
  const listed: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else listed.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, '');
  if (listed.length !== files.length) return false;
  return files.every((f) => {
    try {
      return readFileSync(join(dir, ...f.path.split('/'))).equals(f.bytes);
    } catch {
      return false;
    }
  });
}

/**
 * Replaces the folder `finalDir` (out/site) with `files`. They are staged and flushed beside it first, so a
 * failed or interrupted build leaves the old folder whole; then the old folder is moved aside, the new one
 * renamed into place, and the old one removed. A kill between the two renames leaves no `finalDir`, only the
 * old folder under its staging name: removeStaleStaging, which the next build (and this function) runs
 * first, puts it back, and removes every other staging a killed build left.
 */
export async function replaceDir(finalDir: string, files: readonly { path: string; bytes: Buffer }[]): Promise<void> {
  removeStaleStaging(dirname(finalDir));
  const staged = await stageDir(finalDir, files);
  writeStep('swap-staged', finalDir);
  const old = stagingPath(finalDir, { role: 'old' });
  const had = await stat(finalDir).catch(() => null);
  try {
    if (had) await rename(finalDir, old);
    writeStep('swap-moved-aside', finalDir);
    await rename(staged, finalDir);
  } catch (error) {
    await rm(staged, { recursive: true, force: true });
    // Put the old folder back, unless something else took its place meanwhile (then the sweep removes it).
    if (had) await rename(old, finalDir).catch(() => undefined);
    throw new UserError(`Could not write ${finalDir}: ${(error as Error).message}`);
  }
  await syncDir(dirname(finalDir));
  writeStep('swap-renamed', finalDir);
  if (had) await rm(old, { recursive: true, force: true });
}
