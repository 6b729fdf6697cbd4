import type { SignatureMeta } from './manifest';

/**
 * The fields of a manifest.json that signature checks need: the security contact (the principal) and the
 * signature it records. Anything missing or of the wrong type reads as null: verify reports what that means.
 */
export function readSigningFields(bytes: Buffer | undefined): { securityContact: string | null; signature: SignatureMeta | null } {
  let data: unknown;
  try {
    data = bytes === undefined ? null : JSON.parse(bytes.toString('utf8'));
  } catch {
    data = null;
  }
  const record = (value: unknown): Record<string, unknown> | null =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const manifest = record(data);
  const contact = manifest?.securityContact;
  const signature = record(manifest?.signature);
  const strings = signature && ['file', 'namespace', 'publicKey'].every((key) => typeof signature[key] === 'string');
  return {
    securityContact: typeof contact === 'string' ? contact : null,
    signature: strings ? { file: signature.file as string, namespace: signature.namespace as string, publicKey: signature.publicKey as string } : null,
  };
}

/** The signer a manifest records, for comparing packages: the public key, or null when unsigned. */
export function signerOf(bytes: Buffer | undefined): string | null {
  return readSigningFields(bytes).signature?.publicKey ?? null;
}
