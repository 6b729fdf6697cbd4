import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageAsset } from '../formats/pdf/blocks';

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** Reads an image (project-relative path) into the form pdfmake draws without touching the disk itself. */
export function readImage(root: string, projectPath: string): ImageAsset {
  const file = path.resolve(root, projectPath);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.svg') return { kind: 'svg', svg: readFileSync(file, 'utf8') };
  return { kind: 'raster', dataUrl: `data:${MIME[ext]};base64,${readFileSync(file).toString('base64')}` };
}

/** Reads every image the documents show, keyed by project-relative path. */
export function readImages(root: string, paths: readonly string[]): Map<string, ImageAsset> {
  return new Map(paths.map((p) => [p, readImage(root, p)]));
}
