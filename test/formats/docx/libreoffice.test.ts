import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, type PdfFacts } from '../../helpers/pdf';
import { testdir } from '../../helpers/testdir';
import { docxFiles, pick, renderProject } from './helpers';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice) console.warn('skipping the LibreOffice tests of the Word editions: soffice is not installed (Debian: libreoffice-writer-nogui)');

/**
 * Converts .docx files to PDF with LibreOffice in one run, with a profile of its own so that runs never
 * share or lock one, and reads each PDF back.
 */
function convert(files: Record<string, Buffer>): Promise<Record<string, PdfFacts>> {
  const dir = testdir({});
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  const profile = `file://${path.join(dir, 'profile')}`;
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'pdf'), ...Object.keys(files).map((n) => path.join(dir, n))];
  const run = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return Promise.all(Object.keys(files).map(async (name) => [name, await readPdf(path.join(dir, 'pdf', name.replace(/\.docx$/, '.pdf')))] as const)).then(Object.fromEntries);
}

/** Text with the line breaks of the PDF's layout undone, so a phrase split across lines or cells still matches. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(!soffice)('the Word editions opened in LibreOffice', async () => {
  const documents = soffice ? await renderProject(testdir(docxFiles())) : [];
  const pdfs = soffice ? await convert({ 'nda.docx': pick(documents, '-Mutual-NDA.docx'), 'dpa.docx': pick(documents, '-DPA.docx') }) : {};

  it('show every subprocessor and control area in the DPA annexes', () => {
    const text = flat(pdfs['dpa.docx'].text);
    const annexes = text.slice(text.indexOf('Annex II'));
    for (const name of ['Amazon Web Services, Inc.', 'Société Générale & Fils', 'Zendesk, Inc.', 'Data in transit', 'Access & identity', 'Audit logging']) {
      expect(annexes).toContain(name);
    }
  });

  it('start each annex on a new page and number the pages with the fields', () => {
    const pages = pdfs['dpa.docx'].pages.map(flat);
    const annex = pages.findIndex((p) => p.includes('Annex II'));
    expect(annex).toBeGreaterThan(0);
    expect(pages[annex - 1]).not.toContain('Annex II');
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('show the signature blocks of the NDA with all their labels', () => {
    const text = flat(pdfs['nda.docx'].text);
    for (const label of ['For Tesults Ltd', 'For the Counterparty', 'Party (legal name)', 'Signature', 'Name of signatory', 'Title', 'Date', 'Place']) expect(text).toContain(label);
  });

  it('draw the clause numbers and the (a), (b) of sub-lists from Word numbering, as the PDF numbers them', () => {
    const text = flat(pdfs['nda.docx'].text);
    expect(text).toMatch(/1 Parties 1\.1 This Agreement is made between Tesults Ltd/);
    expect(text).toMatch(/2 Term 2\.1 Information is not confidential if it: \(a\) is public; \(b\) was already known; or \(c\) was developed independently\. 2\.2 Each Party keeps: \(a\) its own records;/);
  });

  it('leave no placeholder or directive in either document', () => {
    for (const pdf of Object.values(pdfs)) {
      expect(pdf.text).not.toContain('{{');
      expect(pdf.text).not.toContain('::');
    }
  });
});
