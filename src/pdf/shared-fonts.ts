import path from 'node:path';

/** fontkit's entry point, as far as pdfkit uses it. */
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): unknown;
}

let installed = false;

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
 * returns whether it is in effect (false if pdfkit was already loaded, which only costs speed).
 */
export function shareParsedFonts(): boolean {
  if (installed) return true;
  const resolveFrom = (id: string, from: string) => require.resolve(id, { paths: [from] });
  const pdfmakeDir = path.dirname(require.resolve('pdfmake/package.json'));
  const pdfkitDir = path.dirname(resolveFrom('pdfkit/package.json', pdfmakeDir));
  if (require.cache[resolveFrom('pdfkit', pdfmakeDir)]) return false;
  const fontkitPath = resolveFrom('fontkit', pdfkitDir);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fontkit = require(fontkitPath) as Fontkit;
  const entry = require.cache[fontkitPath];
  if (!entry) return false;
  const parsed = new WeakMap<Uint8Array, unknown>();
  const shared: Fontkit = {
    ...fontkit,
    create(buffer, postscriptName) {
      // A collection (TTC) is asked for one of its fonts by name: not the case to share.
      if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
      let font = parsed.get(buffer);
      if (!font) {
        font = fontkit.create(buffer);
        parsed.set(buffer, font);
      }
      return font;
    },
  };
  entry.exports = shared;
  installed = true;
  return true;
}
