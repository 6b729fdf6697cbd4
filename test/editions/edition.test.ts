import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { normalise, readPdf, type PdfFacts } from '../helpers/pdf';
import { copyProject, listFiles, removeProject, runCli } from '../helpers/project';

const ZIP = 'tesults-trust-package-2026-06-26-acme-corp.zip';
const STAMP = 'Prepared for Acme Corp on 29 November 2026 · ID ';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// One edition for Acme Corp, read back the way Acme's PDF reader would see it.
let project: string;
let files: Map<string, Buffer>;
let pdfs: Map<string, PdfFacts>;
let id: string;

beforeAll(async () => {
  project = copyProject('trust-package-edition-');
  const result = runCli(['build', '--recipient', 'Acme Corp', '--email', 'security@acme.example', '--sent', '2026-11-29'], project);
  expect(result.status, result.stderr).toBe(0);
  files = new Map((await readZip(fs.readFileSync(path.join(project, 'out', ZIP)), ZIP)).map((f) => [f.path, f.bytes]));
  pdfs = new Map();
  for (const [name, bytes] of files) if (name.endsWith('.pdf')) pdfs.set(name, await readPdf(bytes));
  id = JSON.parse(files.get('manifest.json')!.toString('utf8')).recipient.documentId;
}, 120_000);

afterAll(() => removeProject(project));

describe('a recipient edition', () => {
  it('records the recipient, the day of sending and the document ID in the manifest', () => {
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.recipient).toEqual({ name: 'Acme Corp', email: 'security@acme.example', sent: '2026-11-29', documentId: id });
    expect(id).toMatch(/^TP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // The recipient comes after the inputs and before the file list, always.
    expect(Object.keys(manifest)).toEqual(['tool', 'company', 'securityContact', 'reviewDate', 'source', 'inputsSha256', 'recipient', 'files']);
  });

  it('stamps every page of all three PDFs with the recipient, the date and the ID', () => {
    expect([...pdfs.keys()]).toHaveLength(3);
    for (const [name, pdf] of pdfs) {
      expect(pdf.pages.length, name).toBeGreaterThan(2);
      // Once per page: the stamp names the recipient, and the classification is left to the running frame.
      pdf.pages.forEach((page, i) => expect(normalise(page).split(`${STAMP}${id}`), `${name} page ${i + 1}`).toHaveLength(2));
      expect(pdf.text, name).not.toMatch(/, provided to Acme/i);
    }
  });

  it('carries the ID in the PDF metadata', () => {
    for (const [name, pdf] of pdfs) {
      expect((pdf.info.Custom as Record<string, string>).DocumentID, name).toBe(id);
      expect(pdf.info.Keywords, name).toContain(id);
      expect(pdf.info.Subject, name).toContain('prepared for Acme Corp');
    }
  });

  it('says who it was prepared for on the whitepaper cover', () => {
    const cover = normalise(pdfs.get('Tesults-Security-Overview-2026-06-26.pdf')!.pages[0]);
    expect(cover).toContain('Prepared for Acme Corp');
  });

  it('fills in the counterparty in the NDA and the DPA', () => {
    const nda = normalise(pdfs.get('Tesults-Mutual-NDA.pdf')!.text);
    const dpa = normalise(pdfs.get('Tesults-DPA.pdf')!.text);
    expect(nda).toMatch(/Acme Corp Counterparty legal name/);
    expect(dpa).toMatch(/Acme Corp Customer legal name \(controller\)/);
    // And in the signature block, beside the company's own party name.
    expect(nda.replaceAll(STAMP, '').match(/Acme Corp/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('is archived under editions/, leaving the review date folder a clean package', () => {
    const archive = path.join(project, 'out', 'archive');
    expect(listFiles(path.join(archive, 'editions'))).toEqual([`2026-06-26/acme-corp-2026-11-29-${id}.zip`]);
    expect(fs.readFileSync(path.join(archive, 'editions', '2026-06-26', `acme-corp-2026-11-29-${id}.zip`))).toEqual(fs.readFileSync(path.join(project, 'out', ZIP)));
    expect(runCli(['verify', path.join(archive, '2026-06-26')], project).status).toBe(0);
    expect(runCli(['verify', path.join(project, 'out', ZIP)], project).status).toBe(0);
  });

  it('is byte-identical for the same recipient, date and inputs, built in another folder', () => {
    const other = copyProject('trust-package-edition-other-');
    try {
      const result = runCli(['build', '--quiet', '--recipient', 'Acme Corp', '--email', 'security@acme.example', '--sent', '2026-11-29'], other, { TZ: 'Asia/Kolkata' });
      expect(result.status, result.stderr).toBe(0);
      expect(sha256(fs.readFileSync(path.join(other, 'out', ZIP)))).toBe(sha256(fs.readFileSync(path.join(project, 'out', ZIP))));
    } finally {
      removeProject(other);
    }
  });

  it('gets another ID on another day of sending', () => {
    const result = runCli(['build', '--quiet', '--recipient', 'Acme Corp', '--sent', '2026-11-30'], project);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Acme Corp, TP-\S+, sent 2026-11-30/);
    expect(result.stdout).not.toContain(id);
  });

  it('refuses a day of sending that is not a date, as a usage error', () => {
    const result = runCli(['build', '--quiet', '--recipient', 'Acme Corp', '--sent', '2026-02-30'], project);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--sent "2026-02-30" is not a real date written YYYY-MM-DD');
  });
});
