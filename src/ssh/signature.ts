import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import { ED25519, publicKeyBlob, publicKeyFromBlob, type SigningKey } from './ssh-key';
import { SshReader, sshString, sshUint32 } from './ssh-wire';

// The SSHSIG format of `ssh-keygen -Y sign`, as OpenSSH's PROTOCOL.sshsig describes it.

/** The namespace packages are signed in: the one `ssh-keygen -Y verify -n file` expects. */
export const SIGNATURE_NAMESPACE = 'file';
/** The hash SSHSIG signs over; ssh-keygen's default. */
const HASH = 'sha512';
const MAGIC = Buffer.from('SSHSIG', 'latin1');
const VERSION = 1;
const BEGIN = '-----BEGIN SSH SIGNATURE-----';
const END = '-----END SSH SIGNATURE-----';
// ssh-keygen wraps the base64 at 70 columns; the same wrapping gives the same bytes as its own files.
const WRAP = 70;
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A signature file read back. */
export interface SshSignature {
  /** The signer's 32-byte Ed25519 public key. */
  publicKey: Buffer;
  namespace: string;
  hashAlgorithm: string;
  /** The 64-byte Ed25519 signature. */
  signature: Buffer;
}

/** What is signed: the magic, the namespace, an empty reserved field, the hash name and the message's hash. */
function signedData(message: Uint8Array, namespace: string, hashAlgorithm: string): Buffer {
  const digest = createHash(hashAlgorithm).update(message).digest();
  return Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(hashAlgorithm), sshString(digest)]);
}

/**
 * An armored SSH signature (`-----BEGIN SSH SIGNATURE-----`) over `message`, the same as
 * `ssh-keygen -Y sign -n <namespace>` makes. Ed25519 and SSHSIG hold no time or randomness: the same key
 * and message always give the same bytes.
 */
export function signSshsig(message: Uint8Array, key: SigningKey, namespace: string = SIGNATURE_NAMESPACE): Buffer {
  const signature = sign(null, signedData(message, namespace, HASH), key.privateKey);
  const blob = Buffer.concat([
    MAGIC,
    sshUint32(VERSION),
    sshString(publicKeyBlob(key.publicKey)),
    sshString(namespace),
    sshString(''),
    sshString(HASH),
    sshString(Buffer.concat([sshString(ED25519), sshString(signature)])),
  ]);
  const base64 = blob.toString('base64');
  const lines: string[] = [];
  for (let at = 0; at < base64.length; at += WRAP) lines.push(base64.slice(at, at + WRAP));
  return Buffer.from(`${BEGIN}\n${lines.join('\n')}\n${END}\n`, 'utf8');
}

/** Reads an armored SSH signature; a file that is not one comes back as a sentence saying why. */
export function parseSshsig(bytes: Buffer): SshSignature | { problem: string } {
  const text = bytes.toString('utf8').trim();
  if (!text.startsWith(BEGIN) || !text.endsWith(END)) return { problem: `it is not an SSH signature (expected "${BEGIN}" ... "${END}")` };
  const body = text.slice(BEGIN.length, text.length - END.length).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return { problem: 'its base64 body holds other characters' };
  const blob = Buffer.from(body, 'base64');
  try {
    if (!blob.subarray(0, MAGIC.length).equals(MAGIC)) return { problem: 'it does not start with "SSHSIG"' };
    const reader = new SshReader(blob.subarray(MAGIC.length));
    const version = reader.uint32('the version');
    if (version !== VERSION) return { problem: `it is SSHSIG version ${version}, expected ${VERSION}` };
    const keyBlob = reader.bytesOf('the public key');
    const namespace = reader.text('the namespace');
    reader.bytesOf('the reserved field');
    const hashAlgorithm = reader.text('the hash algorithm');
    const inner = new SshReader(reader.bytesOf('the signature'));
    const type = inner.text('the signature type');
    const signature = Buffer.from(inner.bytesOf('the signature bytes'));
    const publicKey = publicKeyFromBlob(keyBlob);
    if (!publicKey || type !== ED25519) {
      const keyType = safeType(keyBlob);
      return { problem: `it is made with a ${JSON.stringify(keyType ?? type)} key; packages are signed with Ed25519 keys` };
    }
    if (signature.length !== 64) return { problem: `its Ed25519 signature has ${signature.length} bytes, expected 64` };
    if (hashAlgorithm !== 'sha512' && hashAlgorithm !== 'sha256') return { problem: `it names the hash ${JSON.stringify(hashAlgorithm)}, expected sha512 or sha256` };
    return { publicKey, namespace, hashAlgorithm, signature };
  } catch (error) {
    return { problem: `it is damaged: ${(error as Error).message}` };
  }
}

function safeType(blob: Buffer): string | null {
  try {
    return new SshReader(blob).text('the key type');
  } catch {
    return null;
  }
}

/** True when `signature` is a valid signature of `message` by the key it names, in `namespace`. */
export function verifySshsig(message: Uint8Array, signature: SshSignature, namespace: string = SIGNATURE_NAMESPACE): boolean {
  if (signature.namespace !== namespace) return false;
  const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, signature.publicKey]), format: 'der', type: 'spki' });
  return verify(null, signedData(message, namespace, signature.hashAlgorithm), key, signature.signature);
}
