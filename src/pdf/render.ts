import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BRAND_FONT } from '../render/theme';
import type { FontBytes } from './fonts';

/** A rendered PDF and the page count read from its layout. */
export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

/** Thrown from inside pdfmake's layout to stop it before pages are written, when breaks must be added. */
class Relayout extends Error {
  constructor(readonly stranded: number[]) {
    super('relayout');
  }
}

const MAX_LAYOUTS = 8;

type PdfMake = typeof import('pdfmake');
let pdfmakeInstance: PdfMake | undefined;

/** Loads pdfmake once, with a URL and file policy that deny everything: all inputs arrive as bytes. */
function pdfmake(fonts: FontBytes): PdfMake {
  if (!pdfmakeInstance) {
    // Loaded here, not at the top, so that commands that render nothing do not pay for it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pdfmakeInstance = require('pdfmake') as PdfMake;
    pdfmakeInstance.setUrlAccessPolicy(() => false);
    pdfmakeInstance.setLocalAccessPolicy(() => false);
  }
  pdfmakeInstance.setFonts({ [BRAND_FONT]: fonts });
  return pdfmakeInstance;
}

/**
 * Renders a document definition to PDF bytes. Nodes marked with a `headlineLevel` (headings and
 * lead-in sentences) must not be the last thing on a page: the layout is checked once, every such
 * node is moved to the next page together, and the layout runs again, until none is left stranded.
 * This costs one extra layout (not one per break, as pdfmake's own loop would) and writes pages once.
 */
export async function renderPdf(
  makeDefinition: () => TDocumentDefinitions,
  fonts: FontBytes,
  date: Date,
): Promise<RenderedPdf> {
  const breaks = new Set<number>();
  for (let attempt = 1; ; attempt++) {
    const definition = makeDefinition();
    applyBreaks(definition.content, breaks);
    definition.info = { ...definition.info, creationDate: date, modDate: date };
    let pages = 0;
    const stranded: number[] = [];
    definition.pageBreakBefore = (node, nodes) => {
      pages = node.pages;
      const level = node.headlineLevel;
      // Asking for the following nodes walks the rest of the list: do it only where it is needed.
      if (typeof level === 'number' && !breaks.has(level)) {
        if (nodes.getFollowingNodesOnPage().length === 0 && nodes.getPreviousNodesOnPage().length > 0) stranded.push(level);
      }
      const isLast = node.pageNumbers.includes(node.pages) && nodes.getFollowingNodesOnPage().length === 0;
      if (isLast && stranded.length > 0 && attempt < MAX_LAYOUTS) throw new Relayout(stranded);
      return false;
    };
    try {
      const bytes = Buffer.from(await pdfmake(fonts).createPdf(definition).getBuffer());
      return { bytes, pages };
    } catch (error) {
      if (!(error instanceof Relayout)) throw error;
      for (const level of error.stranded) breaks.add(level);
    }
  }
}

/** Sets a page break before every node whose keep-with-next number is in `breaks`. */
function applyBreaks(content: Content, breaks: ReadonlySet<number>): void {
  if (breaks.size === 0 || content === null || typeof content !== 'object') return;
  if (Array.isArray(content)) {
    for (const item of content) applyBreaks(item, breaks);
    return;
  }
  const node = content as Record<string, unknown>;
  if (typeof node.headlineLevel === 'number' && breaks.has(node.headlineLevel)) node.pageBreak = 'before';
  for (const key of ['stack', 'ul', 'ol', 'columns', 'text'] as const) {
    if (Array.isArray(node[key])) applyBreaks(node[key] as Content, breaks);
  }
  const table = node.table as { body?: Content[][] } | undefined;
  if (table?.body) applyBreaks(table.body as Content, breaks);
}
