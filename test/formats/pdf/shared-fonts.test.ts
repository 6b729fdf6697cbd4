import { describe, expect, it } from 'vitest';
import { readFonts } from '../../../src/load/fonts';
import { renderPdf } from '../../../src/formats/pdf/engine/render';
import { normalise, readPdf } from '../../helpers/pdf';
import { renderInput, section, whitepaperDefinition } from './helpers';

// Documents share one parsed font per process. Embedding "ñ" (n plus a tilde) also makes the font
// create the plain "n" glyph, as a component, without its character; a later document that prints "n"
// in the same face must still map it to "n", or readers cannot search or copy the word.
describe('fonts shared across documents', () => {
  it('keep the characters of glyphs that an earlier document embedded only as parts of others', async () => {
    const fonts = readFonts(process.cwd(), undefined);
    const date = new Date(Date.UTC(2026, 5, 26, 12));
    const input = renderInput();
    await renderPdf(() => whitepaperDefinition(input, [section('# Body\n\n*ñ*')]), fonts, date);
    const second = await renderPdf(() => whitepaperDefinition(input, [section('# Body\n\n*nnn iiin*')]), fonts, date);
    expect(normalise((await readPdf(second.bytes)).text)).toContain('nnn iiin');
  });
});
