import { AlignmentType, Bookmark, BorderStyle, ImageRun, Paragraph, TextRun, type Table } from 'docx';
import { imageHeader } from '../../load/image-header';
import type { ImageAsset } from '../../model/assets';
import type { DocBlock } from '../../model/document';
import type { Run } from '../../model/blocks';
import type { ClauseMark } from './clauses';
import { renderRuns, type Bookmarks } from './inline';
import { ListNumbering, listIndent } from './numbering';
import { dataTable, factsTable, fieldParagraphs, signatureTable } from './tables';
import { STYLE } from './styles';
import type { DocxTheme } from './theme';

/** What rendering blocks needs besides the blocks; one per document, so no state leaks between documents. */
export interface BlockContext {
  theme: DocxTheme;
  images: ReadonlyMap<string, ImageAsset>;
  bookmarks: Bookmarks;
  lists: ListNumbering;
  /** Anchors whose heading has been written, so a repeated anchor gets one bookmark. */
  placed: Set<string>;
  /** A contract's numbered headings and clauses, drawn by Word numbering (see clauses.ts). */
  clauses: ReadonlyMap<DocBlock, ClauseMark>;
}

type Body = Paragraph | Table;

/** Where a block sits: in a list item (its text indented to the item), in a quote, or in the body. */
interface Place {
  depth: number;
  quote: boolean;
}

const BODY: Place = { depth: -1, quote: false };

/** Renders a sequence of blocks as Word paragraphs and tables. */
export function renderBlocks(blocks: readonly DocBlock[], ctx: BlockContext, place: Place = BODY): Body[] {
  return blocks.flatMap((block) => renderBlock(block, ctx, place));
}

function renderBlock(block: DocBlock, ctx: BlockContext, place: Place): Body[] {
  switch (block.type) {
    case 'heading':
      return [heading(block, ctx)];
    case 'paragraph':
      return [paragraph(block, ctx, place)];
    case 'list':
      return list(block, ctx, place);
    case 'table':
      return [dataTable(block.header, block.rows, block.align, ctx.theme, ctx.bookmarks)];
    case 'blockquote':
      return renderBlocks(block.blocks, ctx, { depth: place.depth, quote: true });
    case 'code':
      return [codeBlock(block.text, place)];
    case 'rule':
      return [rule(ctx.theme)];
    case 'image':
      return [image(block.alt, ctx.images.get(block.src), place)];
    case 'field':
      return fieldParagraphs(block.label, block.value);
    case 'signatures':
      return [signatureTable(block.parties, ctx.theme)];
    case 'facts':
      return [factsTable(block.facts, ctx.theme)];
  }
}

/** A paragraph's style and indent for where it sits. */
function textPlace(place: Place): { style?: string; indent?: { left: number } } {
  if (place.quote) return { style: STYLE.quote, ...(place.depth >= 0 ? { indent: { left: listIndent(place.depth) } } : {}) };
  return place.depth >= 0 ? { style: STYLE.listText, indent: { left: listIndent(place.depth) } } : {};
}

function paragraph(block: Extract<DocBlock, { type: 'paragraph' }>, ctx: BlockContext, place: Place): Paragraph {
  const mark = ctx.clauses.get(block);
  // A heading keeps with the next paragraph through its style (styles.ts); a paragraph, where the model says so.
  const keep = block.keepWithNext ? { keepNext: true } : {};
  if (!mark) return new Paragraph({ ...textPlace(place), ...keep, children: renderRuns(block.runs, ctx.bookmarks) });
  return new Paragraph({ style: STYLE.clause, ...keep, numbering: { ...ctx.lists.clause(), level: mark.level }, children: renderRuns(block.runs, ctx.bookmarks) });
}

/** A heading's runs, led by its section number when it has one that Word numbering does not draw. */
function headingRuns(block: Extract<DocBlock, { type: 'heading' }>, numbered: boolean): Run[] {
  return block.lead && !numbered ? [{ text: block.lead }, ...block.runs] : block.runs;
}

function heading(block: Extract<DocBlock, { type: 'heading' }>, ctx: BlockContext): Paragraph {
  const mark = ctx.clauses.get(block);
  const runs = renderRuns(headingRuns(block, mark !== undefined), ctx.bookmarks);
  const name = ctx.bookmarks.get(block.anchor);
  const first = name !== undefined && !ctx.placed.has(block.anchor);
  if (first) ctx.placed.add(block.anchor);
  return new Paragraph({
    style: STYLE.heading(block.depth),
    ...(mark ? { numbering: { ...ctx.lists.clause(), level: mark.level } } : {}),
    ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: first ? [new Bookmark({ id: name, children: runs })] : runs,
  });
}

/**
 * A list as Word numbering: the first paragraph of each item carries the number (w:numPr), the item's
 * other paragraphs are indented to its text, and a nested list goes one level deeper.
 */
function list(block: Extract<DocBlock, { type: 'list' }>, ctx: BlockContext, place: Place): Body[] {
  const depth = place.depth + 1;
  const { reference, instance } = block.markers ? ctx.lists.contractList(block.markers) : ctx.lists.next(block.ordered, block.start);
  const inner: Place = { depth, quote: place.quote };
  return block.items.flatMap((item) => {
    const [first, ...rest] = item;
    if (first?.type !== 'paragraph') {
      // An item that opens with something other than text still gets its number, on a line of its own.
      return [numbered([], reference, instance, depth, place.quote, ctx), ...renderBlocks(item, ctx, inner)];
    }
    return [numbered(first.runs, reference, instance, depth, place.quote, ctx), ...renderBlocks(rest, ctx, inner)];
  });
}

function numbered(runs: Parameters<typeof renderRuns>[0], reference: string, instance: number, level: number, quote: boolean, ctx: BlockContext): Paragraph {
  return new Paragraph({
    style: quote ? STYLE.quote : STYLE.listText,
    numbering: { reference, level: Math.min(level, 8), instance },
    children: renderRuns(runs, ctx.bookmarks),
  });
}

function codeBlock(text: string, place: Place): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    style: STYLE.codeBlock,
    ...(place.depth >= 0 ? { indent: { left: listIndent(place.depth) } } : {}),
    children: lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

/** A thematic break: an empty paragraph whose bottom border is the rule. */
function rule(theme: DocxTheme): Paragraph {
  return new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.rule, space: 1 } }, spacing: { after: 240 } });
}

/** Largest size an image is drawn at, in pixels at 96 per inch (the PDF's 475 by 320 points). */
const IMAGE_BOX = { width: 633, height: 427 };

/**
 * A PNG or JPEG is embedded at its size, shrunk to fit the text width. SVG has no raster fallback here
 * (making one needs a rasteriser the build does not have), and Word needs one, so an SVG is written as
 * its alt text, in italics, as the PDF does for an image it cannot read: no words are lost.
 */
function image(alt: string, asset: ImageAsset | undefined, place: Place): Paragraph {
  const header = asset?.kind === 'raster' ? imageHeader(asset.bytes) : undefined;
  if (asset?.kind !== 'raster' || !header || !('width' in header)) {
    return new Paragraph({ ...textPlace(place), children: [new TextRun({ text: alt, italics: true })] });
  }
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 80, after: 200 }, children: [imageRun(asset, header, IMAGE_BOX, alt)] });
}

/** An image run sized to fit `box` with its proportions kept. */
export function imageRun(asset: Extract<ImageAsset, { kind: 'raster' }>, size: { width: number; height: number }, box: { width: number; height: number }, alt: string): ImageRun {
  const scale = Math.min(1, box.width / size.width, box.height / size.height);
  return new ImageRun({
    type: asset.format === 'png' ? 'png' : 'jpg',
    data: asset.bytes,
    transformation: { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) },
    altText: { name: alt || 'image', description: alt, title: alt },
  });
}
