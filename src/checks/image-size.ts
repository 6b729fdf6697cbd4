import path from 'node:path';
import type { Position } from '../diagnostics';
import type { Block } from '../model/blocks';
import { imageHeader } from '../load/image-header';
import type { LintContext, LintRule } from './rule';

/** Above these an image slows the build and swells the PDF (a 4000x4000 PNG costs 1.5 s and 350 MB). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 4000;

interface ImageUse {
  src: string;
  at: Position;
}

/** Every image the documents show, and the logo, with where each is named. */
export function imageUses(ctx: LintContext): ImageUse[] {
  const uses: ImageUse[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'image') uses.push({ src: b.src, at: b.at });
      else if (b.type === 'list') b.items.forEach(walk);
      else if (b.type === 'blockquote') walk(b.blocks);
    }
  };
  const { model } = ctx;
  for (const doc of [...model.sections, model.nda, model.dpa]) if (doc) walk(doc.blocks);
  const { config } = model.content;
  if (config.brand.logo) uses.push({ src: config.brand.logo, at: model.content.configPositions.of('brand.logo') });
  // Only images the Markdown stage accepted are shown, and only those are worth reading.
  const shown = new Set([...model.images, ...(config.brand.logo ? [config.brand.logo] : [])]);
  return uses.filter((use) => shown.has(use.src));
}

const EXTENSION_FORMAT: Record<string, string> = { '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.svg': 'svg' };

/** An image over the size limits, in bytes or pixels. */
export const imageSize: LintRule = {
  id: 'content/image-size',
  check(ctx) {
    for (const use of imageUses(ctx)) {
      const bytes = ctx.settings.readFile(use.src);
      if (!bytes) continue;
      if (bytes.length > MAX_IMAGE_BYTES) {
        ctx.report(use.at, `Image ${use.src} is too large to embed; it would slow the build and swell every PDF: scale it down or compress it`, {
          expected: `at most ${MAX_IMAGE_BYTES} bytes (5 MB)`,
          actual: `${bytes.length} bytes`,
        });
        continue;
      }
      const header = imageHeader(bytes);
      if ((header.format === 'png' || header.format === 'jpeg') && (header.width > MAX_IMAGE_PIXELS || header.height > MAX_IMAGE_PIXELS)) {
        ctx.report(use.at, `Image ${use.src} has more pixels than a page can show; it is embedded at full resolution, so scale it down`, {
          expected: `at most ${MAX_IMAGE_PIXELS}x${MAX_IMAGE_PIXELS} pixels`,
          actual: `${header.width}x${header.height}`,
        });
      }
    }
  },
};

/** An image whose bytes are not what its extension says would stop the build in the middle of rendering. */
export const imageInvalid: LintRule = {
  id: 'content/image-invalid',
  check(ctx) {
    for (const use of imageUses(ctx)) {
      const bytes = ctx.settings.readFile(use.src);
      if (!bytes || bytes.length > MAX_IMAGE_BYTES) continue;
      const expected = EXTENSION_FORMAT[path.extname(use.src).toLowerCase()];
      const { format } = imageHeader(bytes);
      if (expected === undefined || format === expected) continue;
      ctx.report(use.at, `Image ${use.src} is not a valid ${expected.toUpperCase()} file; re-export it, or rename it to the format it really has`, {
        expected: `${expected.toUpperCase()} contents`,
        actual: format === 'unknown' ? 'unrecognised contents' : `${format.toUpperCase()} contents`,
      });
    }
  },
};
