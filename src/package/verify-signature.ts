import { allows, parseAllowedSigners } from '../ssh/allowed-signers';
import { readSigningFields } from './manifest-signature';
import { CHECKSUMS_PATH, MANIFEST_PATH, SIGNATURE_PATH } from './paths';
import { SIGNATURE_NAMESPACE, parseSshsig, verifySshsig } from '../ssh/signature';
import { fingerprint, formatPublicKey } from '../ssh/ssh-key';
import type { VerifyProblem } from './verify-check';

/** An allowed_signers file, read by the caller: its name for messages and its text. */
export interface AllowedSignersFile {
  label: string;
  text: string;
}

/** What the signature check found, besides its problems. */
export interface SignatureReport {
  signed: boolean;
  /** `SHA256:...` of the key SHA256SUMS.sig names, when there is a readable one. */
  fingerprint?: string;
  /** The principal checked against the allowed signers: manifest.json's securityContact. */
  principal?: string;
  /** True when an allowed signers file was given and vouches for the signer; false when it was given and does not. */
  allowed?: boolean;
}

/**
 * Checks SHA256SUMS.sig: that it is an SSH signature of SHA256SUMS in the `file` namespace, by the key
 * manifest.json records, and, with an allowed signers file, by a key it lists for manifest.json's
 * securityContact. Without a signature the package is reported as unsigned, which is a problem only when
 * allowed signers were given (the caller asked for a signed package). Pure: the files are already read.
 */
export function checkSignature(
  files: ReadonlyMap<string, Buffer>,
  allowedSigners?: AllowedSignersFile,
  now: Date = new Date(),
): { report: SignatureReport; problems: VerifyProblem[] } {
  const problems: VerifyProblem[] = [];
  const add = (detail: string, path = SIGNATURE_PATH) => problems.push({ kind: 'signature', path, detail });
  const manifest = readSigningFields(files.get(MANIFEST_PATH));
  const signatureBytes = files.get(SIGNATURE_PATH);
  if (!signatureBytes) {
    if (manifest.signature) add(`manifest.json records a signature by ${manifest.signature.publicKey}, but there is no SHA256SUMS.sig: it was removed`);
    else if (allowedSigners) add(`the package is unsigned (no SHA256SUMS.sig), but allowed signers were given in ${allowedSigners.label}`);
    return { report: { signed: false }, problems };
  }
  const parsed = parseSshsig(signatureBytes);
  if ('problem' in parsed) {
    add(`SHA256SUMS.sig cannot be read: ${parsed.problem}`);
    return { report: { signed: true }, problems };
  }
  const report: SignatureReport = { signed: true, fingerprint: fingerprint(parsed.publicKey) };
  const sums = files.get(CHECKSUMS_PATH);
  if (parsed.namespace !== SIGNATURE_NAMESPACE) add(`the signature is for the namespace ${JSON.stringify(parsed.namespace)}, expected "${SIGNATURE_NAMESPACE}"`);
  else if (sums && !verifySshsig(sums, parsed)) {
    add(`the signature by ${report.fingerprint} does not match SHA256SUMS: SHA256SUMS was changed after it was signed`);
  }
  const signer = formatPublicKey(parsed.publicKey);
  if (manifest.signature && manifest.signature.publicKey.trim().split(/\s+/).slice(0, 2).join(' ') !== signer) {
    add(`manifest.json records the signing key ${manifest.signature.publicKey}, but SHA256SUMS.sig is signed by ${signer}`);
  }
  if (!allowedSigners) return { report, problems };

  const principal = manifest.securityContact;
  if (principal === null) {
    add('manifest.json records no securityContact, the signer to look for in the allowed signers', MANIFEST_PATH);
    return { report: { ...report, allowed: false }, problems };
  }
  const { signers, problems: unreadable } = parseAllowedSigners(allowedSigners.text);
  for (const line of unreadable) add(`${allowedSigners.label}:${line.line}: ${line.detail}`);
  const allowed = signers.some((s) => allows(s, principal, parsed.publicKey, SIGNATURE_NAMESPACE, now));
  if (!allowed) {
    const forOthers = signers.filter((s) => s.key?.equals(parsed.publicKey)).map((s) => `line ${s.line} (${s.principals})`);
    add(
      `signed by ${signer} (${report.fingerprint}), which ${allowedSigners.label} does not list for ${JSON.stringify(principal)} in the "file" namespace` +
        (forOthers.length ? `; the key is on ${forOthers.join(', ')}, which does not apply` : ''),
    );
  }
  return { report: { ...report, principal, allowed }, problems };
}
