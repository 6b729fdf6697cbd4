import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivePackage } from '../../src/archive';
import {
  loadSigningKey,
  makeZip,
  packageContents,
  parsePrivateKey,
  signedPackageContents,
  timestampFor,
  verifyPackageReport,
  type SigningKey,
  type ZipEntry,
} from '../../src/package';
import { ZIP_NAME } from '../package/helpers/build';
import { sampleFiles, sampleMeta } from '../package/helpers/sample';
import { tempDir } from '../package/helpers/temp';
import { HAS_SSH_KEYGEN, allowedSignersLine, nodeKeyPair, openSshPrivateKey, openSshPublicKey, sshVerify, writeNodeKey } from './helpers/keys';

const noon = timestampFor('2026-06-26', {});
const CONTACT = 'security@tesults.com';
const meta = { ...sampleMeta(), securityContact: CONTACT };

function newKey(): { key: SigningKey; pub: Buffer } {
  const { seed, pub } = nodeKeyPair();
  return { key: parsePrivateKey(Buffer.from(openSshPrivateKey(seed, pub)), 'signing_key'), pub };
}

async function zipAt(entries: readonly ZipEntry[]): Promise<string> {
  const file = join(tempDir(), ZIP_NAME);
  writeFileSync(file, await makeZip(entries, noon));
  return file;
}

function allowed(principal: string, pub: Buffer, options = '') {
  const [type, base64] = openSshPublicKey(pub).split(' ');
  return { label: 'allowed_signers', text: `# published on the trust page\n${principal}${options ? ` ${options}` : ''} ${type} ${base64}\n` };
}

describe('a signed package', () => {
  it('holds SHA256SUMS.sig, which SHA256SUMS does not list, and a manifest naming the key', () => {
    const { key } = newKey();
    const { entries } = signedPackageContents(sampleFiles(), meta, key);
    expect(entries.map((e) => e.path).slice(0, 2)).toEqual(['SHA256SUMS', 'SHA256SUMS.sig']);
    const sums = entries.find((e) => e.path === 'SHA256SUMS')!.bytes.toString();
    expect(sums).not.toContain('SHA256SUMS.sig');
    const manifest = JSON.parse(entries.find((e) => e.path === 'manifest.json')!.bytes.toString());
    expect(manifest.securityContact).toBe(CONTACT);
    expect(manifest.signature).toEqual({ file: 'SHA256SUMS.sig', namespace: 'file', publicKey: expect.stringMatching(/^ssh-ed25519 AAAA/) });
  });

  it('is byte-identical for the same key and files', async () => {
    const { seed, pub } = nodeKeyPair();
    const build = async () => makeZip(signedPackageContents(sampleFiles(), meta, parsePrivateKey(Buffer.from(openSshPrivateKey(seed, pub)), 'k')).entries, noon);
    expect((await build()).equals(await build())).toBe(true);
  });

  it('passes verify, and the allowed signers check for the security contact', async () => {
    const { key, pub } = newKey();
    const file = await zipAt(signedPackageContents(sampleFiles(), meta, key).entries);
    const report = await verifyPackageReport(file, { allowedSigners: allowed(CONTACT, pub, 'namespaces="file"') });
    expect(report.problems).toEqual([]);
    expect(report.signature).toEqual({ signed: true, fingerprint: expect.stringMatching(/^SHA256:/), principal: CONTACT, allowed: true });
  });

  it('fails verify when its files and checksums were both redone', async () => {
    const { key, pub } = newKey();
    const signed = signedPackageContents(sampleFiles(), meta, key).entries;
    // An attacker changes the whitepaper, rebuilds manifest.json and SHA256SUMS, and keeps the old signature.
    const recomputed = packageContents(sampleFiles('v2-with-a-backdoor'), meta).entries;
    const sig = signed.find((e) => e.path === 'SHA256SUMS.sig')!;
    const report = await verifyPackageReport(await zipAt([...recomputed, sig]), { allowedSigners: allowed(CONTACT, pub) });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { kind: 'signature', path: 'SHA256SUMS.sig', detail: `the signature by ${report.signature.fingerprint} does not match SHA256SUMS: SHA256SUMS was changed after it was signed` },
    ]);
  });

  it('fails verify when the signature was removed but the manifest records one', async () => {
    const { key } = newKey();
    const entries = signedPackageContents(sampleFiles(), meta, key).entries.filter((e) => e.path !== 'SHA256SUMS.sig');
    const report = await verifyPackageReport(await zipAt(entries));
    expect(report.problems).toEqual([
      { kind: 'signature', path: 'SHA256SUMS.sig', detail: expect.stringMatching(/^manifest\.json records a signature by ssh-ed25519 AAAA\S+, but there is no SHA256SUMS\.sig: it was removed$/) },
    ]);
  });

  it('fails verify with a key the allowed signers do not list for the security contact', async () => {
    const { key, pub } = newKey();
    const other = newKey().pub;
    const file = await zipAt(signedPackageContents(sampleFiles(), meta, key).entries);
    const byOther = await verifyPackageReport(file, { allowedSigners: allowed(CONTACT, other) });
    expect(byOther.problems).toEqual([{ kind: 'signature', path: 'SHA256SUMS.sig', detail: expect.stringContaining(`which allowed_signers does not list for "${CONTACT}" in the "file" namespace`) }]);
    const forSomeoneElse = await verifyPackageReport(file, { allowedSigners: allowed('ops@tesults.com', pub) });
    expect(forSomeoneElse.problems[0].detail).toContain('the key is on line 2 (ops@tesults.com), which does not apply');
    const otherNamespace = await verifyPackageReport(file, { allowedSigners: allowed(CONTACT, pub, 'namespaces="git"') });
    expect(otherNamespace.ok).toBe(false);
    const wildcard = await verifyPackageReport(file, { allowedSigners: allowed('*@tesults.com', pub) });
    expect(wildcard.ok).toBe(true);
  });
});

describe('an unsigned package', () => {
  it('passes verify without allowed signers and reports that it is unsigned', async () => {
    const report = await verifyPackageReport(await zipAt(packageContents(sampleFiles(), meta).entries));
    expect(report).toEqual({ ok: true, problems: [], checked: 6, signature: { signed: false } });
  });

  it('fails verify when allowed signers are given', async () => {
    const report = await verifyPackageReport(await zipAt(packageContents(sampleFiles(), meta).entries), { allowedSigners: allowed(CONTACT, newKey().pub) });
    expect(report.problems).toEqual([{ kind: 'signature', path: 'SHA256SUMS.sig', detail: 'the package is unsigned (no SHA256SUMS.sig), but allowed signers were given in allowed_signers' }]);
  });
});

describe('loadSigningKey', () => {
  it('accepts the private key of the published public key and refuses another, naming both fingerprints', () => {
    const { seed, pub } = nodeKeyPair();
    const bytes = Buffer.from(openSshPrivateKey(seed, pub));
    expect(loadSigningKey(bytes, 'k', { label: 'keys/signing.pub', text: openSshPublicKey(pub) }).publicKey.equals(pub)).toBe(true);
    expect(() => loadSigningKey(bytes, '/secrets/k', { label: 'keys/signing.pub', text: openSshPublicKey(nodeKeyPair().pub) })).toThrow(
      /^The signing key \/secrets\/k \(SHA256:\S+\) does not match signing\.publicKey, keys\/signing\.pub \(SHA256:\S+\), the key customers check signatures with/,
    );
  });
});

describe('the archive', () => {
  const archive = async (dir: string, key?: SigningKey, allowRevision = false) => {
    const { entries } = signedPackageContents(sampleFiles(), meta, key);
    return archivePackage({ archiveDir: dir, reviewDate: '2026-06-26', zipName: ZIP_NAME, zip: await makeZip(entries, noon), files: entries, allowRevision });
  };

  it('keeps the signature and finds the same signed package unchanged', async () => {
    const dir = tempDir();
    const { key } = newKey();
    expect((await archive(dir, key)).status).toBe('stored');
    expect(readFileSync(join(dir, '2026-06-26', 'SHA256SUMS.sig'), 'utf8')).toMatch(/^-----BEGIN SSH SIGNATURE-----/);
    expect((await archive(dir, key)).status).toBe('unchanged');
  });

  it('counts a signed package as different from the unsigned one and from one signed by another key', async () => {
    const dir = tempDir();
    await archive(dir);
    await expect(archive(dir, newKey().key)).rejects.toThrow(/\(signature: unsigned before, signed by ssh-ed25519 AAAA\S+ now\)/);
    expect((await archive(dir, newKey().key, true)).status).toBe('revision');
  });
});

describe.skipIf(!HAS_SSH_KEYGEN)('with ssh-keygen', () => {
  it("verifies the package's SHA256SUMS.sig with ssh-keygen -Y verify, as a customer would", async () => {
    const dir = tempDir();
    const keyFile = writeNodeKey(dir);
    const { entries } = signedPackageContents(sampleFiles(), meta, parsePrivateKey(readFileSync(keyFile), keyFile));
    for (const entry of entries) writeFileSync(join(dir, entry.path.replace('/', '_')), entry.bytes);
    writeFileSync(join(dir, 'allowed_signers'), allowedSignersLine(CONTACT, `${keyFile}.pub`, 'namespaces="file"'));
    const sums = readFileSync(join(dir, 'SHA256SUMS'));
    const run = sshVerify(join(dir, 'allowed_signers'), CONTACT, join(dir, 'SHA256SUMS.sig'), sums);
    expect(run.stdout + run.stderr).toContain(`Good "file" signature for ${CONTACT}`);
    expect(run.status).toBe(0);
  });
});
