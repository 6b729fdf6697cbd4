import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkPackageFiles, readZip } from '../package';
import { UserError } from '../diagnostics';
import { archiveFolders, listArchive, parseArchiveFolderName } from './archive-list';
import { snapshotFromFiles, type Snapshot } from '../model/data-files';

/**
 * Loads a version to compare. A review date (`2026-06-26`) is the latest revision of that date in the
 * archive; an archive folder name (`2026-06-26-r2`) is that revision; anything else is the path of a zip.
 */
export async function loadVersion(ref: string, archiveDir: string): Promise<Snapshot> {
  const named = parseArchiveFolderName(ref);
  if (named && !(await isFile(ref))) {
    const explicit = /-r\d+$/.test(ref);
    const packages = listArchive(archiveDir).filter((p) => p.reviewDate === named.reviewDate && (!explicit || p.revision === named.revision));
    const chosen = packages[packages.length - 1];
    if (!chosen) {
      const known = archiveFolders(archiveDir).map((f) => path.basename(f.dir));
      throw new UserError(
        `No archived package for ${ref} in ${archiveDir}; ${known.length ? `archived: ${known.join(', ')}` : 'the archive is empty'}. Give an archived review date or the path of a package zip.`,
      );
    }
    return snapshotFromFiles(await unzip(chosen.zip), ref, chosen.revision);
  }
  if (!(await isFile(ref))) throw new UserError(`${ref} is neither a review date (YYYY-MM-DD) nor a package zip that exists.`);
  return snapshotFromFiles(await unzip(ref), ref);
}

/**
 * A package's files, checked against its own manifest.json and SHA256SUMS first: a package changed after it
 * was built (or one that holds a path twice, of which a comparison would read one copy and verify the other)
 * is refused rather than compared.
 */
async function unzip(file: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readZip(await readFile(file), file)) {
    if (files.has(entry.path)) throw new UserError(`${file} holds ${JSON.stringify(entry.path)} twice, so it cannot be compared; check it with make verify PACKAGE=${file}.`);
    files.set(entry.path, entry.bytes);
  }
  const result = checkPackageFiles(files);
  if (!result.ok) {
    const shown = result.problems.slice(0, 3).map((p) => `${p.kind} ${p.path}: ${p.detail}`);
    const more = result.problems.length > 3 ? `; and ${result.problems.length - 3} more` : '';
    throw new UserError(
      `${file} does not match its own manifest.json and SHA256SUMS (${shown.join('; ')}${more}), so it is not compared; check it with make verify PACKAGE=${file}.`,
    );
  }
  return files;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}
