import path from 'node:path';
import { MANIFEST_PATH, packageIdentity, readZip } from '../package';
import { UserError } from '../diagnostics';
import { readIfExists, writeFileOnce } from './atomic';

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
  return (await archivedEdition(file, zip)) ?? storeEdition(file, zip);
}

/**
 * The edition already archived at `file`, when there is one and it holds the same files as `zip`
 * (status `unchanged`); undefined when nothing is archived there yet. Throws a UserError when the
 * archived edition differs: an archived edition is never replaced.
 */
export async function archivedEdition(file: string, zip: Buffer): Promise<ArchivedEdition | undefined> {
  const existing = await readIfExists(file);
  return existing ? unchanged(file, existing, zip) : undefined;
}

/** Writes a new edition at `file`; one that appeared meanwhile (another build) is compared as archivedEdition does. */
export async function storeEdition(file: string, zip: Buffer): Promise<ArchivedEdition> {
  const archived = await writeFileOnce(file, zip);
  return archived ? unchanged(file, archived, zip) : { status: 'stored', file, zip };
}

async function unchanged(file: string, archived: Buffer, zip: Buffer): Promise<ArchivedEdition> {
  if (archived.equals(zip)) return { status: 'unchanged', file, zip: archived };
  const [before, now] = await Promise.all([editionIdentity(archived), editionIdentity(zip)]);
  if (before && now && before.files === now.files) {
    // The e-mail address is only in manifest.json: the same documents sent to another address are another sending.
    if (before.email !== now.email) {
      throw new UserError(
        `${file} is archived as sent to ${before.email ?? 'no e-mail address'}, and this build names ${now.email ?? 'no e-mail address'}. ` +
          'An archived edition never changes; to record a sending to the new address, pass another --sent date.',
      );
    }
    return { status: 'unchanged', file, zip: archived };
  }
  throw new UserError(
    `${file} is already archived with different content for the same recipient, date and document ID. ` +
      'The tool never replaces an archived edition; pass another --sent date, or move the old file aside if it is wrong.',
  );
}

/**
 * What makes two builds of an edition the same: its PDFs and data, signed by the same key (or both unsigned),
 * as the manifest lists them, leaving manifest.json itself out; and the e-mail address it records.
 */
async function editionIdentity(zip: Buffer): Promise<{ files: string; email: string | undefined } | undefined> {
  const unzipped = await readZip(zip, 'An archived edition').catch(() => []);
  const manifest = unzipped.find((f) => f.path === MANIFEST_PATH);
  const identity = manifest && packageIdentity(manifest.bytes);
  if (!manifest || !identity || 'problem' in identity) return undefined;
  return { files: identity.key, email: recipientEmail(manifest.bytes) };
}

function recipientEmail(manifest: Buffer): string | undefined {
  try {
    const email = (JSON.parse(manifest.toString('utf8')) as { recipient?: { email?: unknown } }).recipient?.email;
    return typeof email === 'string' ? email : undefined;
  } catch {
    return undefined;
  }
}
