import { UserError } from '../diagnostics';
import { checkPackagePaths, sortByPath } from './paths';
import type { ZipEntry } from './contents';

/** Permissions recorded for every file: readable by all, writable by the owner, never executable. */
const FILE_MODE = 0o644;

// The range a ZIP (DOS) time stamp can hold; compress-commons clamps outside it, we do it ourselves so the
// rule is ours and visible: 1980-01-01 00:00:00 to 2043-12-31 23:59:58 (its own upper limit).
const DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
const DOS_MAX = Date.UTC(2043, 11, 31, 23, 59, 58);

/**
 * The time a zip entry will carry: clamped to the DOS range and rounded down to even seconds (DOS stores
 * seconds / 2), so the date stored is exactly the one we report.
 */
export function zipTimestamp(date: Date): Date {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error('makeZip needs a valid date');
  const clamped = Math.min(Math.max(ms, DOS_MIN), DOS_MAX);
  return new Date(clamped - (clamped % 2000));
}

/**
 * A zip of the entries, byte-identical for the same entries and date on any machine, time zone and folder.
 *
 * - Entries are sorted by path and added as Buffers only (mixing files and streams reorders them).
 * - Every entry gets the same date and mode; nothing is read from the disk, so no mtime, owner or umask leaks in.
 * - ZIP stores a DOS time with no zone. compress-commons 7 fills it from the UTC getters unless
 *   `forceLocalTime` is set (lib/archivers/zip/util.js dateToDos), so we pass `forceLocalTime: false`
 *   explicitly and hand it the UTC instant: the bytes then hold the UTC wall time whatever TZ says.
 * - Entries are stored, not deflated. Node's zlib is Chromium's, whose deflate picks match-finding code by
 *   CPU features, so compressed bytes can differ between machines; PDFs are already compressed inside.
 */
export async function makeZip(entries: readonly ZipEntry[], date: Date): Promise<Buffer> {
  checkPackagePaths(entries.map((entry) => entry.path));
  const stamp = zipTimestamp(date);
  // Loaded here, not at the top: archiver is ESM and costs a third of a second to load, and only the build
  // command needs it.
  const { ZipArchive } = await import('archiver');
  const archive = new ZipArchive({ store: true, forceLocalTime: false, forceZip64: false, comment: '' });
  const chunks: Buffer[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    archive.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.on('end', () => resolve());
    archive.on('error', reject);
    // A warning from archiver means it skipped or changed something: never ship that silently.
    archive.on('warning', reject);
  });
  for (const entry of sortByPath(entries)) {
    // A Buffer that went through a worker arrives as a plain Uint8Array, which archiver rejects.
    const bytes = Buffer.isBuffer(entry.bytes) ? entry.bytes : Buffer.from(entry.bytes);
    archive.append(bytes, { name: entry.path, date: new Date(stamp.getTime()), mode: FILE_MODE, store: true });
  }
  try {
    await Promise.all([archive.finalize(), ended]);
  } catch (error) {
    throw new UserError(`Could not make the zip: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks);
}
