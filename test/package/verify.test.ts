import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeZip, sha256Hex, timestampFor, verifyPackage, type ZipEntry } from '../../src/package';
import { UserError } from '../../src/diagnostics';
import { ZIP_NAME, archiveSample, samplePackage } from './helpers/build';
import { tempDir } from './helpers/temp';

const WHITEPAPER = 'Tesults-Security-Overview-2026-06-26.pdf';
const noon = timestampFor('2026-06-26', {});

async function zipFile(entries: readonly ZipEntry[]): Promise<string> {
  const path = join(tempDir(), ZIP_NAME);
  writeFileSync(path, await makeZip(entries, noon));
  return path;
}

function unpack(entries: readonly ZipEntry[]): string {
  const dir = tempDir();
  for (const entry of entries) {
    mkdirSync(dirname(join(dir, entry.path)), { recursive: true });
    writeFileSync(join(dir, entry.path), entry.bytes);
  }
  return dir;
}

describe('verifyPackage on a zip', () => {
  it('passes an untouched package and counts every checked file', async () => {
    const { entries } = await samplePackage();
    expect(await verifyPackage(await zipFile(entries))).toEqual({ ok: true, problems: [], checked: 6 });
  });

  it('catches a flipped byte inside a file', async () => {
    const { zip } = await samplePackage();
    const at = zip.indexOf('whitepaper v1');
    zip[at] ^= 0x01;
    const path = join(tempDir(), ZIP_NAME);
    writeFileSync(path, zip);
    const result = await verifyPackage(path);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ kind: 'changed', path: WHITEPAPER, detail: expect.stringMatching(/manifest\.json records .*SHA256SUMS records .*found/) }]);
  });

  it('catches a removed file', async () => {
    const { entries } = await samplePackage();
    const result = await verifyPackage(await zipFile(entries.filter((entry) => entry.path !== 'data/controls.json')));
    expect(result.problems).toEqual([{ kind: 'missing', path: 'data/controls.json', detail: 'listed in manifest.json and SHA256SUMS but not in the package' }]);
  });

  it('catches an added file', async () => {
    const { entries } = await samplePackage();
    const result = await verifyPackage(await zipFile([...entries, { path: 'extra.pdf', bytes: Buffer.from('%PDF') }]));
    expect(result.problems).toEqual([{ kind: 'extra', path: 'extra.pdf', detail: 'present but listed in neither manifest.json nor SHA256SUMS' }]);
  });

  it('reports a missing manifest as a problem and still checks SHA256SUMS', async () => {
    const { entries } = await samplePackage();
    const result = await verifyPackage(await zipFile(entries.filter((entry) => entry.path !== 'manifest.json')));
    expect(result.problems).toEqual([
      { kind: 'manifest', path: 'manifest.json', detail: expect.stringContaining('missing') },
      { kind: 'missing', path: 'manifest.json', detail: 'listed in SHA256SUMS but not in the package' },
    ]);
    expect(result.checked).toBe(5);
  });

  it('reports an unparseable manifest as a problem, not a crash', async () => {
    const { entries } = await samplePackage();
    const broken = entries.map((entry) => (entry.path === 'manifest.json' ? { ...entry, bytes: Buffer.from('{"files": 3}') } : entry));
    const result = await verifyPackage(await zipFile(broken));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({ kind: 'manifest', path: 'manifest.json', detail: 'manifest.json cannot be read: it has no "files" list' });
  });

  it('reports a file that SHA256SUMS lists but the manifest does not', async () => {
    const { entries } = await samplePackage();
    const sums = entries.find((entry) => entry.path === 'SHA256SUMS')!;
    const bytes = Buffer.from('%PDF');
    const extended = Buffer.concat([sums.bytes, Buffer.from(`${sha256Hex(bytes)}  more.pdf\n`)]);
    const withMore = [...entries.filter((entry) => entry !== sums), { path: 'SHA256SUMS', bytes: extended }, { path: 'more.pdf', bytes }];
    const result = await verifyPackage(await zipFile(withMore));
    expect(result.problems).toEqual([{ kind: 'manifest', path: 'more.pdf', detail: 'listed in SHA256SUMS but not in manifest.json' }]);
  });

  it('reports a manifest.json that SHA256SUMS does not cover', async () => {
    const { entries } = await samplePackage();
    const trimmed = entries.map((entry) =>
      entry.path === 'SHA256SUMS' ? { ...entry, bytes: Buffer.from(entry.bytes.toString().replace(/^.*  manifest\.json\n/m, '')) } : entry,
    );
    const result = await verifyPackage(await zipFile(trimmed));
    expect(result.problems).toEqual([{ kind: 'manifest', path: 'manifest.json', detail: 'not listed in SHA256SUMS, so nothing vouches for it' }]);
  });

  it('fails with a clear UserError on a corrupt zip', async () => {
    const { zip } = await samplePackage();
    const path = join(tempDir(), ZIP_NAME);
    writeFileSync(path, zip.subarray(0, zip.length - 30));
    await expect(verifyPackage(path)).rejects.toThrow(UserError);
    await expect(verifyPackage(path)).rejects.toThrow(/is not a readable zip file/);
  });

  it('fails with a UserError when the path does not exist', async () => {
    await expect(verifyPackage(join(tempDir(), 'nope.zip'))).rejects.toThrow(/does not exist/);
  });
});

describe('verifyPackage on a folder', () => {
  it('passes an archive folder, accepting its zip and checking the zip too', async () => {
    const { dir } = await archiveSample(tempDir());
    expect(await verifyPackage(dir)).toEqual({ ok: true, problems: [], checked: 12 });
  });

  it('catches a flipped byte, a removed file and an added file in an unpacked package', async () => {
    const { entries } = await samplePackage();
    const dir = unpack(entries);
    const whitepaper = entries.find((entry) => entry.path === WHITEPAPER)!.bytes;
    whitepaper[0] ^= 0x01;
    writeFileSync(join(dir, WHITEPAPER), whitepaper);
    rmSync(join(dir, 'data', 'subprocessors.json'));
    writeFileSync(join(dir, 'data', 'notes.txt'), 'added');
    const result = await verifyPackage(dir);
    expect(result.problems.map((problem) => [problem.kind, problem.path])).toEqual([
      ['changed', WHITEPAPER],
      ['extra', 'data/notes.txt'],
      ['missing', 'data/subprocessors.json'],
    ]);
  });

  it('catches an archive folder whose zip no longer matches its files', async () => {
    const { dir } = await archiveSample(tempDir(), 'v1');
    const { zip } = await samplePackage('v2');
    writeFileSync(join(dir, ZIP_NAME), zip);
    const result = await verifyPackage(dir);
    expect(result.problems).toEqual([{ kind: 'changed', path: ZIP_NAME, detail: expect.stringContaining("manifest.json differs from the folder's") }]);
  });

  it('reports a damaged zip inside an archive folder as a problem of that zip', async () => {
    const { dir } = await archiveSample(tempDir());
    writeFileSync(join(dir, ZIP_NAME), 'not a zip');
    const result = await verifyPackage(dir);
    expect(result.problems).toEqual([{ kind: 'changed', path: ZIP_NAME, detail: expect.stringContaining('not a readable zip file') }]);
  });
});
