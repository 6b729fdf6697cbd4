import { describe, expect, test } from 'vitest';
import { CONFIG } from '../load/fixtures';
import { normalise, readPdf } from '../helpers/pdf';
import { readZip } from '../../src/package/unzip';
import { render } from './helpers';

const NAME = `A&B <Sec> "Qüotes" 'Ünïcödé'`;
const TITLE = 'Sécurité & Conformité \u200Fmark';
const config = CONFIG.replace('name: Tesults', `name: '${NAME.replace(/'/g, "''")}'`).replace('title: Security and Compliance Overview', `title: "${TITLE}"`);

describe('metadata and text with markup characters, quotes, marks and non-ASCII', () => {
  test('the Word editions escape the name in their properties and running header', async () => {
    const { documents } = await render({ 'content/trust-package.yaml': config });
    const nda = documents.find((d) => d.path.endsWith('-Mutual-NDA.docx'));
    const parts = new Map((await readZip(nda!.bytes, 'nda')).map((f) => [f.path, f.bytes.toString('utf8')]));
    const escaped = NAME.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
    expect(parts.get('docProps/core.xml')).toContain(`<dc:title>${escaped} Mutual Non-Disclosure Agreement</dc:title>`);
    expect(parts.get('word/header1.xml')).toContain(`>${escaped}</w:t>`);
  });

  test('every PDF is valid and its metadata reads back exactly', async () => {
    const { documents } = await render({ 'content/trust-package.yaml': config });
    const pdfs = documents.filter((d) => d.path.endsWith('.pdf'));
    expect(pdfs).toHaveLength(3);
    const [whitepaper, nda, dpa] = await Promise.all(pdfs.map((d) => readPdf(d.bytes)));
    expect(whitepaper.info.Title).toBe(`${NAME} ${TITLE}`);
    expect(whitepaper.info.Author).toBe(NAME);
    expect(whitepaper.info.Subject).toBe(`${TITLE} of ${NAME}`);
    expect(nda.info.Title).toBe(`${NAME} Mutual Non-Disclosure Agreement`);
    expect(dpa.info.Author).toBe(NAME);
  });

  test('the same characters in text read back from the page', async () => {
    const { documents } = await render({
      'content/trust-package.yaml': config,
      'content/sections/01-overview.md': '# Overview\n\nR&amp;D, a < b > c, "double" and \'single\' quotes, naïve café © {{company.name}}.\n',
    });
    const text = normalise((await readPdf(documents[0].bytes)).text);
    // Prose is set typographically (curly quotes), a name placed into it too; the running header keeps the name as written.
    const curled = NAME.replace('"Qüotes"', '\u201CQüotes\u201D').replace("'Ünïcödé'", '\u2018Ünïcödé\u2019');
    expect(text).toContain(`R&D, a < b > c, \u201Cdouble\u201D and \u2018single\u2019 quotes, naïve café © ${curled}.`);
    expect(text).toContain(`${NAME} Sécurité & Conformité`);
  });

  test('a right-to-left mark in a drawn setting is caught before it becomes a box', async () => {
    const { lines } = await render({ 'content/trust-package.yaml': config });
    expect(lines).toEqual([
      'content/trust-package.yaml:7:10  error  The character "\u200F" (U+200F) in the setting document.title is not in the font, so it would print as an empty box. Replace it, or set brand.fonts in trust-package.yaml to TTF or OTF files that include it (expected a character the font draws: normal (Roboto-Regular.ttf), bold (Roboto-Medium.ttf) lack it, found U+200F)  content/missing-glyph',
    ]);
  });
});
