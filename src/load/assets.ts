import path from 'node:path';
import { readProjectFile } from './inside';

/** An image as the documents use it: SVG markup, or the bytes of a PNG or JPEG. */
export type ImageAsset = { kind: 'svg'; svg: string } | { kind: 'raster'; format: 'png' | 'jpeg'; bytes: Buffer };

/** Reads an image (project-relative path) into memory, so that no renderer touches the disk. */
export function readImage(root: string, projectPath: string): ImageAsset {
  const file = path.resolve(root, projectPath);
  const ext = path.extname(file).toLowerCase();
  const bytes = readProjectFile(root, file);
  if (ext === '.svg') return { kind: 'svg', svg: bytes.toString('utf8') };
  return { kind: 'raster', format: ext === '.png' ? 'png' : 'jpeg', bytes };
}

/** Reads every image the documents show, keyed by project-relative path. */
export function readImages(root: string, paths: readonly string[]): Map<string, ImageAsset> {
  return new Map(paths.map((p) => [p, readImage(root, p)]));
}
