import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FRAME_STYLE } from '../render/frame';
import { HEADER_STYLE, KEPT_ROW_STYLE } from '../render/table';
import { BRAND_FONT } from '../render/theme';
import type { FontBytes } from './fonts';
import { speedUpPdfmake } from './pdfmake-speedups';
import { shareParsedFonts } from './shared-fonts';

/** A rendered PDF and the page count read from its layout. */
export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

/** Thrown from inside pdfmake's layout to stop it before pages are written, when breaks must be added. */
class Relayout extends Error {
  constructor(readonly level: number) {
    super('relayout');
  }
}

/** A bound on extra layouts, so that no content can make the build loop. */
const MAX_BREAKS = 50;

/** pdfmake's Node entry; its types leave out the in-memory file system it has. */
type PdfMake = typeof import('pdfmake') & { virtualfs: { writeFileSync(name: string, data: Buffer): void } };
let pdfmakeInstance: PdfMake | undefined;

/** Loads pdfmake once, with a URL and file policy that deny everything: all inputs arrive as bytes. */
function pdfmake(fonts: FontBytes): PdfMake {
  if (!pdfmakeInstance) {
    // Loaded here, not at the top, so that commands that render nothing do not pay for it.
    shareParsedFonts();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pdfmakeInstance = require('pdfmake') as PdfMake;
    speedUpPdfmake();
    pdfmakeInstance.setUrlAccessPolicy(() => false);
    pdfmakeInstance.setLocalAccessPolicy(() => false);
  }
  // Font bytes go through pdfmake's in-memory file system: its font table takes names, not buffers.
  const names = {} as Record<keyof FontBytes, string>;
  for (const face of Object.keys(fonts) as (keyof FontBytes)[]) {
    names[face] = `${BRAND_FONT}-${face}`;
    pdfmakeInstance.virtualfs.writeFileSync(names[face], fonts[face]);
  }
  pdfmakeInstance.setFonts({ [BRAND_FONT]: names });
  return pdfmakeInstance;
}

/**
 * Renders a document definition to PDF bytes. A group of headings and lead-ins that could not be glued
 * to what follows (a table) carries a `headlineLevel`; if the layout leaves one as the last thing on a
 * page, the layout stops there (before any page is written), the group gets a page break, and the
 * layout runs again. Only such groups are checked, in order, so a document with a few tables costs a
 * few extra layouts at most, and pages are written once.
 */
export async function renderPdf(
  makeDefinition: () => TDocumentDefinitions,
  fonts: FontBytes,
  date: Date,
): Promise<RenderedPdf> {
  const breaks = new Set<number>();
  for (;;) {
    const definition = makeDefinition();
    applyBreaks(definition.content, breaks);
    definition.info = { ...definition.info, creationDate: date, modDate: date };
    let pages = 0;
    definition.pageBreakBefore = (node, nodes) => {
      pages = node.pages;
      const level = node.headlineLevel;
      // The group's stack carries the number too; its last text node is the one to test.
      if (typeof level !== 'number' || node.stack || breaks.has(level) || breaks.size >= MAX_BREAKS) return false;
      // The first node after the group whose position is real must be on the group's page. Header and
      // footer nodes come last in pdfmake's list and are skipped; so are a table, its header cells and
      // its first row, which keep the position where the table began even when pdfmake moved them
      // together to the next page.
      const page = node.pageNumbers[0];
      const next = [...nodes.getFollowingNodesOnPage(), ...nodes.getNodesOnNextPage()].find((n) => !isPlaceholderPosition(n));
      if (next && !next.pageNumbers.includes(page)) throw new Relayout(level);
      return false;
    };
    try {
      const bytes = Buffer.from(await pdfmake(fonts).createPdf(definition).getBuffer());
      return { bytes, pages };
    } catch (error) {
      if (!(error instanceof Relayout)) throw error;
      breaks.add(error.level);
    }
  }
}

/** Whether pdfmake may have moved a node after recording its position (see renderPdf). */
function isPlaceholderPosition(node: { style?: unknown; table?: unknown }): boolean {
  const styles = [node.style].flat();
  return node.table !== undefined || [FRAME_STYLE, HEADER_STYLE, KEPT_ROW_STYLE].some((s) => styles.includes(s));
}

/** Sets a page break before every node whose keep-with-next number is in `breaks`. */
function applyBreaks(content: Content, breaks: ReadonlySet<number>): void {
  if (breaks.size === 0 || content === null || typeof content !== 'object') return;
  if (Array.isArray(content)) {
    for (const item of content) applyBreaks(item, breaks);
    return;
  }
  const node = content as unknown as Record<string, unknown>;
  if (typeof node.headlineLevel === 'number' && breaks.has(node.headlineLevel)) {
    // The group's stack comes before its last text node, which carries the same number.
    node.pageBreak = 'before';
    return;
  }
  for (const key of ['stack', 'ul', 'ol', 'columns', 'text'] as const) {
    if (Array.isArray(node[key])) applyBreaks(node[key] as Content, breaks);
  }
  const table = node.table as { body?: Content[][] } | undefined;
  if (table?.body) applyBreaks(table.body as Content, breaks);
}
