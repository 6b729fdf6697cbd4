import path from 'node:path';
import type { FontFiles } from '../load/types';
import { defaultFontFiles, readFontFile } from '../load/fonts';
import { openFont } from '../formats/pdf/engine/libraries';
import type { Face } from './texts';

/** What one face of the font family can draw, or why it could not be read. */
export type FaceCoverage = { file: string; codePoints: ReadonlySet<number> } | { file: string; error: string };

/** Coverage of each face that could be read; a face whose file is missing is left out (the config rules report it). */
export type FontCoverage = Partial<Record<Face, FaceCoverage>>;

const cache = new Map<string, FaceCoverage>();

/** Opens the brand fonts (or Roboto) with fontkit and collects each face's code points, once per file and size. */
export function fontCoverage(root: string, files: FontFiles | undefined): FontCoverage {
  const resolved = files ?? defaultFontFiles();
  const coverage: FontCoverage = {};
  for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
    const file = resolved[face];
    let bytes: Buffer;
    try {
      bytes = readFontFile(path.resolve(root, file));
    } catch {
      continue;
    }
    const key = `${path.resolve(root, file)}:${bytes.length}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = open(files ? file : path.basename(file), bytes);
      cache.set(key, entry);
    }
    coverage[face] = entry;
  }
  return coverage;
}

function open(file: string, bytes: Buffer): FaceCoverage {
  try {
    // Through the engine, which the renderer shares the parse with (and loads fontkit only when asked).
    const font = openFont(bytes);
    // A collection (TTC) has several fonts; pdfkit draws with the first.
    const first = 'fonts' in font ? font.fonts[0] : font;
    return { file, codePoints: new Set(first.characterSet) };
  } catch (error) {
    return { file, error: (error as Error).message };
  }
}
