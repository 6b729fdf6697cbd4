// Keys for the signing tests: made by node:crypto and written in OpenSSH's format here, or by ssh-keygen
// when it is installed. Nothing here imports vitest, so child processes may use it too.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether `ssh-keygen` (Debian's openssh-client) can be run here. */
export const HAS_SSH_KEYGEN = spawnSync('ssh-keygen', ['-?'], { encoding: 'utf8' }).error === undefined;

function sshString(bytes: Buffer | string): Buffer {
  const body = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, body]);
}

/** A fresh Ed25519 key pair from node:crypto: the 32-byte seed and public key. */
export function nodeKeyPair(): { seed: Buffer; pub: Buffer } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { seed: Buffer.from(jwk.d!, 'base64url'), pub: Buffer.from(jwk.x!, 'base64url') };
}

/**
 * An unencrypted openssh-key-v1 private key file for a seed and public key, written the way ssh-keygen
 * writes one (written independently of src/, so that the parser is tested against a second reading of the format).
 */
export function openSshPrivateKey(seed: Buffer, pub: Buffer, comment = 'test@example', options: { type?: string; cipher?: string } = {}): string {
  const type = options.type ?? 'ssh-ed25519';
  const publicBlob = Buffer.concat([sshString(type), sshString(pub)]);
  const check = Buffer.from([1, 2, 3, 4]);
  let secret = Buffer.concat([check, check, sshString(type), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  const padding: number[] = [];
  for (let i = 1; (secret.length + padding.length) % 8 !== 0; i++) padding.push(i);
  secret = Buffer.concat([secret, Buffer.from(padding)]);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString(options.cipher ?? 'none'),
    sshString(options.cipher ? 'bcrypt' : 'none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(publicBlob),
    sshString(secret),
  ]);
  const base64 = blob.toString('base64').replace(/.{70}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${base64}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** The `ssh-ed25519 AAAA... comment` line for a public key. */
export function openSshPublicKey(pub: Buffer, comment = 'test@example'): string {
  return `ssh-ed25519 ${Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]).toString('base64')} ${comment}\n`;
}

/** Writes a node:crypto key pair as `<dir>/<name>` and `<dir>/<name>.pub`; returns the private key's path. */
export function writeNodeKey(dir: string, name = 'signing_key'): string {
  const { seed, pub } = nodeKeyPair();
  writeFileSync(join(dir, name), openSshPrivateKey(seed, pub), { mode: 0o600 });
  writeFileSync(join(dir, `${name}.pub`), openSshPublicKey(pub));
  return join(dir, name);
}

/** Runs ssh-keygen; throws with its output when it fails. */
export function sshKeygen(args: string[], input?: Buffer | string): { status: number; stdout: string; stderr: string } {
  const run = spawnSync('ssh-keygen', args, { input, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** `ssh-keygen -t <type> -N <passphrase> -f <dir>/<name>`; returns the private key's path. */
export function makeSshKey(dir: string, name: string, type = 'ed25519', passphrase = ''): string {
  const file = join(dir, name);
  const extra = type === 'rsa' ? ['-b', '2048'] : [];
  const run = sshKeygen(['-q', '-t', type, ...extra, '-N', passphrase, '-C', 'security@example.com', '-f', file]);
  if (run.status !== 0) throw new Error(`ssh-keygen failed: ${run.stderr}`);
  return file;
}

/** An allowed_signers line for a principal and the public key in `<key>.pub`. */
export function allowedSignersLine(principal: string, pubFile: string, options = ''): string {
  const [type, base64] = readFileSync(pubFile, 'utf8').trim().split(/\s+/);
  return `${principal}${options ? ` ${options}` : ''} ${type} ${base64}\n`;
}

/** `ssh-keygen -Y verify` of `message` against a signature file, as a customer would run it. */
export function sshVerify(allowedSigners: string, principal: string, signatureFile: string, message: Buffer): { status: number; stdout: string; stderr: string } {
  return sshKeygen(['-Y', 'verify', '-f', allowedSigners, '-I', principal, '-n', 'file', '-s', signatureFile], message);
}
