import { describe, expect, it } from 'vitest';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { readFonts } from '../../../src/load/fonts';
import { renderPdf } from '../../../src/formats/pdf/engine/render';
import { breakLongTokens, renderRuns } from '../../../src/formats/pdf/inline';
import { BRAND_FONT } from '../../../src/formats/pdf/theme';
import { readPdf } from '../../helpers/pdf';

const fonts = readFonts(process.cwd(), undefined);
const DATE = new Date(Date.UTC(2026, 5, 26, 12));

/** A document of `content` in `language`, set as the build sets text: Roboto 10 pt. */
function definition(language: string, content: Content[]): TDocumentDefinitions {
  return { language, content, defaultStyle: { font: BRAND_FONT, fontSize: 10, lineHeight: 1.25 }, pageMargins: [60, 60, 60, 60] };
}

/** Text in a one-column table `width` points wide, as the PDF stage renders a cell's runs. */
function narrowCell(text: string, width: number): Content {
  return { table: { widths: [width], body: [[{ text: renderRuns([{ text }], '#1A5FB4') }]] }, layout: 'noBorders' };
}

/** The lines of the first page's text, as pdf.js reads them back. */
async function lines(language: string, content: Content[]): Promise<string[]> {
  const pdf = await renderPdf(() => definition(language, content), fonts, DATE);
  return (await readPdf(pdf.bytes)).pages[0].split('\n').filter((line) => line.trim() !== '');
}

/**
 * The word back from its broken form, as pdf.js's find joins it: a hyphen at a line end between two
 * lowercase letters is the line breaker's and goes; any other line end is dropped.
 */
const rejoin = (broken: readonly string[]) => broken.join('\n').replace(/(\p{Ll})-\n(?=\p{Ll})/gu, '$1').replace(/\n/g, '');

describe('hyphenation in a narrow table cell', () => {
  const WORDS: [string, string][] = [
    ['de', 'Auftragsverarbeitungsvertrag'],
    ['de', 'Unterauftragsverarbeiter'],
    ['en', 'responsibilities'],
    ['en', 'confidentiality'],
  ];

  it.each(WORDS)('breaks the %s word %s only at shown hyphens, and it reads back whole', async (language, word) => {
    const broken = await lines(language, [narrowCell(word, 50)]);
    expect(broken.length, broken.join(' | ')).toBeGreaterThan(1);
    for (const line of broken.slice(0, -1)) expect(line, broken.join(' | ')).toMatch(/\p{Ll}-$/u);
    expect(rejoin(broken)).toBe(word);
  });

  it('breaks a compound after its own hyphen without adding one there, and hyphenates its parts', async () => {
    const broken = await lines('de', [narrowCell('Datenschutz-Grundverordnung', 60)]);
    expect(broken[0]).toBe('Datenschutz-');
    expect(broken.slice(1, -1).every((line) => /\p{Ll}-$/u.test(line)), broken.join(' | ')).toBe(true);
    expect(rejoin(broken)).toBe('Datenschutz-Grundverordnung');
  });

  it.each([
    ['an e-mail address', 'security@northwind-analytics.example'],
    ['a URL', 'https://www.northwind-analytics.example/legal/datenschutz_hinweise/privacy'],
  ])('breaks %s only after / . @ - _, with no hyphen added', async (_, address) => {
    const broken = await lines('de', [narrowCell(address, 60)]);
    expect(broken.length).toBeGreaterThan(2);
    for (const line of broken.slice(0, -1)) expect(line, broken.join(' | ')).toMatch(/[/.@\-_]$/);
    expect(broken.join('')).toBe(address);
  });

  it('leaves prose at full width unhyphenated, and hyphenates the same words where a column is narrow', async () => {
    const prose = 'The responsibilities for confidentiality, availability and the documentation of subprocessors are described here. '.repeat(8);
    const wide = await lines('en', [{ text: renderRuns([{ text: prose }], '#1A5FB4') }]);
    expect(wide.length).toBeGreaterThan(5);
    expect(wide.filter((line) => /\p{Ll}-$/u.test(line))).toEqual([]);
    const narrow = await lines('en', [narrowCell(prose, 110)]);
    expect(narrow.filter((line) => /\p{Ll}-$/u.test(line)).length).toBeGreaterThan(0);
  });

  it('never hyphenates code, in a span or a block, and cuts it where it must as before', async () => {
    const span = await lines('de', [{ table: { widths: [50], body: [[{ text: renderRuns([{ text: 'Auftragsverarbeitungsvertrag', code: true }], '#1A5FB4') }]] } }]);
    const block = await lines('de', [{ table: { widths: [50], body: [[{ text: 'Auftragsverarbeitungsvertrag', style: 'code', preserveLeadingSpaces: true }]] } }]);
    for (const broken of [span, block]) {
      expect(broken.some((line) => line.endsWith('-')), broken.join(' | ')).toBe(false);
      expect(broken.join('')).toBe('Auftragsverarbeitungsvertrag');
    }
  });

  it('takes a line break in the text for the end of the line, not for a word that did not fit', async () => {
    expect(await lines('de', [{ text: 'Kurz\nAuftragsverarbeitungsvertrag' }])).toEqual(['Kurz', 'Auftragsverarbeitungsvertrag']);
  });

  it('hyphenates nothing in a language without patterns, and cuts a word wider than the cell as before', async () => {
    const broken = await lines('fr', [narrowCell('Auftragsverarbeitungsvertrag', 50)]);
    expect(broken.some((line) => line.endsWith('-'))).toBe(false);
    expect(broken.join('')).toBe('Auftragsverarbeitungsvertrag');
  });
});

describe('long tokens', () => {
  const HASH = (n: number) => Array.from({ length: n }, (_, i) => 'abcdef0123456789'[(i * 7 + (i >> 4)) % 16]).join('');

  it('cut a hash every 20 characters, with a word joiner after each cut so that no piece is hyphenated', () => {
    expect(breakLongTokens(`sha ${HASH(45)} end`)).toBe(`sha ${HASH(45).slice(0, 20)}\u200B\u2060${HASH(45).slice(20, 40)}\u200B\u2060${HASH(45).slice(40)} end`);
    expect(breakLongTokens('an ordinary sentence of words')).toBe('an ordinary sentence of words');
    expect(breakLongTokens('Datenschutz-Grundverordnung')).toBe('Datenschutz-Grundverordnung');
  });

  it('lay out in time linear in their length: 8,000 characters take about four times as long as 2,000', async () => {
    const time = async (n: number) => {
      const token = HASH(n);
      const letters = 'Auftragsverarbeitungsvertrag'.repeat(Math.ceil(n / 28)).slice(0, n);
      const start = process.hrtime.bigint();
      const pdf = await renderPdf(() => definition('de', [narrowCell(token, 60), narrowCell(letters, 60)]), fonts, DATE);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const text = (await readPdf(pdf.bytes)).pages.join('').replace(/\s+/g, '');
      expect(text).toContain(token);
      expect(text).toContain(letters);
      return seconds;
    };
    await time(500); // warm-up: fonts and patterns loaded
    const short = Math.min(await time(2000), await time(2000));
    const long = Math.min(await time(8000), await time(8000));
    // Quadratic layout would take 16 times as long; a generous bound for a loaded machine.
    expect(long / short).toBeLessThan(8);
  }, 120_000);
});
