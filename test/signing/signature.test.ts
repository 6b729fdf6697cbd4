import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, formatPublicKey, parsePrivateKey, parsePublicKey, parseSshsig, signSshsig, verifySshsig } from '../../src/package';
import { tempDir } from '../package/helpers/temp';
import { HAS_SSH_KEYGEN, allowedSignersLine, makeSshKey, nodeKeyPair, openSshPrivateKey, openSshPublicKey, sshKeygen, sshVerify, writeNodeKey } from './helpers/keys';

if (!HAS_SSH_KEYGEN) console.warn('ssh-keygen is not installed (Debian: openssh-client): the tests that check signatures with it are skipped');

const MESSAGE = Buffer.from('0123abcd  manifest.json\n');

describe('parsePrivateKey', () => {
  it('reads a key written in openssh-key-v1 format from a node:crypto key pair', () => {
    const { seed, pub } = nodeKeyPair();
    const key = parsePrivateKey(Buffer.from(openSshPrivateKey(seed, pub, 'ops@example')), 'signing_key');
    expect(key.publicKey.equals(pub)).toBe(true);
    expect(key.comment).toBe('ops@example');
  });

  it('refuses a key whose seed does not give its public key', () => {
    const { seed } = nodeKeyPair();
    const other = nodeKeyPair().pub;
    expect(() => parsePrivateKey(Buffer.from(openSshPrivateKey(seed, other)), 'k')).toThrow(/The signing key k is damaged: its public key is not the one its seed gives/);
  });

  it('refuses an encrypted key with a message naming the file and the cipher', () => {
    const { seed, pub } = nodeKeyPair();
    expect(() => parsePrivateKey(Buffer.from(openSshPrivateKey(seed, pub, 'c', { cipher: 'aes256-ctr' })), '/keys/k')).toThrow(
      /^The signing key \/keys\/k is protected by a passphrase \(cipher aes256-ctr, kdf bcrypt\), and the build cannot ask for one/,
    );
  });

  it('refuses a file that is not a key, a public key and a PEM key, saying what it found', () => {
    expect(() => parsePrivateKey(Buffer.from('hello'), 'k')).toThrow('The signing key k is not an OpenSSH private key: expected a file starting with "-----BEGIN OPENSSH PRIVATE KEY-----".');
    expect(() => parsePrivateKey(Buffer.from(openSshPublicKey(nodeKeyPair().pub)), 'k')).toThrow(/found a public key, expected the private key file/);
    expect(() => parsePrivateKey(Buffer.from('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n'), 'k')).toThrow(/found a PEM "RSA PRIVATE KEY" block/);
  });

  it('refuses a truncated key as damaged', () => {
    const { seed, pub } = nodeKeyPair();
    const text = openSshPrivateKey(seed, pub);
    const body = text.split('\n').slice(1, -2).join('');
    const cut = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.slice(0, 120)}\n-----END OPENSSH PRIVATE KEY-----\n`;
    expect(() => parsePrivateKey(Buffer.from(cut), 'k')).toThrow(/^The signing key k is damaged: .*Expected the openssh-key-v1 format/);
  });
});

describe('signSshsig', () => {
  it('gives the same bytes for the same key and message', () => {
    const { seed, pub } = nodeKeyPair();
    const key = parsePrivateKey(Buffer.from(openSshPrivateKey(seed, pub)), 'k');
    const again = parsePrivateKey(Buffer.from(openSshPrivateKey(seed, pub)), 'k');
    expect(signSshsig(MESSAGE, key).equals(signSshsig(MESSAGE, again))).toBe(true);
    expect(signSshsig(MESSAGE, key).equals(signSshsig(Buffer.from('other'), key))).toBe(false);
  });

  it('writes an armored signature that reads back and verifies, and fails for another message or namespace', () => {
    const { seed, pub } = nodeKeyPair();
    const signature = signSshsig(MESSAGE, parsePrivateKey(Buffer.from(openSshPrivateKey(seed, pub)), 'k'));
    expect(signature.toString()).toMatch(/^-----BEGIN SSH SIGNATURE-----\n([A-Za-z0-9+/=]{70}\n)+[A-Za-z0-9+/=]{1,70}\n-----END SSH SIGNATURE-----\n$/);
    const parsed = parseSshsig(signature);
    if ('problem' in parsed) throw new Error(parsed.problem);
    expect(parsed.publicKey.equals(pub)).toBe(true);
    expect(parsed.namespace).toBe('file');
    expect(parsed.hashAlgorithm).toBe('sha512');
    expect(verifySshsig(MESSAGE, parsed)).toBe(true);
    expect(verifySshsig(Buffer.from('0123abcd  manifest.json\n\n'), parsed)).toBe(false);
    expect(verifySshsig(MESSAGE, parsed, 'git')).toBe(false);
  });

  it('reads damaged signatures as problems', () => {
    expect(parseSshsig(Buffer.from('nope'))).toEqual({ problem: 'it is not an SSH signature (expected "-----BEGIN SSH SIGNATURE-----" ... "-----END SSH SIGNATURE-----")' });
    expect(parseSshsig(Buffer.from('-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n'))).toEqual({ problem: 'it is damaged: it ends before the version' });
  });
});

describe('parsePublicKey and fingerprint', () => {
  it('reads an ssh-ed25519 line and formats it back', () => {
    const { pub } = nodeKeyPair();
    const line = openSshPublicKey(pub, 'ops key');
    const key = parsePublicKey(line, 'keys/signing.pub');
    expect(key.key.equals(pub)).toBe(true);
    expect(key.comment).toBe('ops key');
    expect(`${formatPublicKey(pub)} ops key\n`).toBe(line);
    expect(fingerprint(pub)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('refuses an RSA line naming the file', () => {
    expect(() => parsePublicKey('ssh-rsa AAAAB3NzaC1yc2E= x', 'keys/signing.pub')).toThrow(
      'keys/signing.pub does not hold an Ed25519 public key: expected "ssh-ed25519 AAAA... comment", found "ssh-rsa".',
    );
  });
});

describe.skipIf(!HAS_SSH_KEYGEN)('with ssh-keygen', () => {
  it('signs so that ssh-keygen -Y verify accepts it, with a node:crypto key and with an ssh-keygen key', () => {
    const dir = tempDir();
    for (const file of [writeNodeKey(dir, 'node_key'), makeSshKey(dir, 'ssh_key')]) {
      const signature = signSshsig(MESSAGE, parsePrivateKey(readFileSync(file), file));
      writeFileSync(join(dir, 'SHA256SUMS.sig'), signature);
      writeFileSync(join(dir, 'allowed_signers'), allowedSignersLine('security@example.com', `${file}.pub`));
      const run = sshVerify(join(dir, 'allowed_signers'), 'security@example.com', join(dir, 'SHA256SUMS.sig'), MESSAGE);
      expect(run.stderr + run.stdout).toContain('Good "file" signature for security@example.com with ED25519 key');
      expect(run.status).toBe(0);
      expect(sshVerify(join(dir, 'allowed_signers'), 'security@example.com', join(dir, 'SHA256SUMS.sig'), Buffer.from('changed')).status).not.toBe(0);
    }
  });

  it('makes the same bytes as ssh-keygen -Y sign', () => {
    const dir = tempDir();
    const file = makeSshKey(dir, 'ssh_key');
    writeFileSync(join(dir, 'SHA256SUMS'), MESSAGE);
    expect(sshKeygen(['-Y', 'sign', '-f', file, '-n', 'file', join(dir, 'SHA256SUMS')]).status).toBe(0);
    const theirs = readFileSync(join(dir, 'SHA256SUMS.sig'));
    expect(signSshsig(MESSAGE, parsePrivateKey(readFileSync(file), file)).toString()).toBe(theirs.toString());
  });

  it('refuses an ssh-keygen key with a passphrase and an RSA key, with what was found', () => {
    const dir = tempDir();
    const encrypted = makeSshKey(dir, 'encrypted', 'ed25519', 'secret');
    expect(() => parsePrivateKey(readFileSync(encrypted), encrypted)).toThrow(`The signing key ${encrypted} is protected by a passphrase (cipher aes256-ctr, kdf bcrypt)`);
    const rsa = makeSshKey(dir, 'rsa', 'rsa');
    expect(() => parsePrivateKey(readFileSync(rsa), rsa)).toThrow(`The signing key ${rsa} is a "ssh-rsa" key; packages are signed with Ed25519 keys only`);
  });

  it('reads the public key ssh-keygen writes', () => {
    const dir = tempDir();
    const file = makeSshKey(dir, 'ssh_key');
    const fromPrivate = parsePrivateKey(readFileSync(file), file);
    const fromPublic = parsePublicKey(readFileSync(`${file}.pub`, 'utf8'), `${file}.pub`);
    expect(fromPublic.key.equals(fromPrivate.publicKey)).toBe(true);
    expect(sshKeygen(['-l', '-f', `${file}.pub`]).stdout).toContain(fingerprint(fromPublic.key));
  });
});
