import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { normalise, readPdf, type PdfFacts } from '../helpers/pdf';
import { copyProject, listFiles, removeProject, runCli } from '../helpers/project';

// `build --draft` (make draft / DRAFT=1): the whole package into out/draft/, DRAFT on every page, nothing archived.
let project: string;
let pdfs: Map<string, PdfFacts>;
let manifest: Record<string, unknown>;
const ZIP = 'tesults-trust-package-2026-06-26.zip';

beforeAll(async () => {
  project = copyProject('trust-package-draft-');
  const result = runCli(['build', '--draft'], project);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain('draft: not archived, not registered');
  const files = await readZip(fs.readFileSync(path.join(project, 'out', 'draft', ZIP)), ZIP);
  pdfs = new Map();
  for (const f of files) if (f.path.endsWith('.pdf')) pdfs.set(f.path, await readPdf(f.bytes));
  manifest = JSON.parse(files.find((f) => f.path === 'manifest.json')!.bytes.toString('utf8'));
}, 120_000);

afterAll(() => removeProject(project));

describe('a draft', () => {
  it('prints DRAFT on every page of every PDF, the cover included', () => {
    expect(pdfs.size).toBe(3);
    for (const [name, pdf] of pdfs) {
      expect(pdf.pages.length, name).toBeGreaterThan(2);
      pdf.pages.forEach((page, i) => expect(normalise(page), `${name} page ${i + 1}`).toContain('DRAFT'));
    }
  });

  it('says so in its manifest and PDF metadata', () => {
    expect(manifest.draft).toBe(true);
    for (const [name, pdf] of pdfs) expect(pdf.info.Subject, name).toMatch(/^DRAFT: /);
  });

  it('goes to out/draft/ only, with its PDFs, and is never archived or registered', () => {
    expect(listFiles(path.join(project, 'out'))).toEqual([
      'draft/Tesults-DPA.pdf',
      'draft/Tesults-Mutual-NDA.pdf',
      'draft/Tesults-Security-Overview-2026-06-26.pdf',
      `draft/${ZIP}`,
    ]);
  });

  it('is refused with recipients, since a draft is never sent', () => {
    const result = runCli(['build', '--draft', '--recipient', 'Acme Corp'], project);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('A draft is never sent');
    expect(fs.existsSync(path.join(project, 'out', 'archive'))).toBe(false);
  });

  it('leaves a real build after it undisturbed: not marked, archived as usual', async () => {
    const result = runCli(['build', '--quiet'], project);
    expect(result.status, result.stderr).toBe(0);
    const files = await readZip(fs.readFileSync(path.join(project, 'out', ZIP)), ZIP);
    const whitepaper = await readPdf(files.find((f) => f.path === 'Tesults-Security-Overview-2026-06-26.pdf')!.bytes);
    expect(normalise(whitepaper.text)).not.toContain('DRAFT');
    expect(JSON.parse(files.find((f) => f.path === 'manifest.json')!.bytes.toString('utf8'))).not.toHaveProperty('draft');
    expect(listFiles(path.join(project, 'out', 'archive'))).toContain(`2026-06-26/${ZIP}`);
  }, 120_000);
});
