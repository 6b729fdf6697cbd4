import type { Face } from './texts';

/** Parses a font file's bytes: the command layer passes the renderer's, so both share one parse. */
export type FontOpener = (bytes: Buffer) => ReturnType<typeof import('fontkit').create>;

/** What one face of the font family can draw, or why it could not be read. */
export type FaceCoverage = { file: string; codePoints: ReadonlySet<number> } | { file: string; error: string };

/** Coverage of each face that could be read; a face whose file is missing is left out (the config rules report it). */
export type FontCoverage = Partial<Record<Face, FaceCoverage>>;

/**
 * Opens each face with fontkit and collects its code points. Takes the bytes the loader read (see
 * load/fonts.ts readFontFaces): a face whose file could not be read is absent (the config rules report it).
 */
export function fontCoverage(faces: Partial<Record<Face, { file: string; bytes: Buffer }>>, openFont: FontOpener): FontCoverage {
  const coverage: FontCoverage = {};
  for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
    const read = faces[face];
    if (!read) continue;
    let entry = cache.get(read.bytes);
    if (!entry) {
      entry = open(read.file, read.bytes, openFont);
      cache.set(read.bytes, entry);
    }
    coverage[face] = entry;
  }
  return coverage;
}

// By Buffer: the loader reads each font file once per process, so the same file is the same Buffer.
const cache = new WeakMap<Buffer, FaceCoverage>();

function open(file: string, bytes: Buffer, openFont: FontOpener): FaceCoverage {
  try {
    const font = openFont(bytes);
    // A collection (TTC) has several fonts; pdfkit draws with the first.
    const first = 'fonts' in font ? font.fonts[0] : font;
    return { file, codePoints: new Set(first.characterSet) };
  } catch (error) {
    return { file, error: (error as Error).message };
  }
}
