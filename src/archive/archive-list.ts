import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../package/hash';

/** One archived package: a folder `<reviewDate>` or `<reviewDate>-r<N>` holding a zip. */
export interface ArchivedPackage {
  reviewDate: string;
  /** 1 for the first package of a review date, 2 for `-r2`, and so on. */
  revision: number;
  dir: string;
  /** Path of the zip inside `dir`. */
  zip: string;
  /** SHA-256 of the zip. */
  sha256: string;
  bytes: number;
}

/** The folder name of a review date's revision: the date alone for the first, `<date>-r<N>` after. */
export function archiveFolderName(reviewDate: string, revision: number): string {
  return revision === 1 ? reviewDate : `${reviewDate}-r${revision}`;
}

/** Reads a folder name back; null for anything the archive did not name (staging folders, notes, ...). */
export function parseArchiveFolderName(name: string): { reviewDate: string; revision: number } | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:-r([1-9]\d*))?$/.exec(name);
  if (!match) return null;
  const revision = match[2] === undefined ? 1 : Number(match[2]);
  // "-r1" is never written: the first package is the bare date, so "-r1" would be a second name for it.
  if (match[2] !== undefined && revision < 2) return null;
  return { reviewDate: match[1], revision };
}

/** The archive's folders for one review date (or all), sorted by date then revision, whether or not they hold a zip. */
export function archiveFolders(archiveDir: string, reviewDate?: string): { reviewDate: string; revision: number; dir: string }[] {
  return subfolders(archiveDir)
    .flatMap((entry) => {
      const parsed = parseArchiveFolderName(entry.name);
      return parsed && (reviewDate === undefined || parsed.reviewDate === reviewDate) ? [{ ...parsed, dir: join(archiveDir, entry.name) }] : [];
    })
    .sort((a, b) => (a.reviewDate < b.reviewDate ? -1 : a.reviewDate > b.reviewDate ? 1 : a.revision - b.revision));
}

/**
 * Every archived package, sorted by review date then revision. A folder without exactly one zip is left out:
 * the archive never makes one, and `verifyPackage` is the tool that says what is wrong with it.
 */
export function listArchive(archiveDir: string): ArchivedPackage[] {
  return archiveFolders(archiveDir).flatMap((folder) => {
    const zips = readdirSync(folder.dir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.zip'));
    if (zips.length !== 1) return [];
    const zip = join(folder.dir, zips[0].name);
    const bytes = readFileSync(zip);
    return [{ ...folder, zip, sha256: sha256Hex(bytes), bytes: bytes.length }];
  });
}

/** The folders directly inside `dir`; none when `dir` does not exist yet. */
export function subfolders(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
