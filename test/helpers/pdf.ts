import { readFileSync } from 'node:fs';

/** What a test can see of a PDF: page texts, bookmarks and metadata, as a reader would. */
export interface PdfFacts {
  pages: string[];
  text: string;
  outline: OutlineItem[];
  info: Record<string, unknown>;
  language: string | null;
}

export interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

/** Reads a PDF back with pdfjs-dist: the text of every page, the outline tree and the document info. */
export async function readPdf(input: string | Uint8Array): Promise<PdfFacts> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(typeof input === 'string' ? readFileSync(input) : input);
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    const outline = ((await doc.getOutline()) ?? []) as RawOutline[];
    const meta = await doc.getMetadata();
    const info = meta.info as Record<string, unknown>;
    const language = typeof info.Language === 'string' ? info.Language : null;
    return { pages, text: pages.join('\n'), outline: outline.map(toItem), info, language };
  } finally {
    await doc.destroy();
  }
}

interface RawOutline {
  title: string;
  items: RawOutline[];
}

function toItem(raw: RawOutline): OutlineItem {
  return { title: raw.title, items: raw.items.map(toItem) };
}

/** Every title in an outline tree, depth first. */
export function outlineTitles(items: readonly OutlineItem[]): string[] {
  return items.flatMap((i) => [i.title, ...outlineTitles(i.items)]);
}

/**
 * Text as a reader's search sees it: a hyphen at a line end between two lowercase letters joined away,
 * as the line breaker adds them (formats/pdf/engine/patch-hyphens.ts) and as pdf.js's find joins them.
 */
export function dehyphenate(text: string): string {
  return text.replace(/(\p{Ll})-\n(?=\p{Ll})/gu, '$1');
}

/** Text with hyphenated words joined (see dehyphenate), the zero-width break hints removed, and white space folded. */
export function normalise(text: string): string {
  return dehyphenate(text).replace(/\u200B/g, '').replace(/\s+/g, ' ');
}
