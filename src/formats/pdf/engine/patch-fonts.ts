/** A fontkit glyph: the characters it stands for become the PDF's ToUnicode map, which search and copy read. */
interface Glyph {
  codePoints: number[];
}

/** A parsed fontkit font, as far as glyph creation goes. */
interface ParsedFont {
  getGlyph?: (id: number, codePoints?: number[]) => Glyph | null;
}

/**
 * fontkit makes each glyph once per parsed font and keeps the characters it was first asked for. When
 * pdfkit embeds a composite glyph ("ñ"), the parts ("n", the tilde) are made without characters; with one
 * parse per document that came after all the document's text, but a later document sharing the parse
 * would get "n" with no characters, and its text could not be searched or copied. So a glyph made
 * without characters takes them from the first caller that has them, as it would have in a fresh parse.
 */
function keepGlyphCharacters<T>(font: T): T {
  const parsed = font as ParsedFont;
  const getGlyph = parsed.getGlyph;
  if (typeof getGlyph !== 'function') return font;
  parsed.getGlyph = function (this: ParsedFont, id: number, codePoints: number[] = []) {
    const glyph = getGlyph.call(this, id, codePoints);
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
  return font;
}

/** fontkit's entry point, as far as pdfkit uses it. */
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): unknown;
}

/** Where the two libraries' entry files are: pdfkit as pdfmake loads it, fontkit as pdfkit loads it. */
export interface FontLibraryPaths {
  pdfkit: string;
  fontkit: string;
}

/**
 * Makes pdfkit parse each font once per process instead of once per document (and again for each
 * relayout). pdfkit calls `fontkit.create(bytes)` whenever a document first uses a face; the parsed
 * font is immutable (its caches of glyphs and layout tables only fill up), while everything that is
 * per document (the subset, widths and ToUnicode map that get embedded) lives in pdfkit's own
 * EmbeddedFont, which stays fresh. So pdfkit gets the same parsed font for the same bytes, and the
 * PDFs come out byte for byte the same.
 *
 * pdfkit takes fontkit's exports when it loads, and fontkit's exports cannot be redefined, so this
 * hands pdfkit a copy whose `create` remembers: it must run before pdfkit is first required. It
 * returns whether it took effect (false if pdfkit was already loaded, which only costs speed).
 * Installed through patches.ts only, which checks the versions first.
 */
export function shareParsedFonts(paths: FontLibraryPaths): boolean {
  if (require.cache[paths.pdfkit]) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fontkit = require(paths.fontkit) as Fontkit;
  const entry = require.cache[paths.fontkit];
  if (!entry) return false;
  const parsed = new WeakMap<Uint8Array, unknown>();
  const shared: Fontkit = {
    ...fontkit,
    create(buffer, postscriptName) {
      // A collection (TTC) is asked for one of its fonts by name: not the case to share.
      if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
      let font = parsed.get(buffer);
      if (!font) {
        font = keepGlyphCharacters(fontkit.create(buffer));
        parsed.set(buffer, font);
      }
      return font;
    },
  };
  entry.exports = shared;
  return true;
}
