import type { DocBlock as Block } from '../../model/document';

/** Above this many characters a block may not fit on a page together with the heading it follows. */
const BOUNDED_CHARS = 1200;
const BOUNDED_CODE_LINES = 24;

/**
 * Whether a block is glued to what follows it in the PDF: the documents stage marks what keeps with its
 * next block (`keepWithNext`); a long lead-in is left alone, as it would make an unbreakable group taller
 * than a page, which pdfmake drops whole.
 */
export function keepsWithNext(block: Block): boolean {
  return block.keepWithNext === true && (block.type === 'heading' || isBounded(block));
}

/**
 * Whether a block is small enough to be glued to a heading in an unbreakable group. pdfmake drops
 * unbreakable content taller than a page without a word of warning, so only clearly short blocks qualify.
 */
export function isBounded(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
      return textLength(block) <= BOUNDED_CHARS;
    case 'code':
      return block.text.split('\n').length <= BOUNDED_CODE_LINES;
    case 'blockquote':
      return block.blocks.every(isBounded) && textLength(block) <= BOUNDED_CHARS;
    case 'image':
    case 'rule':
      return true;
    case 'field':
    case 'signatures':
    case 'facts':
      return true;
    case 'list':
      return block.items.every((item) => item.every(isBounded)) && textLength(block) <= BOUNDED_CHARS;
    case 'heading':
    case 'table':
      return false;
  }
}

/** Characters of text in a block, a cheap stand-in for its height. */
export function textLength(block: Block): number {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.runs.reduce((n, r) => n + r.text.length, 0);
    case 'list':
      return block.items.reduce((n, item) => n + item.reduce((m, b) => m + textLength(b), 0), 0);
    case 'blockquote':
      return block.blocks.reduce((n, b) => n + textLength(b), 0);
    case 'code':
      return block.text.length;
    case 'table':
      return block.rows.reduce((n, row) => n + row.reduce((m, cell) => m + cell.flat().reduce((k, r) => k + r.text.length, 0), 0), 0);
    default:
      return 0;
  }
}
