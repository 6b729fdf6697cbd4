import { formatChecksums } from './checksums';
import { UserError } from '../diagnostics';
import { buildManifest, serializeManifest, type Manifest, type PackageFile, type PackageMeta } from './manifest';
import { CHECKSUMS_PATH, MANIFEST_PATH, SIGNATURE_PATH, checkPackagePaths, sortByPath } from './paths';

/** A file in the zip: a path and its bytes, nothing else. */
export interface ZipEntry {
  path: string;
  bytes: Buffer;
}

/** The full package: the given files plus manifest.json and SHA256SUMS (covering manifest.json too), sorted by path. */
export function packageContents(files: readonly PackageFile[], meta: PackageMeta): { manifest: Manifest; entries: ZipEntry[] } {
  checkPackagePaths(
    files.map((file) => file.path),
    [MANIFEST_PATH, CHECKSUMS_PATH, SIGNATURE_PATH],
  );
  for (const file of files) {
    if (file.pages !== undefined && !(Number.isInteger(file.pages) && file.pages > 0)) {
      // The renderer counts pages; a bad count is a bug there, not something the user can fix.
      throw new Error(`Page count of ${file.path} must be a positive integer, got ${file.pages}`);
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.reviewDate)) {
    throw new UserError(`The review date ${JSON.stringify(meta.reviewDate)} is not a date like 2026-06-26.`);
  }
  const manifest = buildManifest(files, meta);
  const entries: ZipEntry[] = files.map((file) => ({ path: file.path, bytes: file.bytes }));
  entries.push({ path: MANIFEST_PATH, bytes: serializeManifest(manifest) });
  entries.push({ path: CHECKSUMS_PATH, bytes: Buffer.from(formatChecksums(entries), 'utf8') });
  return { manifest, entries: sortByPath(entries) };
}
