import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageContents, sha256Hex } from '../../src/package';
import { UserError } from '../../src/diagnostics';
import { sampleFiles, sampleMeta } from './helpers/sample';
import { tempDir } from './helpers/temp';

describe('packageContents', () => {
  it('adds manifest.json and SHA256SUMS and sorts every entry by path', () => {
    const { entries } = packageContents(sampleFiles().reverse(), sampleMeta());
    expect(entries.map((entry) => entry.path)).toEqual([
      'SHA256SUMS',
      'Tesults-DPA.pdf',
      'Tesults-Mutual-NDA.pdf',
      'Tesults-Security-Overview-2026-06-26.pdf',
      'data/controls.json',
      'data/subprocessors.json',
      'manifest.json',
    ]);
  });

  it('writes the manifest with a fixed key order, sorted files, pages for PDFs only and a final newline', () => {
    const files = sampleFiles();
    const { entries } = packageContents(files, { ...sampleMeta(null, true), inputsSha256: 'c'.repeat(64) });
    const text = entries.find((entry) => entry.path === 'manifest.json')!.bytes.toString('utf8');
    const dpa = files.find((file) => file.path === 'Tesults-DPA.pdf')!;
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "tool": {\n    "name": "trust-package",\n    "version": "0.1.0"\n  },\n  "company": "Tesults",')).toBe(true);
    const manifest = JSON.parse(text);
    expect(Object.keys(manifest)).toEqual(['tool', 'company', 'reviewDate', 'source', 'inputsSha256', 'files']);
    expect(manifest.source).toEqual({ commit: null, dirty: true });
    expect(manifest.inputsSha256).toBe('c'.repeat(64));
    expect(manifest.files.map((file: { path: string }) => file.path)).toEqual([
      'Tesults-DPA.pdf',
      'Tesults-Mutual-NDA.pdf',
      'Tesults-Security-Overview-2026-06-26.pdf',
      'data/controls.json',
      'data/subprocessors.json',
    ]);
    expect(manifest.files[0]).toEqual({ path: 'Tesults-DPA.pdf', bytes: dpa.bytes.length, sha256: sha256Hex(dpa.bytes), pages: 9 });
    expect(Object.keys(manifest.files[3])).toEqual(['path', 'bytes', 'sha256']);
  });

  it('makes the same manifest bytes whatever order the metadata keys were given in', () => {
    const meta = sampleMeta();
    const shuffled = { inputsSha256: meta.inputsSha256, source: { dirty: false, commit: meta.source.commit }, reviewDate: meta.reviewDate, company: meta.company, tool: meta.tool };
    const a = packageContents(sampleFiles(), meta).entries;
    const b = packageContents(sampleFiles(), shuffled).entries;
    expect(b).toEqual(a);
  });

  it('writes a SHA256SUMS that the real sha256sum -c accepts, covering manifest.json too', () => {
    const dir = tempDir();
    const { entries } = packageContents(sampleFiles(), sampleMeta());
    for (const entry of entries) {
      mkdirSync(dirname(join(dir, entry.path)), { recursive: true });
      writeFileSync(join(dir, entry.path), entry.bytes);
    }
    const output = execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(output.trim().split('\n')).toEqual([
      'Tesults-DPA.pdf: OK',
      'Tesults-Mutual-NDA.pdf: OK',
      'Tesults-Security-Overview-2026-06-26.pdf: OK',
      'data/controls.json: OK',
      'data/subprocessors.json: OK',
      'manifest.json: OK',
    ]);
  });

  it('makes sha256sum -c fail once a file changes, so the check can catch something', () => {
    const dir = tempDir();
    const { entries } = packageContents(sampleFiles(), sampleMeta());
    for (const entry of entries) {
      mkdirSync(dirname(join(dir, entry.path)), { recursive: true });
      writeFileSync(join(dir, entry.path), entry.bytes);
    }
    writeFileSync(join(dir, 'Tesults-DPA.pdf'), '%PDF-1.7 tampered\n');
    expect(() => execFileSync('sha256sum', ['--check', '--quiet', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' })).toThrow();
  });

  it.each([
    ['../escape.pdf', 'folder step'],
    ['/abs.pdf', 'absolute'],
    ['a\\b.pdf', 'backslash'],
    ['Acme: Inc-DPA.pdf', 'Windows'],
    ['line\nbreak.pdf', 'control character'],
    ['manifest.json', 'writes that one itself'],
  ])('refuses the file name %j', (path, reason) => {
    const files = [...sampleFiles(), { path, bytes: Buffer.from('x') }];
    expect(() => packageContents(files, sampleMeta())).toThrow(UserError);
    expect(() => packageContents(files, sampleMeta())).toThrow(reason);
  });

  it('refuses two names that are the same file on a case-insensitive disk', () => {
    const files = [...sampleFiles(), { path: 'tesults-dpa.pdf', bytes: Buffer.from('x') }];
    expect(() => packageContents(files, sampleMeta())).toThrow(/same file on macOS and Windows/);
  });
});
