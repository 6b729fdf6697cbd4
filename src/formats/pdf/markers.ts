import type { Content } from 'pdfmake/interfaces';

/**
 * Style names that mark nodes for the PDF stage's layout check (pdf/render.ts). pdfmake passes a
 * node's style to that check but no other way to tell where a node came from; these names have no
 * entry in the style dictionary, so they change nothing on the page.
 */
/** Running header and footer nodes. */
export const FRAME_STYLE = 'frame';
/** Table header cells, which repeat on every page a table spans. */
export const HEADER_STYLE = 'tableHeader';
/** The nodes of a table's first row, which pdfmake keeps on the same page as the header row. */
export const KEPT_ROW_STYLE = 'keptRow';

/** Adds a marker style to a node and every node nested in it, keeping the styles they have. */
export function mark<T extends Content>(node: T, style: string): T {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const record = node as unknown as Record<string, unknown>;
    record.style = [record.style, style].flat().filter(Boolean);
    for (const key of ['stack', 'columns'] as const) {
      if (Array.isArray(record[key])) for (const child of record[key] as Content[]) mark(child, style);
    }
  }
  return node;
}

/**
 * Headings and lead-ins that must not end a page, kept together, before content too long to join them
 * (a table). The group's stack and its last node carry `level`, a number unique in the document: the
 * PDF stage moves the group to the next page when nothing of what follows shares its page.
 */
export function keepGroup(chain: Content[], level: number): Content {
  (chain[chain.length - 1] as Content & { headlineLevel?: number }).headlineLevel = level;
  return { stack: chain, unbreakable: true, headlineLevel: level } as Content;
}
