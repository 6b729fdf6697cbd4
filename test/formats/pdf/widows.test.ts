import { describe, expect, it } from 'vitest';
import { readFonts } from '../../../src/load/fonts';
import { renderPdf } from '../../../src/formats/pdf/engine/render';
import { readPdf } from '../../helpers/pdf';
import { renderInput, section, whitepaperDefinition } from './helpers';

const fonts = readFonts(process.cwd(), undefined);
const DATE = new Date(Date.UTC(2026, 5, 26, 12));
/** A paragraph of distinct words (w0 ... w69): four lines at full width. */
const PARAGRAPH = Array.from({ length: 70 }, (_, i) => `w${i}`).join(' ');
/** Lines the paragraph takes at full width. */
const LINES = 4;
const isParagraphLine = (line: string) => /\bw\d+\b/.test(line);

/**
 * How many of the paragraph's lines each page holds, after 24 one-line paragraphs and one of `lines`
 * lines (hard line breaks): each line more moves the paragraph down by exactly one line.
 */
async function linesPerPage(lines: number): Promise<number[]> {
  const filler = Array.from({ length: 24 }, (_, i) => `Filler paragraph ${i + 1}.`).join('\n\n');
  const shifter = Array.from({ length: lines }, (_, i) => `Line ${i + 1}`).join('\\\n');
  const body = `# Body\n\n${filler}\n\n${shifter}\n\n${PARAGRAPH}\n\nThe end.`;
  const pdf = await renderPdf(() => whitepaperDefinition(renderInput(), [section(body)]), fonts, DATE);
  const { pages } = await readPdf(pdf.bytes);
  return pages.map((page) => page.split('\n').filter(isParagraphLine).length).filter((n) => n > 0);
}

describe('widow and orphan control', () => {
  it('never leaves one line of a paragraph alone at the foot or the head of a page, wherever the page break falls', async () => {
    const seen: number[][] = [];
    // Consecutive counts put the page break before the paragraph and after each of its lines.
    // Without the control, 5 lines leave a widow (3 + 1) and 7 an orphan (1 + 3).
    for (let fillers = 1; fillers <= 10; fillers++) {
      const split = await linesPerPage(fillers);
      seen.push(split);
      expect(split.reduce((a, b) => a + b, 0), `${fillers} lines before: the paragraph's lines`).toBe(LINES);
      for (const lines of split) expect(lines, `${fillers} lines before: ${split.join(' + ')}`).toBeGreaterThanOrEqual(2);
    }
    // The counts did move the break through the paragraph: it was split, and it was kept whole.
    expect(seen.some((s) => s.length === 2)).toBe(true);
    expect(seen.some((s) => s.length === 1)).toBe(true);
  }, 120_000);

  it('carries a second line over rather than leave a widow, and moves a paragraph whole rather than leave an orphan', async () => {
    // As laid out by pdfmake alone: 3 + 1 after 5 lines, 1 + 3 after 7.
    expect(await linesPerPage(5)).toEqual([2, 2]);
    expect(await linesPerPage(7)).toEqual([4]);
  }, 60_000);
});
