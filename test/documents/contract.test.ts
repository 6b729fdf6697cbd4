import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderedDocument } from '../../src/commands/documents';
import { stampText } from '../../src/commands/editions';
import { check } from '../checks/helpers';
import { docxParts, pick, renderFixture, xmlText } from '../formats/docx/helpers';
import { CONFIG } from '../load/fixtures';
import { normalise, outlineTitles, readPdf } from '../helpers/pdf';
import { readPdfText } from '../helpers/pdf-fonts';
import { testdir } from '../helpers/testdir';

// A contract template as the content contract asks for it: plain headings and paragraphs, no typed number.
const NDA = `# Mutual Non-Disclosure Agreement

This agreement is made between:

1. **{{company.legalName}}** ("**{{company.name}}**"); and
2. the organisation named below (the "**Counterparty**").

::field{label="Counterparty legal name" key="counterparty.name"}

## Purpose

The Parties mean to share information.

## Confidentiality

"**Confidential Information**" means what the Discloser shares.

It does not include information that:

- is public; or
- the Recipient already knew, because it:
  - developed it; or
  - bought it.

### Duration

The duties in [clause](#confidentiality) last two years.

## Signatures

Signed by both Parties.

::signatures
`;

/** The same template with a clause inserted before the one the cross-reference points to. */
const INSERTED = NDA.replace('## Confidentiality', '## Definitions\n\nWords have their plain meaning.\n\n## Confidentiality');

const SUBPROCESSORS = `- name: Cloud Host GmbH
  purpose: Hosting
  data: All customer data
  location: Germany
  website: https://cloud.example
  address: Hauptstraße 1, 10115 Berlin, Germany
  contact: Data protection officer, dpo@cloud.example
  processing: Runs the servers the service uses
  transfer: No transfer outside the EEA
- name: Mail Inc.
  purpose: Sending e-mail
  data: Names and e-mail addresses
  location: United States
`;

const DPA = `# Data Processing Agreement

## Scope

This DPA covers personal data.

## Signatures

::signatures

# Annex III: Sub-processors

::subprocessors
`;

const EDITION = { recipient: 'Contoso Bank AG', documentId: 'TP-7K3M-9QXA', stamp: 'Prepared for Contoso Bank AG on 30 November 2026 · ID TP-7K3M-9QXA' };

async function render(nda: string, edition?: typeof EDITION, extra: Record<string, string> = {}): Promise<RenderedDocument[]> {
  return renderFixture({ 'content/legal/nda.md': nda, 'content/legal/dpa.md': DPA, 'content/subprocessors.yaml': SUBPROCESSORS, ...extra }, edition);
}

describe('a contract numbered by the tool', async () => {
  const documents = await render(NDA, EDITION);
  const pdf = pick(documents, 'Mutual-NDA.pdf');
  const text = normalise((await readPdf(pdf)).text);

  it('numbers clauses 1, 1.1 and 2.1.1, sub-lists (a) and (i), and the parties (1), (2), from a template without numbers', () => {
    // pdfmake draws a list item's marker after its text, so a reader of the text stream sees it there.
    expect(text).toContain('Tesults Ltd (“Tesults”); and(1) the organisation named below (the “Counterparty”).(2)');
    expect(text).toContain('1 Purpose 1.1 The Parties mean to share information.');
    expect(text).toContain('2 Confidentiality 2.1 “Confidential Information” means what the Discloser shares. 2.2 It does not include information that: is public; or(a) the Recipient already knew, because it:(b) developed it; or(i) bought it.(ii)');
    expect(text).toContain('2.3 Duration 2.3.1 The duties in clause 2 last two years.');
  });

  it('leaves the signature section and the title unnumbered', () => {
    expect(text).toContain('Signatures Signed by both Parties.');
    expect(text).not.toMatch(/\d Signatures/);
    expect(text).toContain('Place');
  });

  it('prints a cross-reference with the number of the clause it points to, after a clause is inserted too', async () => {
    const inserted = normalise((await readPdf(pick(await render(INSERTED), 'Mutual-NDA.pdf'))).text);
    expect(inserted).toContain('2 Definitions 2.1 Words have their plain meaning. 3 Confidentiality');
    expect(inserted).toContain('The duties in clause 3 last two years.');
  });

  it('sets a defined term in bold where it is defined, and the definition around it in the regular face', async () => {
    const { items } = await readPdfText(pdf);
    const term = items.find((i) => i.text === 'Confidential Information');
    expect(term?.font).toMatch(/Roboto-Medium$/);
    expect(items.find((i) => i.text.includes('means what the Discloser shares'))?.font).toMatch(/Roboto-Regular$/);
  });

  it('prints the edition stamp once on every page, naming the recipient, without the classification', async () => {
    const { pages } = await readPdf(pdf);
    for (const page of pages) expect(normalise(page).split('Prepared for Contoso Bank AG on 30 November 2026 · ID TP-7K3M-9QXA')).toHaveLength(2);
    expect(text).not.toMatch(/provided (under|to)/i);
  });

  it('lists every Annex III detail of each sub-processor, the website as text, and "Not stated" for what the list leaves out', async () => {
    const dpa = normalise((await readPdf(pick(documents, 'DPA.pdf'))).text);
    expect(dpa).toContain('Subprocessor Description of processing Location Transfer mechanism');
    expect(dpa).toContain('Cloud Host GmbH Hauptstraße 1, 10115 Berlin, Germany Contact: Data protection officer, dpo@cloud.example https://cloud.example Runs the servers the service uses Data processed: All customer data Germany No transfer outside the EEA');
    expect(dpa).toContain('Mail Inc. Contact: Not stated Sending e-mail Data processed: Names and e-mail addresses United States Not stated');
  });

  it('carries the same numbers in the Word file, drawn by Word numbering from one multi-level list', async () => {
    const parts = await docxParts(pick(documents, 'Mutual-NDA.docx'));
    const document = parts.get('word/document.xml')!;
    const numbering = parts.get('word/numbering.xml')!;
    // The clause list: 1, 1.1, 1.1.1, each number in a hanging indent with a tab after it.
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*>(?:(?!<\/w:lvl>).)*<w:lvlText w:val="%1"\/>(?:(?!<\/w:lvl>).)*<w:ind w:left="760" w:hanging="760"\/>/s);
    expect(numbering).toContain('<w:lvlText w:val="%1.%2"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1.%2.%3"/>');
    expect(numbering).toContain('<w:lvlText w:val="(%1)"/>');
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
    expect(numbering).toContain('<w:numFmt w:val="lowerRoman"/>');
    const paragraphs = [...document.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]);
    const level = (start: string) => {
      const p = paragraphs.find((x) => xmlText(x).startsWith(start));
      return p && /<w:ilvl w:val="(\d)"\/>/.exec(p)?.[1];
    };
    expect(level('Purpose')).toBe('0');
    expect(level('The Parties mean')).toBe('1');
    expect(level('Duration')).toBe('1');
    expect(level('The duties in')).toBe('2');
    expect(xmlText(document)).toContain('The duties in clause\u00A02 last two years.');
    expect(level('is public')).toBe('0');
    expect(level('developed it')).toBe('1');
    expect(xmlText(document)).not.toMatch(/\b1\.1\b/);
    expect(document).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:t[^>]*>Confidential Information<\/w:t>/s);
  });
});

describe('a cross-reference to a clause that does not exist', () => {
  it('is an error at the link, with the clauses it could mean', () => {
    const nda = '# NDA\n\n## Confidentiality\n\nSee [clause](#confidentialty).\n';
    expect(check({ 'content/legal/nda.md': nda }).lines).toEqual([
      'content/legal/nda.md:5:5  error  Link to #confidentialty matches no heading in this document; link to a heading\'s anchor (its text in lower case, spaces as hyphens) (expected #confidentiality or #nda, found #confidentialty)  markdown/unknown-anchor',
    ]);
  });
});

describe('contents like a book', () => {
  it('prints section numbers in the body, the contents and the bookmarks with document.numbering, and a dotted leader per entry', async () => {
    const config = CONFIG.replace('  classification: Confidential\n', '  classification: Confidential\n  numbering: true\n');
    const sections = {
      'content/trust-package.yaml': config,
      'content/sections/01-overview.md': '# Overview\n\nText.\n\n## Scope\n\nMore.\n\n### Detail\n\nAnd more.\n',
      'content/sections/02-access.md': '# Access\n\nWho gets in.\n\n## Reviews\n\nQuarterly.\n',
    };
    const documents = await renderFixture(sections);
    const bytes = pick(documents, 'Security-Overview-2026-06-26.pdf');
    const pdf = await readPdf(bytes);
    expect(normalise(pdf.pages[1])).toMatch(/^Contents 1 Overview 3 1\.1 Scope 3 2 Access 3 2\.1 Reviews 3 /);
    expect(normalise(pdf.pages[2])).toContain('1 Overview Text. 1.1 Scope More. 1.1.1 Detail And more. 2 Access');
    // An en space stands between number and title, as in the contents.
    expect(outlineTitles(pdf.outline)).toEqual(['1\u2002Overview', '1.1\u2002Scope', '1.1.1\u2002Detail', '2\u2002Access', '2.1\u2002Reviews']);
    const { drawings } = await readPdfText(bytes);
    expect(drawings[1].dashes).toBeGreaterThanOrEqual(4);
  });

  it('leaves the headings unnumbered by default', async () => {
    const pdf = await readPdf(pick(await renderFixture({ 'content/sections/01-overview.md': '# Overview\n\nText.\n' }), 'Security-Overview-2026-06-26.pdf'));
    expect(normalise(pdf.pages[1])).toMatch(/^Contents Overview 3/);
  });
});

describe('the stamp of a recipient edition', () => {
  it('reads "Prepared for" with the date and ID, in English and German, and leaves the classification out', () => {
    const en = { document: { classification: 'Provided under NDA', language: 'en' }, strings: {} } as Parameters<typeof stampText>[0];
    const de = { document: { classification: 'Vertraulich', language: 'de' }, strings: {} } as Parameters<typeof stampText>[0];
    expect(stampText(en, 'Contoso Bank AG', '2026-11-30', 'TP-1')).toBe('Prepared for Contoso Bank AG on 30 November 2026 · ID TP-1');
    expect(stampText(de, 'Contoso Bank AG', '2026-11-30', 'TP-1')).toBe('Erstellt für Contoso Bank AG am 30. November 2026 · ID TP-1');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice) console.warn('skipping the LibreOffice test of the contract numbering: soffice is not installed (Debian: libreoffice-writer-nogui)');

describe.skipIf(!soffice)('the Word contract opened in LibreOffice', () => {
  it('shows the clause numbers, sub-list markers and cross-reference the PDF shows', async () => {
    const dir = testdir({});
    fs.writeFileSync(path.join(dir, 'nda.docx'), pick(await render(NDA), 'Mutual-NDA.docx'));
    const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'nda.docx')], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    const text = normalise((await readPdf(path.join(dir, 'nda.pdf'))).text);
    expect(text).toContain('1 Purpose 1.1 The Parties mean to share information.');
    expect(text).toContain('(a) is public; or (b) the Recipient already knew, because it: (i) developed it; or (ii) bought it.');
    expect(text).toContain('2.3 Duration 2.3.1 The duties in clause 2 last two years.');
  }, 150_000);
});
