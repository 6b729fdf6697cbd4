import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FontFiles } from '../content/types';

/** The four faces of a family as file bytes, read once per process. */
export type FontBytes = Record<keyof FontFiles, Buffer>;

/** The Roboto family that ships with pdfmake, used when the brand configures no fonts. */
export function defaultFontFiles(): FontFiles {
  const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  return {
    normal: path.join(dir, 'Roboto-Regular.ttf'),
    bold: path.join(dir, 'Roboto-Medium.ttf'),
    italics: path.join(dir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
  };
}

/** Reads the brand's font files (project-relative paths) or Roboto into memory. */
export function readFonts(root: string, files: FontFiles | undefined): FontBytes {
  const resolved = files ?? defaultFontFiles();
  const read = (file: string) => readFileSync(path.resolve(root, file));
  return {
    normal: read(resolved.normal),
    bold: read(resolved.bold),
    italics: read(resolved.italics),
    bolditalics: read(resolved.bolditalics),
  };
}
