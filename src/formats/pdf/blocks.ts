import type { Content, ContentText } from 'pdfmake/interfaces';
import type { ImageAsset } from '../../model/assets';
import type { Run } from '../../model/blocks';
import type { Cell as DocCell, DocBlock as Block } from '../../model/document';
import { facts, field, signatures } from './fields';
import { renderRuns, runsText } from './inline';
import { isBounded, keepsWithNext, textLength } from './keep';
import { keepGroup } from './markers';
import { brandTable, type Cell } from './table';
import type { Theme } from './theme';

type HeadingBlock = Extract<Block, { type: 'heading' }>;

/** The pdfmake node that draws an image within a box, keeping its proportions. */
export function imageNode(asset: ImageAsset, fit: [number, number]): Content {
  if (asset.kind === 'svg') return { svg: asset.svg, fit };
  return { image: `data:image/${asset.format};base64,${asset.bytes.toString('base64')}`, fit };
}

/** The logo as it heads a legal template or a notice. */
export function logoHeading(logo: ImageAsset | undefined): Content[] {
  return logo ? [{ ...(imageNode(logo, [140, 40]) as object), margin: [0, 0, 0, 10] } as Content] : [];
}

/** What rendering blocks needs besides the blocks: the theme and the images. */
export interface BlockContext {
  theme: Theme;
  images: ReadonlyMap<string, ImageAsset>;
  /** Heading depths that get a PDF bookmark. */
  outlineDepth: number;
  /** Bookmark parents by depth, updated as headings are rendered in order. */
  trail: string[];
  /** Numbers the nodes that must not stand alone at a page's foot (see pdf/render). */
  keepWithNext: () => number;
  /** Set as a contract: clause and heading numbers hang in the margin (theme.hanging wide). */
  contract?: boolean;
}

/** Renders a sequence of blocks into pdfmake content, keeping headings and lead-ins with what follows. */
export function renderBlocks(blocks: readonly Block[], ctx: BlockContext): Content[] {
  const out: Content[] = [];
  let chain: Content[] = [];
  let breakBefore = false;
  blocks.forEach((block) => {
    if (chain.length === 0 && block.type === 'heading' && block.pageBreakBefore) breakBefore = true;
    if (keepsWithNext(block)) {
      chain.push(...renderBlock(block, ctx));
      return;
    }
    const group = chain.length > 0 ? keepTogether(chain, block, ctx) : renderBlock(block, ctx);
    if (breakBefore && group.length > 0) (group[0] as { pageBreak?: string }).pageBreak = 'before';
    out.push(...group);
    chain = [];
    breakBefore = false;
  });
  out.push(...chain);
  return out;
}

/**
 * Glues headings and lead-ins to the start of the block they introduce. A short block (or the first
 * item of a list) joins them in an unbreakable group; a table or long block cannot, so the group is
 * numbered instead and the PDF stage moves it to the next page if it ends up alone at a page's foot.
 */
function keepTogether(chain: Content[], block: Block, ctx: BlockContext): Content[] {
  if (isBounded(block)) return [{ stack: [...chain, ...renderBlock(block, ctx)], unbreakable: true }];
  if (block.type === 'list' && block.items.length > 1 && block.items[0].every(isBounded) && textLength({ ...block, items: [block.items[0]] }) <= 1200) {
    const first = { ...block, items: [block.items[0]] };
    const rest = { ...block, items: block.items.slice(1), start: block.start + 1 };
    const head = list(first, ctx) as Content & { margin?: number[] };
    head.margin = [0, 0, 0, 0];
    return [{ stack: [...chain, head], unbreakable: true }, list(rest, ctx)];
  }
  return [keepGroup(chain, ctx.keepWithNext()), ...renderBlock(block, ctx)];
}

function renderBlock(block: Block, ctx: BlockContext): Content[] {
  switch (block.type) {
    case 'heading':
      return [heading(block, ctx)];
    case 'paragraph':
      return [block.clause ? clause(block.clause, block.runs, ctx) : paragraph(block.runs, ctx)];
    case 'list':
      return [list(block, ctx)];
    case 'table':
      return [brandTable(ctx.theme, block.header.map((c) => cell(c, ctx)), block.rows.map((row) => row.map((c) => cell(c, ctx))))];
    case 'blockquote':
      return [blockquote(renderBlocks(block.blocks, ctx), ctx.theme)];
    case 'code':
      return [codeBlock(block.text, ctx.theme)];
    case 'rule':
      return [rule(ctx.theme)];
    case 'image':
      return [image(block.src, block.alt, ctx)];
    case 'field':
      return [field(block.label, block.value, ctx.theme)];
    case 'signatures':
      return [signatures(block.parties, ctx.theme)];
    case 'facts':
      return [facts(block.facts, ctx.theme)];
  }
}

/** A heading node: pdfmake's types do not allow an id on plain text. */
type HeadingNode = ContentText & { id?: string };

function heading(block: HeadingBlock, ctx: BlockContext): Content {
  const depth = Math.min(block.depth, 4);
  const hanging = ctx.contract && block.number !== undefined;
  const runs = renderRuns(block.runs, ctx.theme.styles.link?.color as string);
  const node: HeadingNode = {
    // A contract's clause number hangs in the margin; a whitepaper's section number leads the heading.
    text: block.lead && !hanging ? [{ text: block.lead }, ...runs] : runs,
    style: `h${depth}`,
    id: block.anchor,
  };
  ctx.trail.length = block.depth - 1;
  if (block.depth <= ctx.outlineDepth) {
    node.outline = true;
    node.outlineText = block.label ?? block.text;
    const parent = ctx.trail.filter(Boolean).at(-1);
    if (parent) node.outlineParentId = parent;
  }
  ctx.trail[block.depth - 1] = block.anchor;
  if (!hanging) return node as Content;
  return { columns: [{ text: block.number ?? '', width: ctx.theme.hanging }, { ...node, style: undefined, width: '*' } as Content], columnGap: 0, style: `h${depth}` } as Content;
}

/** A numbered clause: its number in the hanging margin, its text beside it, every line aligned. */
function clause(number: string, runs: readonly Run[], ctx: BlockContext): Content {
  return {
    columns: [
      { text: number, width: ctx.theme.hanging },
      { text: renderRuns(runs, linkColor(ctx)), width: '*' },
    ],
    columnGap: 0,
    style: 'paragraph',
  } as Content;
}

function paragraph(runs: readonly Run[], ctx: BlockContext): ContentText {
  return { text: renderRuns(runs, linkColor(ctx)), style: 'paragraph' };
}

function list(block: Extract<Block, { type: 'list' }>, ctx: BlockContext): Content {
  const items = block.items.map((item) => ({ stack: renderBlocks(item, ctx) }));
  if (block.markers) {
    // A contract's list: (a), (b) under the clause text, (i), (ii) within an item, (1), (2) for the parties; in the text colour.
    const type = { letters: 'lower-alpha', roman: 'lower-roman', numbers: 'decimal' }[block.markers];
    const left = block.markers === 'letters' ? ctx.theme.hanging : 0;
    return { ol: items, start: block.start, type, separator: ['(', ')'], markerColor: ctx.theme.text, margin: [left, 0, 0, 6] } as Content;
  }
  const common = { markerColor: ctx.theme.accent, margin: [0, 0, 0, 6] as [number, number, number, number] };
  return block.ordered ? { ol: items, start: block.start, ...common } : { ul: items, ...common };
}

/** A cell of one line is one text node; a cell of several lines stacks them. */
function cell(lines: DocCell, ctx: BlockContext): Cell {
  const nodes = lines.map((runs): ContentText => ({ text: renderRuns(runs, linkColor(ctx)) }));
  const texts = lines.map(runsText);
  return { content: nodes.length === 1 ? nodes[0] : { stack: nodes }, text: texts.join(' '), lines: texts };
}

function blockquote(content: Content[], theme: Theme): Content {
  return {
    table: { widths: ['*'], body: [[{ stack: content, fillColor: theme.shade }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 0 ? 3 : 0),
      vLineColor: () => theme.accent,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 7,
      paddingBottom: () => 1,
    },
    margin: [0, 2, 0, 10],
  };
}

function codeBlock(text: string, theme: Theme): Content {
  return {
    table: { widths: ['*'], body: [[{ text, style: 'code', preserveLeadingSpaces: true, fillColor: theme.shade }]] },
    layout: 'noBorders',
    margin: [0, 2, 0, 10],
  };
}

function rule(theme: Theme): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: 475, y2: 0, lineWidth: 0.6, lineColor: theme.rule }],
    margin: [0, 6, 0, 12],
  };
}

function image(src: string, alt: string, ctx: BlockContext): Content {
  const asset = ctx.images.get(src);
  // The loader reports missing or unreadable images; keeping the alt text means no words are lost.
  if (!asset) return { text: alt, italics: true, style: 'paragraph' };
  const fit: [number, number] = [475, 320];
  return { stack: [imageNode(asset, fit)], alignment: 'center', margin: [0, 4, 0, 10] };
}

function linkColor(ctx: BlockContext): string {
  return ctx.theme.styles.link?.color as string;
}
