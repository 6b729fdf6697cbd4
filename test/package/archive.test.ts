import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/package';
import { UserError } from '../../src/diagnostics';
import { archivePackage, listArchive } from '../../src/archive';
import { ZIP_NAME, archiveSample, samplePackage } from './helpers/build';
import { tempDir } from './helpers/temp';

/** Names and modification times of everything under a folder: enough to see that nothing was written. */
function stamps(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      out.push(`${path} ${statSync(path).mtimeMs}`);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return out.sort();
}

describe('archivePackage', () => {
  it('stores the first package of a review date as the zip plus its files unpacked, checkable with sha256sum -c', async () => {
    const archiveDir = tempDir();
    const { zip } = await samplePackage();
    const result = await archiveSample(archiveDir);
    expect(result).toMatchObject({ status: 'stored', dir: join(archiveDir, '2026-06-26') });
    expect(readdirSync(result.dir).sort()).toEqual([
      'SHA256SUMS',
      'Tesults-DPA.pdf',
      'Tesults-Mutual-NDA.pdf',
      'Tesults-Security-Overview-2026-06-26.pdf',
      'data',
      'manifest.json',
      ZIP_NAME,
    ]);
    expect(readFileSync(join(result.dir, ZIP_NAME)).equals(zip)).toBe(true);
    expect(() => execFileSync('sha256sum', ['--check', '--strict', '--quiet', 'SHA256SUMS'], { cwd: result.dir })).not.toThrow();
    expect(readdirSync(archiveDir)).toEqual(['2026-06-26']);
  });

  it('does nothing for the same package again, and says so', async () => {
    const archiveDir = tempDir();
    await archiveSample(archiveDir);
    const before = stamps(archiveDir);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await archiveSample(archiveDir);
    expect(again).toMatchObject({ status: 'unchanged', dir: join(archiveDir, '2026-06-26') });
    // The archived zip comes back: what goes to out/ and is sent is what the archive holds.
    expect(again.zip.equals(readFileSync(join(archiveDir, '2026-06-26', ZIP_NAME)))).toBe(true);
    expect(stamps(archiveDir)).toEqual(before);
  });

  it('treats a package with the same PDFs and data but another commit in its manifest as unchanged', async () => {
    const archiveDir = tempDir();
    await archiveSample(archiveDir, 'v1', { commit: 'a'.repeat(40) });
    const before = stamps(archiveDir);
    expect((await archiveSample(archiveDir, 'v1', { commit: 'c'.repeat(40) })).status).toBe('unchanged');
    expect(stamps(archiveDir)).toEqual(before);
  });

  it('refuses changed content for an archived review date, naming the file, the setting and --revision', async () => {
    const archiveDir = tempDir();
    await archiveSample(archiveDir, 'v1');
    const before = stamps(archiveDir);
    const attempt = archiveSample(archiveDir, 'v2');
    await expect(attempt).rejects.toThrow(UserError);
    await expect(archiveSample(archiveDir, 'v2')).rejects.toThrow(
      /content changed since the package for 2026-06-26 was archived .*changed: Tesults-Security-Overview-2026-06-26\.pdf.*document\.reviewDate in content\/trust-package\.yaml.*`make trust-package REVISION=1` \(CLI: --revision\)/,
    );
    expect(stamps(archiveDir)).toEqual(before);
  });

  it('stores changed content as -r2, then -r3, beside the old package when revisions are allowed', async () => {
    const archiveDir = tempDir();
    await archiveSample(archiveDir, 'v1');
    expect(await archiveSample(archiveDir, 'v2', { allowRevision: true })).toMatchObject({ status: 'revision', dir: join(archiveDir, '2026-06-26-r2') });
    expect(await archiveSample(archiveDir, 'v3', { allowRevision: true })).toMatchObject({ status: 'revision', dir: join(archiveDir, '2026-06-26-r3') });
    expect(readdirSync(archiveDir).sort()).toEqual(['2026-06-26', '2026-06-26-r2', '2026-06-26-r3']);
    const whitepaper = (dir: string) => readFileSync(join(archiveDir, dir, 'Tesults-Security-Overview-2026-06-26.pdf'), 'utf8');
    expect([whitepaper('2026-06-26'), whitepaper('2026-06-26-r2'), whitepaper('2026-06-26-r3')]).toEqual([
      '%PDF-1.7 whitepaper v1\n',
      '%PDF-1.7 whitepaper v2\n',
      '%PDF-1.7 whitepaper v3\n',
    ]);
  });

  it('finds an identical earlier revision and changes nothing', async () => {
    const archiveDir = tempDir();
    await archiveSample(archiveDir, 'v1');
    await archiveSample(archiveDir, 'v2', { allowRevision: true });
    expect(await archiveSample(archiveDir, 'v1', { allowRevision: true })).toMatchObject({ status: 'unchanged', dir: join(archiveDir, '2026-06-26') });
    expect(await archiveSample(archiveDir, 'v2', { allowRevision: true })).toMatchObject({ status: 'unchanged', dir: join(archiveDir, '2026-06-26-r2') });
    expect(readdirSync(archiveDir).sort()).toEqual(['2026-06-26', '2026-06-26-r2']);
  });

  it('refuses to compare with an archived package whose manifest is damaged, and writes nothing', async () => {
    const archiveDir = tempDir();
    const { dir } = await archiveSample(archiveDir, 'v1');
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    await expect(archiveSample(archiveDir, 'v2', { allowRevision: true })).rejects.toThrow(/manifest\.json cannot be read.*verify/);
    expect(readdirSync(archiveDir)).toEqual(['2026-06-26']);
  });

  it('refuses files that do not match the zip, before writing anything', async () => {
    const archiveDir = tempDir();
    const { entries } = await samplePackage('v1');
    const { zip } = await samplePackage('v2');
    await expect(archivePackage({ archiveDir, reviewDate: '2026-06-26', zipName: ZIP_NAME, zip, files: entries })).rejects.toThrow(/do not match the zip/);
    expect(() => readdirSync(archiveDir)).not.toThrow();
    expect(readdirSync(archiveDir)).toEqual([]);
  });
});

describe('listArchive', () => {
  it('lists every archived package by date then revision, with its zip, size and sha256', async () => {
    const archiveDir = tempDir();
    await archiveSample(archiveDir, 'v1');
    await archiveSample(archiveDir, 'v2', { allowRevision: true });
    // An earlier date, archived later, must still come first; folders the archive did not name are ignored.
    const { entries, zip } = await samplePackage('old');
    await archivePackage({ archiveDir, reviewDate: '2025-12-01', zipName: 'old.zip', zip, files: entries });
    mkdirSync(join(archiveDir, '.tmp-0123abcd'));
    mkdirSync(join(archiveDir, 'notes'));
    const listed = listArchive(archiveDir);
    expect(listed.map((entry) => [entry.reviewDate, entry.revision])).toEqual([
      ['2025-12-01', 1],
      ['2026-06-26', 1],
      ['2026-06-26', 2],
    ]);
    expect(listed[0]).toEqual({
      reviewDate: '2025-12-01',
      revision: 1,
      dir: join(archiveDir, '2025-12-01'),
      zip: join(archiveDir, '2025-12-01', 'old.zip'),
      sha256: sha256Hex(zip),
      bytes: zip.length,
    });
  });

  it('is empty when nothing has been archived yet', () => {
    expect(listArchive(join(tempDir(), 'archive'))).toEqual([]);
  });
});
