import type { SourceInfo } from '../load/git';
import { sha256Hex } from './hash';
import { sortByPath } from './paths';

/** A file that goes into the package, as the build made it. */
export interface PackageFile {
  /** Path inside the package, `/` between folders, e.g. `data/controls.json`. */
  path: string;
  bytes: Buffer;
  /** Page count, for PDFs. */
  pages?: number;
}


export type { SourceInfo };

/** Everything the manifest records besides the files. */
export interface PackageMeta {
  tool: { name: string; version: string };
  company: string;
  /** company.securityContact: the principal a signature is checked for (`ssh-keygen -Y verify -I`). */
  securityContact?: string;
  reviewDate: string;
  source: SourceInfo;
  /** {@link hashInputs} over the project files the package was built from. */
  inputsSha256: string;
  /** Set for a recipient edition: who it was prepared for, the day of sending and the ID on every page. */
  recipient?: RecipientMeta;
  /** Set when the package is signed: which key signed SHA256SUMS, so that a removed signature shows. */
  signature?: SignatureMeta;
}

/** The signature a package carries beside SHA256SUMS, as manifest.json records it. */
export interface SignatureMeta {
  /** The signature file, `SHA256SUMS.sig`. */
  file: string;
  /** The SSHSIG namespace, `file`. */
  namespace: string;
  /** The signer's public key, `ssh-ed25519 AAAA...`. */
  publicKey: string;
}

/** The recipient of an edition, as manifest.json records it. */
export interface RecipientMeta {
  name: string;
  email?: string;
  /** YYYY-MM-DD. */
  sent: string;
  documentId: string;
}

/** One file as the manifest lists it. */
export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  pages?: number;
}

/** The content of manifest.json. */
export interface Manifest extends PackageMeta {
  files: ManifestFile[];
}

/** The manifest for some files, sorted by path. */
export function buildManifest(files: readonly PackageFile[], meta: PackageMeta): Manifest {
  return {
    ...meta,
    files: sortByPath(files).map((file) => ({
      path: file.path,
      bytes: file.bytes.length,
      sha256: sha256Hex(file.bytes),
      ...(file.pages === undefined ? {} : { pages: file.pages }),
    })),
  };
}

/** manifest.json bytes: fixed key order, 2-space indent, trailing newline, so equal manifests are equal bytes. */
export function serializeManifest(manifest: Manifest): Buffer {
  // Rebuilt key by key: JSON.stringify follows insertion order, and callers may build objects in any order.
  const ordered = {
    tool: { name: manifest.tool.name, version: manifest.tool.version },
    company: manifest.company,
    ...(manifest.securityContact === undefined ? {} : { securityContact: manifest.securityContact }),
    reviewDate: manifest.reviewDate,
    source: { commit: manifest.source.commit, dirty: manifest.source.dirty },
    inputsSha256: manifest.inputsSha256,
    ...(manifest.recipient ? { recipient: recipientMeta(manifest.recipient) } : {}),
    ...(manifest.signature
      ? { signature: { file: manifest.signature.file, namespace: manifest.signature.namespace, publicKey: manifest.signature.publicKey } }
      : {}),
    files: sortByPath(manifest.files).map((file) => ({
      path: file.path,
      bytes: file.bytes,
      sha256: file.sha256,
      ...(file.pages === undefined ? {} : { pages: file.pages }),
    })),
  };
  return Buffer.from(`${JSON.stringify(ordered, null, 2)}\n`, 'utf8');
}

function recipientMeta(recipient: RecipientMeta): RecipientMeta {
  const { name, email, sent, documentId } = recipient;
  return { name, ...(email === undefined ? {} : { email }), sent, documentId };
}
