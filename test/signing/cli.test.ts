import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { copyProject, removeProject, runCli } from '../helpers/project';
import { tempDir } from '../package/helpers/temp';
import { HAS_SSH_KEYGEN, allowedSignersLine, makeSshKey, nodeKeyPair, openSshPrivateKey, openSshPublicKey, sshVerify, writeNodeKey } from './helpers/keys';

if (!HAS_SSH_KEYGEN) console.warn('ssh-keygen is not installed (Debian: openssh-client): the CLI signing tests that use it are skipped');

const ZIP = 'tesults-trust-package-2026-06-26.zip';
const CONTACT = 'help@tesults.com';

// One project, built signed once (with an edition), then at a later review date, so that diff can compare.
let project: string;
let keys: string;
let keyFile: string;
let allowedSigners: string;
let built: ReturnType<typeof runCli>;

beforeAll(() => {
  project = copyProject('trust-package-signing-');
  keys = fs.mkdtempSync(path.join(path.dirname(project), 'trust-package-keys-'));
  keyFile = writeNodeKey(keys);
  allowedSigners = path.join(keys, 'allowed_signers');
  fs.writeFileSync(allowedSigners, allowedSignersLine(CONTACT, `${keyFile}.pub`));
  built = runCli(['build', '--quiet', '--recipient', 'Acme Corp', '--sent', '2026-06-30'], project, { SIGNING_KEY: keyFile });
}, 120_000);

afterAll(() => {
  removeProject(project);
  fs.rmSync(keys, { recursive: true, force: true });
});

function withConfig(root: string, extra: string): void {
  fs.appendFileSync(path.join(root, 'content', 'trust-package.yaml'), extra);
}

describe('build with SIGNING_KEY', () => {
  it('signs the package, in out/ and in the archive', async () => {
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const files = await readZip(fs.readFileSync(path.join(project, 'out', ZIP)), ZIP);
    expect(files.map((f) => f.path)).toContain('SHA256SUMS.sig');
    const archived = fs.readFileSync(path.join(project, 'out', 'archive', '2026-06-26', 'SHA256SUMS.sig'));
    expect(files.find((f) => f.path === 'SHA256SUMS.sig')!.bytes.equals(archived)).toBe(true);
  });

  it('makes a package that verify accepts with the allowed signers file', () => {
    for (const target of [path.join('out', ZIP), path.join('out', 'archive', '2026-06-26')]) {
      const result = runCli(['verify', target, '--allowed-signers', allowedSigners], project);
      expect(result.stdout).toContain(`signature OK: SHA256SUMS is signed by SHA256:`);
      expect(result.status).toBe(0);
    }
  });

  it('signs the recipient edition the same way', async () => {
    const edition = path.join(project, 'out', 'tesults-trust-package-2026-06-26-acme-corp.zip');
    const files = await readZip(fs.readFileSync(edition), 'edition');
    expect(files.map((f) => f.path)).toContain('SHA256SUMS.sig');
    const result = runCli(['verify', edition, '--allowed-signers', allowedSigners], project);
    expect(result.stdout).toContain('signature OK');
    expect(result.status).toBe(0);
  });

  it.skipIf(!HAS_SSH_KEYGEN)('makes a SHA256SUMS.sig that ssh-keygen -Y verify accepts', () => {
    const dir = path.join(project, 'out', 'archive', '2026-06-26');
    const run = sshVerify(allowedSigners, CONTACT, path.join(dir, 'SHA256SUMS.sig'), fs.readFileSync(path.join(dir, 'SHA256SUMS')));
    expect(run.stdout + run.stderr).toContain(`Good "file" signature for ${CONTACT}`);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('manifest.json: OK');
  });

  it('signs the change notices with a detached .sig beside each PDF', () => {
    const config = path.join(project, 'content', 'trust-package.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('reviewDate: 2026-06-26', 'reviewDate: 2026-07-01'));
    expect(runCli(['build', '--quiet'], project, { SIGNING_KEY: keyFile }).status).toBe(0);
    const diff = runCli(['diff', '2026-06-26', '2026-07-01', '--format', 'pdf', '--signing-key', keyFile], project, { SIGNING_KEY: '' });
    expect(diff.status).toBe(0);
    const notices = fs.readdirSync(path.join(project, 'out')).filter((name) => name.includes('change-notice'));
    expect(notices).toEqual([
      'tesults-subprocessor-change-notice-2026-07-01-acme-corp.pdf',
      'tesults-subprocessor-change-notice-2026-07-01-acme-corp.pdf.sig',
      'tesults-subprocessor-change-notice-2026-07-01.pdf',
      'tesults-subprocessor-change-notice-2026-07-01.pdf.sig',
    ]);
    if (HAS_SSH_KEYGEN) {
      const pdf = path.join(project, 'out', 'tesults-subprocessor-change-notice-2026-07-01.pdf');
      const run = sshVerify(allowedSigners, CONTACT, `${pdf}.sig`, fs.readFileSync(pdf));
      expect(run.status).toBe(0);
    }
  }, 60_000);
});

describe('build with a key it cannot use', () => {
  it('refuses an encrypted key with a message naming the file, no stack trace, exit 1', () => {
    const dir = tempDir();
    const { seed, pub } = nodeKeyPair();
    const file = HAS_SSH_KEYGEN ? makeSshKey(dir, 'encrypted', 'ed25519', 'secret') : path.join(dir, 'encrypted');
    if (!HAS_SSH_KEYGEN) fs.writeFileSync(file, openSshPrivateKey(seed, pub, 'c', { cipher: 'aes256-ctr' }));
    const result = runCli(['build', '--quiet', '--content', path.join(project, 'content'), '--out', dir, '--signing-key', file], project);
    expect(result.stderr).toMatch(new RegExp(`^trust-package: The signing key ${file} is protected by a passphrase \\(cipher aes256-ctr, kdf bcrypt\\)`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(1);
  });

  it.skipIf(!HAS_SSH_KEYGEN)('refuses an RSA key, saying which type it found', () => {
    const dir = tempDir();
    const file = makeSshKey(dir, 'rsa', 'rsa');
    const result = runCli(['build', '--quiet', '--signing-key', file], project);
    expect(result.stderr).toBe(
      `trust-package: The signing key ${file} is a "ssh-rsa" key; packages are signed with Ed25519 keys only (deterministic signatures). Make one with: ssh-keygen -t ed25519 -N "" -f signing_key\n`,
    );
    expect(result.status).toBe(1);
  });

  it('refuses a key that does not match signing.publicKey', () => {
    const other = copyProject('trust-package-signing-mismatch-');
    try {
      fs.mkdirSync(path.join(other, 'keys'));
      fs.writeFileSync(path.join(other, 'keys', 'signing.pub'), openSshPublicKey(nodeKeyPair().pub));
      withConfig(other, '\nsigning:\n  publicKey: keys/signing.pub\n');
      const result = runCli(['build', '--quiet'], other, { SIGNING_KEY: keyFile });
      expect(result.stderr).toMatch(/^trust-package: The signing key \S+ \(SHA256:\S+\) does not match signing\.publicKey, keys\/signing\.pub \(SHA256:\S+\)/);
      expect(result.status).toBe(1);
      expect(fs.existsSync(path.join(other, 'out'))).toBe(false);
    } finally {
      removeProject(other);
    }
  });

  it('reports a signing.publicKey that is not a public key at its place in the config', () => {
    const other = copyProject('trust-package-signing-badpub-');
    try {
      fs.mkdirSync(path.join(other, 'keys'));
      fs.writeFileSync(path.join(other, 'keys', 'signing.pub'), 'ssh-rsa AAAAB3NzaC1yc2E= old key\n');
      withConfig(other, '\nsigning:\n  publicKey: keys/signing.pub\n');
      const result = runCli(['validate'], other);
      expect(result.stderr).toContain(
        '"signing.publicKey" names a file that is not an Ed25519 public key (expected one line "ssh-ed25519 AAAA... comment", as ssh-keygen -t ed25519 writes to the .pub file, found keys/signing.pub does not hold an Ed25519 public key',
      );
      expect(result.stderr).toMatch(/content\/trust-package\.yaml:\d+:14 {2}error/);
      expect(result.status).toBe(1);
    } finally {
      removeProject(other);
    }
  });

  it('refuses a key kept inside the project', () => {
    fs.copyFileSync(keyFile, path.join(project, 'signing_key'));
    const result = runCli(['build', '--quiet', '--signing-key', 'signing_key'], project);
    fs.rmSync(path.join(project, 'signing_key'));
    expect(result.stderr).toMatch(/^trust-package: The signing key signing_key is inside the project/);
    expect(result.status).toBe(1);
  });
});

describe('verify of an unsigned package', () => {
  it('says plainly that it is unsigned, and fails when allowed signers are given', () => {
    const other = copyProject('trust-package-unsigned-');
    try {
      expect(runCli(['build', '--quiet'], other, { SIGNING_KEY: '' }).status).toBe(0);
      const plain = runCli(['verify', path.join('out', ZIP)], other);
      expect(plain.stdout).toContain(`out/${ZIP}: unsigned: there is no SHA256SUMS.sig, so nothing shows who made the package`);
      expect(plain.status).toBe(0);
      const strict = runCli(['verify', path.join('out', ZIP), '--allowed-signers', allowedSigners], other);
      expect(strict.stdout).toContain(`signature SHA256SUMS.sig  the package is unsigned (no SHA256SUMS.sig), but allowed signers were given in ${allowedSigners}`);
      expect(strict.status).toBe(1);
    } finally {
      removeProject(other);
    }
  }, 60_000);
});
