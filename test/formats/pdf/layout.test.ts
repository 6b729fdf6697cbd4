import { describe, expect, it } from 'vitest';
import { readFonts } from '../../../src/load/fonts';
import { renderPdf } from '../../../src/formats/pdf/engine/render';
import { normalise, readPdf } from '../../helpers/pdf';
import { renderInput, section, whitepaperDefinition } from './helpers';

const fonts = readFonts(process.cwd(), undefined);
const DATE = new Date(Date.UTC(2026, 5, 26, 12));

/** A whitepaper whose body is `filler` paragraphs followed by `tail`. */
async function render(fillers: number, tail: string) {
  const filler = Array.from({ length: fillers }, (_, i) => `Filler paragraph ${i + 1}.`).join('\n\n');
  const input = renderInput();
  const pdf = await renderPdf(() => whitepaperDefinition(input, [section(`# Body\n\n${filler}\n\n${tail}`)]), fonts, DATE);
  return { pdf, facts: await readPdf(pdf.bytes) };
}

describe('page layout', () => {
  it('never leaves a heading and the sentence introducing a table alone at the foot of a page', async () => {
    const tail = '## Controls heading\n\nThe matrix below lists every control.\n\n::controls';
    // Whatever the amount of text before it, the heading shares its page with the table's header row.
    for (let fillers = 24; fillers <= 36; fillers += 1) {
      const { facts } = await render(fillers, tail);
      const page = facts.pages.slice(2).map(normalise).find((p) => p.includes('Controls heading'))!;
      expect(page, `${fillers} fillers`).toContain('Control area');
    }
  }, 60_000);

  it('reports the page count that the PDF has', async () => {
    const { pdf, facts } = await render(60, 'The end.');
    expect(pdf.pages).toBe(facts.pages.length);
  });

  it('renders the same bytes twice for the same input', async () => {
    const a = await render(5, 'The end.');
    const b = await render(5, 'The end.');
    expect(a.pdf.bytes.equals(b.pdf.bytes)).toBe(true);
  });
});
