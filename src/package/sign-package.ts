import { packageContents, type ZipEntry } from './contents';
import { UserError } from '../diagnostics';
import type { Manifest, PackageFile, PackageMeta, SignatureMeta } from './manifest';
import { CHECKSUMS_PATH, SIGNATURE_PATH, sortByPath } from './paths';
import { SIGNATURE_NAMESPACE, signSshsig } from '../ssh/signature';
import { fingerprint, formatPublicKey, parsePrivateKey, parsePublicKey, type SigningKey } from '../ssh/ssh-key';

/** What manifest.json records about a package signed with `key`. */
export function signatureMeta(key: SigningKey): SignatureMeta {
  return { file: SIGNATURE_PATH, namespace: SIGNATURE_NAMESPACE, publicKey: formatPublicKey(key.publicKey) };
}

/**
 * The package's entries ({@link packageContents}), and with a key also `SHA256SUMS.sig`: an SSH signature
 * over the SHA256SUMS bytes. SHA256SUMS cannot list its own signature, and the manifest cannot hold the
 * signature's checksum (the signature covers the manifest through SHA256SUMS); instead the manifest names
 * the signing key, so a package that lost its signature, or was signed by another key, differs in its manifest.
 */
export function signedPackageContents(files: readonly PackageFile[], meta: PackageMeta, key?: SigningKey): { manifest: Manifest; entries: ZipEntry[] } {
  if (!key) return packageContents(files, meta);
  const { manifest, entries } = packageContents(files, { ...meta, signature: signatureMeta(key) });
  const sums = entries.find((entry) => entry.path === CHECKSUMS_PATH);
  if (!sums) throw new Error('packageContents made no SHA256SUMS');
  return { manifest, entries: sortByPath([...entries, { path: SIGNATURE_PATH, bytes: signSshsig(sums.bytes, key) }]) };
}

/**
 * Reads the private key given at build time (`label` names it in errors) and, when the project publishes a
 * public key (signing.publicKey), refuses a private key that does not belong to it: a package signed by a
 * key the customers do not know would fail their check.
 */
export function loadSigningKey(bytes: Buffer, label: string, published?: { label: string; text: string }): SigningKey {
  const key = parsePrivateKey(bytes, label);
  if (published) {
    const expected = parsePublicKey(published.text, published.label);
    if (!expected.key.equals(key.publicKey)) {
      throw new UserError(
        `The signing key ${label} (${fingerprint(key.publicKey)}) does not match signing.publicKey, ${published.label} (${fingerprint(expected.key)}), ` +
          'the key customers check signatures with. Sign with the private key of that public key, or, if the key was replaced, publish the new public key and point signing.publicKey at it.',
      );
    }
  }
  return key;
}
