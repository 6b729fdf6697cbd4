import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxFiles, docxParts, NDA, pick, renderFixture, renderProject, xmlText } from './helpers';
import { testdir } from '../../helpers/testdir';
import { check } from '../../checks/helpers';
import { CONFIG } from '../../load/fixtures';

const EDITION = { recipient: 'Acme Bank plc', documentId: 'TP-7K3M-9QXA', stamp: 'Provided to Acme Bank plc on 1 July 2026 · ID TP-7K3M-9QXA' };

/** The tables of a part, each as its XML. */
function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** The paragraphs of a part, each as its XML. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

describe('the Word editions', async () => {
  const documents = await renderFixture();
  const nda = await docxParts(pick(documents, '-Mutual-NDA.docx'));
  const dpa = await docxParts(pick(documents, '-DPA.docx'));
  const ndaBody = nda.get('word/document.xml') ?? '';
  const dpaBody = dpa.get('word/document.xml') ?? '';

  it('sit in the package next to the PDFs, named after the same stem, for the NDA and DPA only', () => {
    expect(documents.map((d) => d.path)).toEqual([
      'Tesults-Security-Overview-2026-06-26.pdf',
      'Tesults-Mutual-NDA.pdf',
      'Tesults-Mutual-NDA.docx',
      'Tesults-DPA.pdf',
      'Tesults-DPA.docx',
    ]);
  });

  it('number a contract\'s list items (a), (b), (c) with Word numbering, each list restarting, not with typed numbers', () => {
    const listed = paragraphs(ndaBody).filter((p) => p.includes('<w:pStyle w:val="ListParagraph"/><w:numPr>'));
    expect(listed.map(xmlText)).toEqual(['is public;', 'was already known; or', 'was developed independently.', 'its own records;', 'its own advisers.']);
    const numIds = listed.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]);
    expect(new Set(numIds.slice(0, 3)).size).toBe(1);
    expect(numIds[3]).not.toBe(numIds[0]);
    const numbering = nda.get('word/numbering.xml') ?? '';
    expect(numbering).toMatch(/<w:abstractNum [^>]*>[\s\S]*?<w:numFmt w:val="lowerLetter"\/><w:suff w:val="tab"\/><w:lvlText w:val="\(%1\)"\/>/);
  });

  it('number the clauses with Word numbering, 1 on the headings and 1.1 on every paragraph under them, instead of the typed numbers', () => {
    const numbered = paragraphs(ndaBody).filter((p) => /<w:pStyle w:val="(Heading2|Clause)"\/>(?:<w:keepNext\/>)?<w:numPr>/.test(p));
    expect(numbered.map((p) => [/<w:ilvl w:val="(\d)"\/>/.exec(p)?.[1], xmlText(p)])).toEqual([
      ['0', 'Parties'],
      ['1', 'This Agreement is made between Tesults Ltd and the organisation named below (see Term\u00A02).'],
      ['0', 'Term'],
      ['1', 'Information is not confidential if it:'],
      ['1', 'Each Party keeps:'],
      ['1', 'Questions go to our team.'],
    ]);
    const numbering = nda.get('word/numbering.xml') ?? '';
    expect(numbering).toMatch(/<w:lvl w:ilvl="1"[^>]*>(?:(?!<\/w:lvl>).)*<w:lvlText w:val="%1\.%2"\/>/);
    expect(new Set(numbered.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1])).size).toBe(1);
    expect(xmlText(ndaBody)).not.toMatch(/\b1\.1 /);
  });

  it('keep a typed clause number that is not the one the tool gives, so that the author sees both and fixes it', async () => {
    const skipped = NDA.replace('1.1 This Agreement', '1.2 This Agreement');
    const body = (await docxParts(pick(await renderFixture({ 'content/legal/nda.md': skipped }), '-Mutual-NDA.docx'))).get('word/document.xml') ?? '';
    expect(xmlText(body)).toContain('Parties1.2 This Agreement is made');
    const clause = paragraphs(body).find((p) => xmlText(p).startsWith('1.2 This Agreement'));
    expect(clause).toMatch(/<w:pStyle w:val="Clause"\/>(?:<w:keepNext\/>)?<w:numPr><w:ilvl w:val="1"\/>/);
  });

  it('style headings, bold terms and links with Word styles', () => {
    const styles = nda.get('word/styles.xml') ?? '';
    for (const id of ['Heading1', 'Heading2', 'Strong', 'Hyperlink', 'Quote', 'FieldLine', 'FieldLabel']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(ndaBody).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*>Parties</);
    expect(ndaBody).toMatch(/<w:rStyle w:val="Strong"\/><w:b\/>[\s\S]*?Template notice\./);
  });

  it('put PAGE and NUMPAGES fields, the frame text and no stamp in the footer of a package copy', () => {
    const footer = nda.get('word/footer1.xml') ?? '';
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(xmlText(footer)).toMatch(/^Template: not legal advice\tConfidential\tPage  of $/);
    expect(xmlText(nda.get('word/header1.xml') ?? '')).toBe('Tesults   Mutual Non-Disclosure Agreement\tCONFIDENTIAL');
  });

  it('hold no unresolved placeholder or directive in any part', () => {
    for (const parts of [nda, dpa]) {
      for (const [name, xml] of parts) {
        expect(xml, name).not.toContain('{{');
        expect(xml, name).not.toContain('::');
      }
    }
    expect(xmlText(ndaBody)).toContain('This Agreement is made between Tesults Ltd and the organisation');
  });

  it('list every subprocessor and control area of the DPA in tables whose header repeats and whose rows do not split', () => {
    const [controls, subprocessors] = tables(dpaBody).filter((t) => t.includes('<w:tblHeader/>'));
    for (const area of ['Data in transit', 'Access & identity', 'Audit logging']) expect(xmlText(controls)).toContain(area);
    for (const name of ['Amazon Web Services, Inc.', 'Société Générale & Fils', 'Zendesk, Inc.']) expect(xmlText(subprocessors)).toContain(name);
    for (const table of [controls, subprocessors]) {
      const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows.length).toBe(4);
      expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
      expect(rows.filter((row) => row.includes('<w:tblHeader/>'))).toHaveLength(1);
    }
  });

  it('print the DPA\'s sub-processor websites as text, since a link is lost on paper, and link external links with stable ids', () => {
    const rels = dpa.get('word/_rels/document.xml.rels') ?? '';
    expect(rels).not.toContain('relationships/hyperlink');
    expect(xmlText(dpaBody)).toContain('https://aws.amazon.com');
    const ndaRels = nda.get('word/_rels/document.xml.rels') ?? '';
    expect(ndaRels).toContain('Id="rIdTp1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.tesults.com/contact" TargetMode="External"');
    expect(ndaBody).toMatch(/<w:hyperlink [^>]*r:id="rIdTp1"[^>]*>(?:(?!<\/w:hyperlink>).)*our team/);
  });

  it('link to a heading of the same document through a bookmark on that heading', () => {
    const anchor = /<w:hyperlink [^>]*w:anchor="([^"]+)"[^>]*>(?:(?!<\/w:hyperlink>).)*>Term\u00A02</.exec(ndaBody)?.[1];
    expect(anchor).toBe('_Tp1');
    expect(ndaBody).toMatch(/<w:pStyle w:val="Heading2"\/><w:numPr>(?:(?!<\/w:pPr>).)*<\/w:numPr><\/w:pPr><w:bookmarkStart w:name="_Tp1" w:id="1"\/><w:r><w:t xml:space="preserve">Term<\/w:t><\/w:r><w:bookmarkEnd w:id="1"\/>/);
  });

  it('write fill-in fields as a line to write on, then its label', () => {
    const all = paragraphs(ndaBody);
    const label = all.findIndex((p) => xmlText(p) === 'Effective date');
    expect(all[label]).toContain('<w:pStyle w:val="FieldLabel"/>');
    expect(all[label - 1]).toContain('<w:pStyle w:val="FieldLine"/>');
    expect(xmlText(all[label - 1] ?? '')).toBe('');
  });

  it('keep a paragraph that introduces a fill-in line, list or table on the page with it', () => {
    const all = paragraphs(ndaBody);
    const lead = (text: string) => all.find((p) => xmlText(p).startsWith(text)) ?? '';
    expect(lead('Information is not confidential if it:')).toContain('<w:keepNext/>');
    expect(lead('This Agreement is made between')).toContain('<w:keepNext/>');
    expect(lead('Questions go to')).not.toContain('<w:keepNext/>');
  });

  it('set the signature blocks side by side in a two-column table, the company filled in', () => {
    const table = tables(ndaBody).find((t) => xmlText(t).includes('Signature'));
    expect(table).toBeDefined();
    const cells = (table ?? '').match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells).toHaveLength(2);
    expect(xmlText(cells[0] ?? '')).toMatch(/^For Tesults LtdTesults LtdParty \(legal name\)Signature/);
    expect(xmlText(cells[1] ?? '')).toMatch(/^For the CounterpartyParty \(legal name\)Signature/);
  });

  it('date the document properties with the document date, not the clock', () => {
    const core = nda.get('docProps/core.xml') ?? '';
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-26T12:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified xsi:type="dcterms:W3CDTF">2026-06-26T12:00:00Z<\/dcterms:modified>/);
    expect(core).toContain('<dc:title>Tesults Mutual Non-Disclosure Agreement</dc:title>');
  });
});

describe('a recipient edition in Word', async () => {
  const documents = await renderFixture({}, EDITION);
  const parts = await docxParts(pick(documents, '-DPA.docx'));

  it('prints the stamp in the footer of every page and fills in the counterparty', () => {
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const [, xml] of footers) expect(xmlText(xml)).toContain(EDITION.stamp);
    expect(xmlText(parts.get('word/document.xml') ?? '')).toContain('Acme Bank plc');
  });

  it('carries the document ID as a custom property and a keyword', () => {
    expect(parts.get('docProps/custom.xml')).toMatch(/name="DocumentID"><vt:lpwstr>TP-7K3M-9QXA<\/vt:lpwstr>/);
    expect(parts.get('docProps/core.xml')).toMatch(/<cp:keywords>[^<]*TP-7K3M-9QXA<\/cp:keywords>/);
  });
});

describe('fonts in the Word editions', () => {
  it('name the brand font family, read from its file, since Word cannot be handed the file itself', async () => {
    const roboto = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
    const face = (file: string) => fs.readFileSync(path.join(roboto, file));
    const fonts = '  fonts:\n    normal: assets/r.ttf\n    bold: assets/b.ttf\n    italics: assets/i.ttf\n    bolditalics: assets/bi.ttf\n';
    const docs = await renderFixture({
      'content/trust-package.yaml': CONFIG.replace('  accentColor: "#208479"\n', `  accentColor: "#208479"\n${fonts}`),
      'assets/r.ttf': face('Roboto-Regular.ttf'),
      'assets/b.ttf': face('Roboto-Medium.ttf'),
      'assets/i.ttf': face('Roboto-Italic.ttf'),
      'assets/bi.ttf': face('Roboto-MediumItalic.ttf'),
    });
    const styles = (await docxParts(pick(docs, '-DPA.docx'))).get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:rFonts w:ascii="Roboto" w:cs="Roboto" w:eastAsia="Roboto" w:hAnsi="Roboto"\/>/);
  });

  it('fall back to Calibri, which every copy of Word has, when the brand sets no fonts', async () => {
    const styles = (await docxParts(pick(await renderFixture(), '-DPA.docx'))).get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:docDefaults>(?:(?!<\/w:docDefaults>).)*<w:rFonts w:ascii="Calibri"/);
    expect(styles).toMatch(/<w:style w:type="character" w:styleId="CodeChar">(?:(?!<\/w:style>).)*<w:rFonts w:ascii="Consolas"/);
  });
});

describe('document.formats', () => {
  const withFormats = (formats: string) => docxFiles({ 'content/trust-package.yaml': CONFIG.replace('  classification: Confidential\n', `  classification: Confidential\n  formats: ${formats}\n`) });

  it('with [pdf] makes the package exactly as before: the three PDFs, byte for byte', async () => {
    const pdfOnly = await renderProject(testdir(withFormats('[pdf]')));
    const both = await renderFixture();
    expect(pdfOnly.map((d) => d.path)).toEqual(['Tesults-Security-Overview-2026-06-26.pdf', 'Tesults-Mutual-NDA.pdf', 'Tesults-DPA.pdf']);
    for (const doc of pdfOnly) expect(doc.bytes.equals(both.find((d) => d.path === doc.path)?.bytes ?? Buffer.alloc(0)), doc.path).toBe(true);
  });

  it('with [docx] keeps the whitepaper as a PDF, which has no Word edition, rather than drop it', async () => {
    const docs = await renderProject(testdir(withFormats('[docx]')));
    expect(docs.map((d) => d.path)).toEqual(['Tesults-Security-Overview-2026-06-26.pdf', 'Tesults-Mutual-NDA.docx', 'Tesults-DPA.docx']);
  });

  it('rejects a format it does not know, at its place in the file', () => {
    const { lines } = check({ 'content/trust-package.yaml': CONFIG.replace('  classification: Confidential\n', '  classification: Confidential\n  formats: [pdf, odt]\n') });
    expect(lines).toEqual([
      'content/trust-package.yaml:10:18  error  "document.formats[1]" has an unsupported value (expected one of "pdf", "docx", found "odt")  config/invalid-value',
    ]);
  });
});
