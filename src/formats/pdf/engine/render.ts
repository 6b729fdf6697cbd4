import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FRAME_STYLE, HEADER_STYLE, KEPT_ROW_STYLE } from '../markers';
import { BRAND_FONT } from '../theme';
import type { FontBytes } from '../../../load/fonts';
import { loadPdfmake, type PdfMake } from './libraries';
import { HYPHENATION_LANGUAGE } from './patch-hyphens';

/** A rendered PDF and the page count read from its layout. */
export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
  /** Page breaks added before heading groups left at a page foot; each one laid the document out again. */
  relayouts: number;
}

/** A bound on extra layouts, so that no content can make the build loop. */
const MAX_BREAKS = 50;

let pdfmakeInstance: PdfMake | undefined;

/** Loads pdfmake once, with a URL and file policy that deny everything: all inputs arrive as bytes. */
function pdfmake(fonts: FontBytes): PdfMake {
  if (!pdfmakeInstance) {
    pdfmakeInstance = loadPdfmake();
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
 * to what follows (a table) carries a `headlineLevel`, on its stack and on its last node; if the layout
 * leaves one as the last thing on a page, the group's stack gets a page break and pdfmake lays the
 * document out again (its own `pageBreakBefore` loop), before any page is written. Only such groups are
 * checked, in order, and pdfmake checks each node once: the groups before a break keep their places.
 * The relayouts reuse the measured text (see patch-speedups.ts), so each costs a layout, not a measure.
 */
export async function renderPdf(
  makeDefinition: () => TDocumentDefinitions,
  fonts: FontBytes,
  date: Date,
): Promise<RenderedPdf> {
  const breaks = new Set<number>();
  const definition = makeDefinition();
  definition.info = { ...definition.info, creationDate: date, modDate: date };
  // The line breaker hyphenates in the document's language (patch-hyphens.ts); the default style carries it there.
  if (definition.language) definition.defaultStyle = { ...definition.defaultStyle, [HYPHENATION_LANGUAGE]: definition.language } as typeof definition.defaultStyle;
  let pages = 0;
  definition.pageBreakBefore = (node, nodes) => {
    pages = node.pages;
    const level = node.headlineLevel;
    // Decided at the group's stack, which is where the break goes; its last node is the one to test.
    if (typeof level !== 'number' || !node.stack || breaks.has(level) || breaks.size >= MAX_BREAKS) return false;
    const after = [...nodes.getFollowingNodesOnPage(), ...nodes.getNodesOnNextPage()];
    const last = after.findIndex((n) => n.headlineLevel === level && !n.stack);
    if (last < 0) return false;
    // The first node after the group whose position is real must be on the group's page. Header and
    // footer nodes come last in pdfmake's list and are skipped; so are a table, its header cells and
    // its first row, which keep the position where the table began even when pdfmake moved them
    // together to the next page.
    const page = after[last].pageNumbers[0];
    const next = after.slice(last + 1).find((n) => !isPlaceholderPosition(n));
    if (!next || next.pageNumbers.includes(page)) return false;
    breaks.add(level);
    return true;
  };
  const bytes = Buffer.from(await pdfmake(fonts).createPdf(definition).getBuffer());
  return { bytes, pages, relayouts: breaks.size };
}

/** Whether pdfmake may have moved a node after recording its position (see renderPdf). */
function isPlaceholderPosition(node: { style?: unknown; table?: unknown }): boolean {
  const styles = [node.style].flat();
  return node.table !== undefined || [FRAME_STYLE, HEADER_STYLE, KEPT_ROW_STYLE].some((s) => styles.includes(s));
}
