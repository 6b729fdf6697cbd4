import type { ManifestFile } from './manifest';
import { parseManifestFiles } from './manifest-read';
import { signerOf } from './manifest-signature';
import { comparePaths } from './paths';

/**
 * What "the same package" means, everywhere it is asked (the dated archive, the editions): the same files
 * with the same SHA-256s as the manifest lists them, signed by the same key or both unsigned. manifest.json
 * itself is left out: it records the commit, the dirty flag and the tool version, and committing the content
 * without changing a PDF or data file does not make a new package for customers.
 */
export interface PackageIdentity {
  files: ManifestFile[];
  signer: string | null;
  /** One string that two packages share exactly when they are the same. */
  key: string;
}

/** The identity of a package from its manifest.json, or why the manifest cannot tell it. */
export function packageIdentity(manifest: Buffer): PackageIdentity | { problem: string } {
  const parsed = parseManifestFiles(manifest);
  if ('problem' in parsed) return parsed;
  const signer = signerOf(manifest);
  const lines = parsed.files.map((file) => `${file.sha256}  ${file.path}`).sort(comparePaths);
  return { files: parsed.files, signer, key: [`signer ${signer ?? 'none'}`, ...lines].join('\n') };
}
