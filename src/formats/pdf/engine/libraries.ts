import { hyphenateLines } from './patch-hyphens';
import { controlWidows } from './patch-widows';
import { installPatches, locateLibraries } from './patches';
import { escapeXmpInfo } from './xmp';

/** pdfmake's Node entry; its types leave out the in-memory file system it has. */
export type PdfMake = typeof import('pdfmake') & { virtualfs: { writeFileSync(name: string, data: Buffer): void } };

/**
 * The libraries are loaded here and only here, after the patches: the one place that installs them.
 * The XMP escaping is a fix, the hyphenating line breaker and the widow control are features, not
 * speed-ups: they go in whether the patches are on or off (the two features only on the pdfmake they
 * were written for).
 */
function patched(): void {
  installPatches();
  const libraries = locateLibraries();
  escapeXmpInfo(libraries.pdfkit);
  hyphenateLines(libraries.pdfmakeDir, libraries.versions.pdfmake);
  controlWidows(libraries.pdfmakeDir, libraries.versions.pdfmake);
}

/** pdfmake, loaded on first use (commands that render nothing do not pay for it), patched first. */
export function loadPdfmake(): PdfMake {
  patched();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('pdfmake') as PdfMake;
}

/**
 * Parses a font with the fontkit that pdfkit draws with. Patched first, so that the renderer later
 * gets this same parse for the same Buffer instead of parsing the font again.
 */
export function openFont(bytes: Buffer): ReturnType<typeof import('fontkit').create> {
  patched();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(locateLibraries().fontkit) as typeof import('fontkit')).create(bytes);
}
