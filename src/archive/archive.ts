import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveFolderName, archiveFolders } from './archive-list';
import { writeDirAtomic } from './atomic';
import type { ZipEntry } from '../package/contents';
import { UserError } from '../diagnostics';
import type { ManifestFile } from '../package/manifest';
import { packageIdentity, type PackageIdentity } from '../package/identity';
import { MANIFEST_PATH, checkPackagePaths } from '../package/paths';
import { parseReviewDate } from '../package/timestamp';
import { readZip } from '../package/unzip';

/** What to archive: the zip, and the same files unpacked (manifest.json and SHA256SUMS included). */
export interface ArchiveRequest {
  archiveDir: string;
  reviewDate: string;
  zipName: string;
  zip: Buffer;
  files: readonly ZipEntry[];
  /** Store a package whose content differs from the one already archived for this date as `<date>-r<N>`. */
  allowRevision?: boolean;
}

/** `stored`: first package of its date; `unchanged`: an identical one is archived; `revision`: stored as `-r<N>`. */
export type ArchiveStatus = 'stored' | 'unchanged' | 'revision';

/**
 * Keeps the package in `<archiveDir>/<reviewDate>/` (zip, manifest.json, SHA256SUMS and the files unpacked),
 * written all at once. Never overwrites or deletes anything.
 *
 * Two packages are the same when they hold the same files with the same SHA-256s, as their manifests list them.
 * manifest.json itself (and so SHA256SUMS and the zip's bytes) is left out of the comparison: it records the
 * commit, the dirty flag and the tool version, and committing the content or upgrading the tool without
 * changing a single PDF or data file does not make a new package for customers. The signer manifest.json
 * records is compared, though: a signed package is not the same as an unsigned one, or one signed by another key,
 * and the archive must keep the signature that was sent.
 */
export async function archivePackage(request: ArchiveRequest): Promise<{ status: ArchiveStatus; dir: string }> {
  const { archiveDir, reviewDate, zipName, zip, files, allowRevision = false } = request;
  parseReviewDate(reviewDate);
  if (zipName.includes('/') || !zipName.endsWith('.zip')) {
    throw new UserError(`The zip name ${JSON.stringify(zipName)} must be a file name ending in .zip.`);
  }
  checkPackagePaths([...files.map((file) => file.path), zipName]);
  const content = contentOf(files);
  await checkZipHoldsFiles(zip, files);

  const existing = archiveFolders(archiveDir, reviewDate);
  for (const folder of existing) {
    if (sameContent(await archivedContent(folder.dir), content)) return { status: 'unchanged', dir: folder.dir };
  }
  let revision = 1;
  if (existing.length > 0) {
    const latest = existing[existing.length - 1];
    if (!allowRevision) {
      const changes = describeChanges(await archivedContent(latest.dir), content);
      throw new UserError(
        `The content changed since the package for ${reviewDate} was archived in ${latest.dir} (${changes}). ` +
          'Update document.reviewDate in content/trust-package.yaml to date the new package, ' +
          'or pass --revision to archive it as a new revision beside the old one.',
      );
    }
    revision = latest.revision + 1;
  }
  const dir = join(archiveDir, archiveFolderName(reviewDate, revision));
  await writeDirAtomic(dir, [...files, { path: zipName, bytes: zip }]);
  return { status: revision === 1 ? 'stored' : 'revision', dir };
}

/** The identity of the package being archived (see package/identity.ts). */
function contentOf(files: readonly ZipEntry[]): ArchivedContent {
  const manifest = files.find((file) => file.path === MANIFEST_PATH);
  if (!manifest) throw new Error('archivePackage: the files must include manifest.json');
  const identity = packageIdentity(manifest.bytes);
  if ('problem' in identity) throw new Error(`archivePackage: manifest.json is broken: ${identity.problem}`);
  return identity;
}

type ArchivedContent = PackageIdentity;

async function archivedContent(dir: string): Promise<ArchivedContent> {
  const path = join(dir, MANIFEST_PATH);
  const bytes = await readFile(path).catch((error: Error) => {
    throw new UserError(
      `The archived package in ${dir} has no readable manifest.json (${error.message}); check it with verify and restore it before archiving again.`,
    );
  });
  const identity = packageIdentity(bytes);
  if ('problem' in identity) {
    throw new UserError(
      `The archived ${path} cannot be read: ${identity.problem}. Check the folder with verify and restore it before archiving again.`,
    );
  }
  return identity;
}

function sameContent(a: ArchivedContent, b: ArchivedContent): boolean {
  return a.key === b.key;
}

/** "changed: a.pdf; added: b.pdf; signature: ...", at most five names per kind, for the refusal message. */
function describeChanges(was: ArchivedContent, now: ArchivedContent): string {
  const files = describeFileChanges(was.files, now.files);
  if (was.signer === now.signer) return files;
  const signer = (key: string | null) => (key === null ? 'unsigned' : `signed by ${key}`);
  return [files, `signature: ${signer(was.signer)} before, ${signer(now.signer)} now`].filter(Boolean).join('; ');
}

function describeFileChanges(before: readonly ManifestFile[], after: readonly ManifestFile[]): string {
  const old = new Map(before.map((file) => [file.path, file.sha256]));
  const now = new Map(after.map((file) => [file.path, file.sha256]));
  const changed = [...now].filter(([path, sha]) => old.has(path) && old.get(path) !== sha).map(([path]) => path);
  const added = [...now.keys()].filter((path) => !old.has(path));
  const removed = [...old.keys()].filter((path) => !now.has(path));
  const parts = Object.entries({ changed, added, removed })
    .filter(([, paths]) => paths.length > 0)
    .map(([kind, paths]) => `${kind}: ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? `, and ${paths.length - 5} more` : ''}`);
  return parts.join('; ');
}

/** The folder must hold exactly what the zip holds; a mismatch is a bug in the caller, caught before writing. */
async function checkZipHoldsFiles(zip: Buffer, files: readonly ZipEntry[]): Promise<void> {
  const inZip = new Map((await readZip(zip, 'The zip to archive')).map((file) => [file.path, file.bytes]));
  const same = inZip.size === files.length && files.every((file) => inZip.get(file.path)?.equals(file.bytes) === true);
  if (!same) throw new Error('archivePackage: the files given do not match the zip given');
}
