import { link, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_PATH, packageIdentity, readZip } from '../package';
import { UserError } from '../diagnostics';
import { writeFileAtomic } from './atomic';

/** Where editions are kept: beside the review dates' folders, so `verify <archive>/<date>` sees only the package. */
export const EDITIONS_DIR = 'editions';

/** `stored`: a new file; `unchanged`: the same edition was archived before (its bytes are used). */
export interface ArchivedEdition {
  status: 'stored' | 'unchanged';
  file: string;
  /** The archived zip: what was (or is now) sent. */
  zip: Buffer;
}

/** `<archiveDir>/editions/<reviewDate>/<recipient-slug>-<sent>-<documentId>.zip`. */
export function editionPath(archiveDir: string, reviewDate: string, recipientSlug: string, sent: string, documentId: string): string {
  return path.join(archiveDir, EDITIONS_DIR, reviewDate, `${recipientSlug}-${sent}-${documentId}.zip`);
}

/**
 * Stores an edition's zip at `file` and never replaces one already there. An edition already archived
 * with the same files (it may differ only in manifest.json's commit or dirty flag) counts as unchanged,
 * and its archived bytes are returned so that what is sent is what is archived.
 */
export async function archiveEdition(file: string, zip: Buffer): Promise<ArchivedEdition> {
  const existing = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing) return unchanged(file, existing, zip);
  await mkdir(path.dirname(file), { recursive: true });
  // Written under a temporary name, then hard-linked: link() fails if the name exists, so a concurrent
  // build can never replace an archived edition, and the final name only ever holds a whole file.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Date.now()}`);
  await writeFileAtomic(temp, zip);
  try {
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`Could not archive ${file}: ${(error as Error).message}`);
    return unchanged(file, await readFile(file), zip);
  } finally {
    await rm(temp, { force: true });
  }
  return { status: 'stored', file, zip };
}

async function unchanged(file: string, archived: Buffer, zip: Buffer): Promise<ArchivedEdition> {
  if (archived.equals(zip) || (await sameFiles(archived, zip))) return { status: 'unchanged', file, zip: archived };
  throw new UserError(
    `${file} is already archived with different content for the same recipient, date and document ID. ` +
      'The tool never replaces an archived edition; pass another --sent date, or move the old file aside if it is wrong.',
  );
}

/** Same PDFs and data, signed by the same key (or both unsigned): the manifests list the same files, leaving manifest.json itself out. */
async function sameFiles(a: Buffer, b: Buffer): Promise<boolean> {
  const list = async (zip: Buffer) => {
    const unzipped = await readZip(zip, 'An archived edition').catch(() => []);
    const manifest = unzipped.find((f) => f.path === MANIFEST_PATH);
    const identity = manifest && packageIdentity(manifest.bytes);
    return !identity || 'problem' in identity ? null : identity.key;
  };
  const [x, y] = await Promise.all([list(a), list(b)]);
  return x !== null && x === y;
}
