import type { Position } from '../diagnostics';
import type { FaceCoverage } from './font-coverage';
import type { LintRule } from './rule';
import type { Face } from './texts';

// White space and control characters are layout, not glyphs; U+200B is the renderer's own break hint.
const NOT_DRAWN = /[\s\u0000-\u001F\u007F-\u009F\u200B]/u;

/** A character that no glyph of the configured font draws comes out as a box, silently: name it. */
export const missingGlyph: LintRule = {
  id: 'content/missing-glyph',
  check(ctx) {
    const fonts = ctx.settings.fonts;
    if (!fonts) return;
    const missing = new Map<string, Face[]>();
    const lacking = (char: string): Face[] => {
      let faces = missing.get(char);
      if (!faces) {
        const cp = char.codePointAt(0) ?? 0;
        faces = (Object.entries(fonts) as [Face, FaceCoverage][]).filter(([, c]) => 'codePoints' in c && !c.codePoints.has(cp)).map(([f]) => f);
        missing.set(char, faces);
      }
      return faces;
    };
    // One finding per character and file, at its first place, with a count of the others.
    const found = new Map<string, { at: Position; item: string; faces: Face[]; count: number }>();
    for (const item of ctx.texts) {
      let index = 0;
      for (const char of item.text) {
        const at = index;
        index += char.length;
        if (item.faces.length === 0 || NOT_DRAWN.test(char)) continue;
        const faces = lacking(char).filter((f) => item.faces.includes(f));
        if (faces.length === 0) continue;
        const place = item.locate(at, char.length);
        const key = `${place.file}\u0000${char}`;
        const seen = found.get(key);
        if (seen) seen.count++;
        else found.set(key, { at: place, item: item.where, faces, count: 1 });
      }
    }
    for (const [key, f] of found) {
      const char = key.split('\u0000')[1];
      const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      const files = f.faces.map((face) => `${face} (${fonts[face]?.file})`).join(', ');
      const more = f.count > 1 ? ` It occurs ${f.count} times in this file.` : '';
      ctx.report(f.at, `The character ${JSON.stringify(char)} (${code}) in ${f.item} is not in the font, so it would print as an empty box.${more} Replace it, or set brand.fonts in trust-package.yaml to TTF or OTF files that include it`, {
        expected: `a character the font draws: ${files} lack${f.faces.length === 1 ? 's' : ''} it`,
        actual: code,
      });
    }
  },
};

/** A brand font file that is not a font would stop the build in the middle of rendering. */
export const fontInvalid: LintRule = {
  id: 'content/font-invalid',
  check(ctx) {
    for (const [face, coverage] of Object.entries(ctx.settings.fonts ?? {}) as [Face, FaceCoverage][]) {
      if (!('error' in coverage)) continue;
      const at = ctx.model.content.configPositions.of(`brand.fonts.${face}`);
      ctx.report(at, `brand.fonts.${face} names ${coverage.file}, which cannot be read as a font; point it at a valid TTF or OTF file`, {
        expected: 'a TrueType or OpenType font',
        actual: coverage.error,
      });
    }
  },
};
