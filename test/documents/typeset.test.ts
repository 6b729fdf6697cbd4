import { describe, expect, it } from 'vitest';
import { readFonts } from '../../src/load/fonts';
import { renderPdf } from '../../src/formats/pdf/engine/render';
import { typesetRuns } from '../../src/documents';
import { readPdf } from '../helpers/pdf';
import { CONFIG, renderInput, section, whitepaperDefinition } from '../formats/pdf/helpers';

const fonts = readFonts(process.cwd(), undefined);
const DATE = new Date(Date.UTC(2026, 5, 26, 12));

/** A whitepaper in `language` with one section of `markdown`, read back as text. */
async function rendered(markdown: string, language: string): Promise<string> {
  const input = renderInput();
  input.config = { ...CONFIG, document: { ...CONFIG.document, language } };
  const pdf = await renderPdf(() => whitepaperDefinition(input, [section(markdown)]), fonts, DATE);
  return (await readPdf(pdf.bytes)).text;
}

const MARKDOWN = [
  '# Body',
  '',
  `We say "it's kept" -- for 30 days... and 'safe'; see § 147 and Art. 28.`,
  '',
  'Run `make "x" -- y` or write to security@example.com or https://example.com/a--b.',
  '',
  '| Term | Value |',
  '|---|---|',
  '| "Quoted" cell | 5 GB |',
].join('\n');

describe('typographic text in the PDF', () => {
  it('sets English quotes, dashes, ellipses and ties, and leaves code, addresses and URLs alone', async () => {
    const text = await rendered(MARKDOWN, 'en');
    expect(text).toContain('We say \u201Cit\u2019s kept\u201D \u2013 for 30');
    expect(text).toMatch(/30[\u00A0 ]days\u2026 and \u2018safe\u2019; see §[\u00A0 ]147 and Art\.[\u00A0 ]28\./);
    expect(text).toContain('make "x" -- y');
    expect(text).toContain('security@example.com');
    expect(text).toContain('https://example.com/a--b');
    expect(text).toContain('\u201CQuoted\u201D cell');
    expect(text).not.toContain('"Quoted"');
  }, 30_000);

  it('sets German quotes for a German document', async () => {
    const text = await rendered(MARKDOWN, 'de');
    expect(text).toContain('We say \u201Eit\u2019s kept\u201C \u2013 for 30');
    expect(text).toContain('\u201Asafe\u2018');
    expect(text).toContain('\u201EQuoted\u201C cell');
  }, 30_000);

  it('pairs quotes across runs and keeps code runs as written', () => {
    const runs = typesetRuns([{ text: 'the "' }, { text: 'bold', bold: true }, { text: '" and ' }, { text: '"code"', code: true }, { text: '"' }], { language: 'en' });
    expect(runs.map((r) => r.text)).toEqual(['the \u201C', 'bold', '\u201D and ', '"code"', '\u201D']);
  });

  it('keeps straight quotes when the brand font has no curly ones', () => {
    const draws = (char: string) => !'\u201C\u201D\u2018\u2019'.includes(char);
    const runs = typesetRuns([{ text: `"it's" -- ok` }], { language: 'en', draws });
    expect(runs[0].text).toBe(`"it's" \u2013 ok`);
  });
});
