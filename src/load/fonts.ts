import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readProjectFile } from './inside';
import type { FontFiles } from './types';

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

const read = new Map<string, Buffer>();

/**
 * A font file's bytes, read once per process. The content checks and the renderer get the same Buffer,
 * so the font is also parsed only once (see formats/pdf/engine/patch-fonts.ts, which remembers parses by Buffer).
 */
export function readFontFile(abs: string, root?: string): Buffer {
  let bytes = read.get(abs);
  if (!bytes) {
    // A brand font is a project file; Roboto, read without a root, ships with pdfmake.
    bytes = root === undefined ? readFileSync(abs) : readProjectFile(root, abs);
    read.set(abs, bytes);
  }
  return bytes;
}

/** Reads the brand's font files (project-relative paths) or Roboto into memory. */
export function readFonts(root: string, files: FontFiles | undefined): FontBytes {
  const resolved = files ?? defaultFontFiles();
  const read = (file: string) => readFontFile(path.resolve(root, file), files ? root : undefined);
  return {
    normal: read(resolved.normal),
    bold: read(resolved.bold),
    italics: read(resolved.italics),
    bolditalics: read(resolved.bolditalics),
  };
}

/**
 * The faces of the brand fonts (or Roboto) that can be read, with the name to report each by: the
 * configured path, or the file name of a shipped Roboto face. A face that cannot be read is left out.
 */
export function readFontFaces(root: string, files: FontFiles | undefined): Partial<Record<keyof FontFiles, { file: string; bytes: Buffer }>> {
  const resolved = files ?? defaultFontFiles();
  const faces: Partial<Record<keyof FontFiles, { file: string; bytes: Buffer }>> = {};
  for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
    try {
      faces[face] = { file: files ? resolved[face] : path.basename(resolved[face]), bytes: readFontFile(path.resolve(root, resolved[face]), files ? root : undefined) };
    } catch {
      // Reported by the config rules (config/missing-file), where the path was written.
    }
  }
  return faces;
}
