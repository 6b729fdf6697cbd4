import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PackageModel } from '../model';
import { editionZipName, fileSlug, makeZip, sha256Hex, signedPackageContents, timestampFor, type PackageMeta, type SigningKey } from '../package';
import { parseArchiveFolderName, writeFileAtomic } from '../archive';
import type { FontBytes } from '../load/fonts';
import { documentId, type Recipient } from '../load';
import { appendRegister, archivedEdition, editionPath, latestFor, readRegister, storeEdition } from '../archive';
import type { Assets } from '../model/assets';
import { documentDate, documentStrings } from '../documents';
import type { Config } from '../load/types';
import { fill } from '../text/strings';
import { renderDocuments } from './documents';
import { dataFiles } from './package';

/** One recipient edition, written and archived, and its line in the register. */
export interface WrittenEdition {
  recipient: Recipient;
  sent: string;
  documentId: string;
  zipPath: string;
  sha256: string;
  bytes: number;
  archive: { status: 'stored' | 'unchanged'; file: string };
  /** Seconds this edition took to render, zip, archive and register. */
  seconds: number;
}

/** What every edition of one package shares: parsed once, rendered per recipient. */
export interface EditionContext {
  model: PackageModel;
  assets: Assets;
  fonts: FontBytes;
  /** Sign each edition's SHA256SUMS with this key, as the package is. */
  signingKey?: SigningKey;
  /** The base package's manifest fields: editions record the same inputs, commit and tool. */
  meta: PackageMeta;
  /** The base package's archive folder, `<archive>/<reviewDate>[-r<N>]`. */
  baseDir: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  /** The clock from the edge, for the register's builtAt. */
  now: Date;
}

/** The line printed on every page of an edition. */
export function stampText(config: Config, recipient: string, sent: string, id: string): string {
  return fill(documentStrings(config).editionStamp, { classification: config.document.classification, recipient, date: documentDate(config, sent), id });
}

/**
 * Builds one recipient's edition: the three documents stamped and with the counterparty filled in,
 * the same data files, a manifest naming the recipient; archives it under `<archive>/editions/`,
 * writes it to out/ and appends a line to the register.
 */
export async function writeEdition(ctx: EditionContext, given: Recipient, sent: string): Promise<WrittenEdition> {
  const started = performance.now();
  const { config, root } = ctx.model.content;
  const reviewDate = config.document.reviewDate;
  const archiveDir = path.resolve(root, config.archive.dir);
  const register = readRegister(archiveDir);
  // What this build was not told (an email, an address) is what the register last recorded for the recipient.
  const previous = latestFor(register, given.name);
  const recipient: Recipient = {
    ...given,
    ...pick('email', given.email ?? previous?.email),
    ...pick('address', given.address ?? previous?.address),
    ...pick('signatory', given.signatory ?? previous?.signatory),
  };
  const id = documentId(recipient.name, sent, ctx.meta.inputsSha256);
  const mark = {
    recipient: recipient.name,
    documentId: id,
    stamp: stampText(config, recipient.name, sent, id),
    ...pick('address', recipient.address),
    ...pick('signatory', recipient.signatory),
  };
  // Dated the day of sending (or SOURCE_DATE_EPOCH), so the same recipient, day and inputs give the same bytes.
  const date = timestampFor(sent, ctx.env);
  const documents = await renderDocuments(ctx.model, ctx.assets, ctx.fonts, date, mark);
  const files = [...documents.map((d) => ({ path: d.path, bytes: d.bytes, pages: d.pages })), ...dataFiles(ctx.model)];
  const { entries } = signedPackageContents(
    files,
    { ...ctx.meta, recipient: { name: recipient.name, ...(recipient.email ? { email: recipient.email } : {}), sent, documentId: id } },
    ctx.signingKey,
  );
  const built = await makeZip(entries, date);

  // The register line comes first: a build killed at any later moment leaves no archived or sent edition
  // without its line (at worst a line whose edition the next build of it archives).
  const file = editionPath(archiveDir, reviewDate, fileSlug(recipient.name, 'recipient'), sent, id);
  const existing = await archivedEdition(file, built);
  const zip = existing?.zip ?? built;
  const zipName = editionZipName(config.company.name, reviewDate, recipient.name);
  const sha256 = sha256Hex(zip);
  // Rebuilding an edition already archived and registered sends nothing new: the register keeps one line for it.
  const registered = register.some((entry) => entry.documentId === id && entry.zipSha256 === sha256);
  if (!registered) {
    await appendRegister(archiveDir, {
      kind: 'edition',
      recipient: recipient.name,
      email: recipient.email ?? null,
      address: recipient.address ?? null,
      signatory: recipient.signatory ?? null,
      reviewDate,
      revision: parseArchiveFolderName(path.basename(ctx.baseDir))?.revision ?? 1,
      sent,
      documentId: id,
      zip: zipName,
      zipSha256: sha256,
      builtAt: ctx.now.toISOString(),
    });
  }
  const archived = existing ?? (await storeEdition(file, built));
  const zipPath = path.join(ctx.outDir, zipName);
  await mkdir(ctx.outDir, { recursive: true });
  await writeFileAtomic(zipPath, archived.zip);
  return {
    recipient,
    sent,
    documentId: id,
    zipPath,
    sha256,
    bytes: archived.zip.length,
    archive: { status: archived.status, file: archived.file },
    seconds: (performance.now() - started) / 1000,
  };
}

/** `{ [key]: value }` when there is a value, `{}` otherwise: optional fields stay absent, not undefined. */
function pick<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
