import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { UserError } from '../diagnostics';
import { SshReader, sshString } from './ssh-wire';

/** The only key type packages are signed with: deterministic signatures, and a key small enough to publish in a line. */
export const ED25519 = 'ssh-ed25519';

/** An Ed25519 key read from an OpenSSH private key file, ready to sign with. */
export interface SigningKey {
  /** The 32-byte public key. */
  publicKey: Buffer;
  /** The key for node:crypto's sign(). */
  privateKey: KeyObject;
  comment: string;
}

/** An Ed25519 public key, as a `.pub` file or an allowed_signers line carries it. */
export interface PublicKey {
  /** The 32-byte public key. */
  key: Buffer;
  comment: string;
}

// DER prefixes that wrap a raw 32-byte Ed25519 seed (PKCS#8) or public key (SubjectPublicKeyInfo), RFC 8410.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ARMOR = /^-----BEGIN OPENSSH PRIVATE KEY-----\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n?-----END OPENSSH PRIVATE KEY-----\s*$/;
const MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/**
 * Reads an unencrypted OpenSSH Ed25519 private key (`ssh-keygen -t ed25519 -N ''`). `label` names the file
 * in errors. An encrypted key, another key type or a damaged file is a UserError saying what was expected.
 */
export function parsePrivateKey(bytes: Buffer, label: string): SigningKey {
  const text = bytes.toString('utf8').trim();
  const armored = ARMOR.exec(text);
  if (!armored) throw new UserError(`The signing key ${label} is not an OpenSSH private key: ${notOpenSsh(text)}.`);
  const blob = Buffer.from(armored[1].replace(/\s+/g, ''), 'base64');
  try {
    return readKeyBlob(blob, label);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `The signing key ${label} is damaged: ${(error as Error).message}. Expected the openssh-key-v1 format that ssh-keygen writes; make the key again or restore it.`,
    );
  }
}

function readKeyBlob(blob: Buffer, label: string): SigningKey {
  if (!blob.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('it does not start with "openssh-key-v1"');
  const reader = new SshReader(blob.subarray(MAGIC.length));
  const cipher = reader.text('the cipher name');
  const kdf = reader.text('the key derivation name');
  reader.bytesOf('the key derivation options');
  if (cipher !== 'none' || kdf !== 'none') {
    throw new UserError(
      `The signing key ${label} is protected by a passphrase (cipher ${cipher}, kdf ${kdf}), and the build cannot ask for one. ` +
        `Sign with an unencrypted copy kept outside the repository, made with: cp ${label} signing_key && ssh-keygen -p -N '' -f signing_key`,
    );
  }
  const count = reader.uint32('the number of keys');
  if (count !== 1) throw new Error(`it holds ${count} keys, expected exactly 1`);
  const type = new SshReader(reader.bytesOf('the public key')).text('the public key type');
  if (type !== ED25519) throw wrongType(label, type);
  const secret = new SshReader(reader.bytesOf('the private section'));
  if (secret.uint32('the check numbers') !== secret.uint32('the check numbers')) throw new Error('its check numbers differ');
  const innerType = secret.text('the private key type');
  if (innerType !== ED25519) throw wrongType(label, innerType);
  const publicKey = Buffer.from(secret.bytesOf('the public key'));
  const pair = secret.bytesOf('the private key');
  const comment = secret.text('the comment');
  if (publicKey.length !== 32 || pair.length !== 64) throw new Error(`its Ed25519 key has ${publicKey.length} + ${pair.length} bytes, expected 32 + 64`);
  if (!pair.subarray(32).equals(publicKey)) throw new Error('its private and public halves do not belong together');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, pair.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
  const derived = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
  if (!derived.equals(publicKey)) throw new Error('its public key is not the one its seed gives');
  return { publicKey, privateKey, comment };
}

function wrongType(label: string, type: string): UserError {
  return new UserError(
    `The signing key ${label} is a ${JSON.stringify(type)} key; packages are signed with Ed25519 keys only (deterministic signatures). ` +
      'Make one with: ssh-keygen -t ed25519 -N "" -f signing_key',
  );
}

/** Why a file that is not an OpenSSH private key is not one, for the error message. */
function notOpenSsh(text: string): string {
  const pem = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
  if (pem) return `found a PEM "${pem[1]}" block, expected "-----BEGIN OPENSSH PRIVATE KEY-----" (write it in OpenSSH format: ssh-keygen -t ed25519 -N "" -f signing_key)`;
  if (/^(ssh-|ecdsa-|sk-)/.test(text)) return 'found a public key, expected the private key file (the one without .pub)';
  return 'expected a file starting with "-----BEGIN OPENSSH PRIVATE KEY-----"';
}

/** Reads an `ssh-ed25519 AAAA... comment` line; `label` names where it came from in the error. */
export function parsePublicKey(line: string, label: string): PublicKey {
  const [type, base64, ...rest] = line.trim().split(/\s+/);
  if (type !== ED25519) {
    throw new UserError(`${label} does not hold an Ed25519 public key: expected "ssh-ed25519 AAAA... comment", found ${JSON.stringify((type ?? '').slice(0, 40))}.`);
  }
  const key = publicKeyFromBlob(Buffer.from(base64 ?? '', 'base64'));
  if (!key || !/^[A-Za-z0-9+/]+=*$/.test(base64 ?? '')) throw new UserError(`${label} holds a damaged ssh-ed25519 public key: its base64 part is not a 32-byte Ed25519 key.`);
  return { key, comment: rest.join(' ') };
}

/** The 32-byte key in an `ssh-ed25519` wire blob, or null when the blob is something else. */
export function publicKeyFromBlob(blob: Buffer): Buffer | null {
  try {
    const reader = new SshReader(blob);
    if (reader.text('the key type') !== ED25519) return null;
    const key = reader.bytesOf('the key');
    return key.length === 32 && reader.rest().length === 0 ? Buffer.from(key) : null;
  } catch {
    return null;
  }
}

/** The wire blob of an Ed25519 public key: string "ssh-ed25519", string key. */
export function publicKeyBlob(key: Buffer): Buffer {
  return Buffer.concat([sshString(ED25519), sshString(key)]);
}

/** `ssh-ed25519 AAAA...`, the form .pub files and allowed_signers use (without a comment). */
export function formatPublicKey(key: Buffer): string {
  return `${ED25519} ${publicKeyBlob(key).toString('base64')}`;
}

/** `SHA256:...`, the fingerprint `ssh-keygen -l` prints. */
export function fingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(publicKeyBlob(key)).digest('base64').replace(/=+$/, '')}`;
}
