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

/** How many of the paragraph's lines each page holds, for `fillers` one-line paragraphs before it. */
async function linesPerPage(fillers: number): Promise<number[]> {
  const filler = Array.from({ length: fillers }, (_, i) => `Filler paragraph ${i + 1}.`).join('\n\n');
  const body = `# Body\n\n${filler}\n\n${PARAGRAPH}\n\nThe end.`;
  const pdf = await renderPdf(() => whitepaperDefinition(renderInput(), [section(body)]), fonts, DATE);
  const { pages } = await readPdf(pdf.bytes);
  return pages.map((page) => page.split('\n').filter(isParagraphLine).length).filter((n) => n > 0);
}

describe('widow and orphan control', () => {
  it('never leaves one line of a paragraph alone at the foot or the head of a page, wherever the page break falls', async () => {
    const seen: number[][] = [];
    // One filler more moves the paragraph down by about a line: 8 consecutive counts put the page break
    // after each of its lines and before it.
    for (let fillers = 28; fillers <= 36; fillers++) {
      const split = await linesPerPage(fillers);
      seen.push(split);
      expect(split.reduce((a, b) => a + b, 0), `${fillers} fillers: the paragraph's lines`).toBe(LINES);
      for (const lines of split) expect(lines, `${fillers} fillers: ${split.join(' + ')}`).toBeGreaterThanOrEqual(2);
    }
    // The counts did move the break through the paragraph: it was split, and it was kept whole.
    expect(seen.some((s) => s.length === 2)).toBe(true);
    expect(seen.some((s) => s.length === 1)).toBe(true);
  }, 120_000);
});
