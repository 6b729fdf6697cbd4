import { describe, expect, it } from 'vitest';
import { readFonts } from '../../../src/load/fonts';
import { renderPdf } from '../../../src/formats/pdf/engine/render';
import { normalise, readPdf } from '../../helpers/pdf';
import { renderInput, section, whitepaperDefinition } from './helpers';

const fonts = readFonts(process.cwd(), undefined);
const DATE = new Date(Date.UTC(2026, 5, 26, 12));

async function render(markdown: string) {
  const input = renderInput();
  const pdf = await renderPdf(() => whitepaperDefinition(input, [section(markdown)]), fonts, DATE);
  return readPdf(pdf.bytes);
}

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');

describe('table rows', () => {
  it('never splits a row shorter than a page across two pages', async () => {
    // A tall row (about 25 lines in its column) after a varying amount of text: wherever it falls, it stays whole.
    const row = `| Incident response | rowstart ${words(120, 'w')} rowend |`;
    // Without kept rows, 58 fillers split this row between the second and third body pages.
    for (let fillers = 54; fillers <= 62; fillers += 2) {
      const filler = Array.from({ length: fillers }, (_, i) => `Filler paragraph ${i + 1}.`).join('\n\n');
      const facts = await render(`# Body\n\n${filler}\n\n| Area | Detail |\n|---|---|\n| First | short |\n${row}\n| Last | short |`);
      const pages = facts.pages.map(normalise);
      const start = pages.findIndex((p) => p.includes('rowstart'));
      const end = pages.findIndex((p) => p.includes('rowend'));
      expect(start, `${fillers} fillers`).toBeGreaterThan(-1);
      expect(end, `${fillers} fillers`).toBe(start);
    }
  }, 120_000);

  it('still prints a row taller than a page whole, breaking it across pages', async () => {
    const facts = await render(`# Body\n\n| Area | Detail |\n|---|---|\n| Short | x |\n| Huge | hugestart ${words(1500, 'h')} hugeend |`);
    const text = normalise(facts.text);
    expect(text).toContain('hugestart');
    expect(text).toContain('h1499 hugeend');
    for (const i of [0, 500, 1000, 1499]) expect(text).toContain(`h${i} `);
  }, 60_000);
});
