import { describe, expect, it } from 'vitest';
import { readFonts } from '../../src/load/fonts';
import { renderPdf } from '../../src/formats/pdf/engine/render';
import { addMonths } from '../../src/text/dates';
import { normalise, readPdf } from '../helpers/pdf';
import { CONFIG, renderInput, section, whitepaperDefinition } from '../formats/pdf/helpers';

const fonts = readFonts(process.cwd(), undefined);

describe('the document control block on the cover', () => {
  it('adds months to a date, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-06-26', 12)).toBe('2027-06-26');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('shows version, owner, approver and the next review date on the cover', async () => {
    const input = renderInput();
    input.config = { ...CONFIG, document: { ...CONFIG.document, version: '3.2', owner: 'Head of Security', approver: 'Chief Technology Officer', maxAgeMonths: 6 } };
    const pdf = await renderPdf(() => whitepaperDefinition(input, [section('# Body\n\nText.')]), fonts, new Date(Date.UTC(2026, 5, 26)));
    const cover = normalise((await readPdf(pdf.bytes)).pages[0]);
    expect(cover).toContain('DOCUMENT CONTROL');
    expect(cover).toMatch(/Version ?3\.2/);
    expect(cover).toMatch(/Owner ?Head of Security/);
    expect(cover).toMatch(/Approved by ?Chief Technology Officer/);
    expect(cover).toMatch(/Next review ?by 26 December 2026/);
  });

  it('shows only the next review when no owner, approver or version is set', async () => {
    const pdf = await renderPdf(() => whitepaperDefinition(renderInput(), [section('# Body\n\nText.')]), fonts, new Date(Date.UTC(2026, 5, 26)));
    const cover = normalise((await readPdf(pdf.bytes)).pages[0]);
    expect(cover).toMatch(/Next review ?by 26 June 2027/);
    expect(cover).not.toContain('Owner');
  });
});
