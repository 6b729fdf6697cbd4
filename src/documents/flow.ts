import type { DocBlock, DocumentModel } from '../model/document';

/**
 * The rules every format follows, decided here once so that the PDF and the Word file agree: what a
 * numbered heading prints (its number, an en space, its text) and which blocks stay on the page of the
 * block after them. Run on a finished document, after numbering and typesetting.
 */
export function flowDocument(doc: DocumentModel): DocumentModel {
  return { ...doc, blocks: flowBlocks(doc.blocks) };
}

/** Headings a whitepaper's contents lists, in the PDF and the Word file alike: sections and their subsections. */
export const CONTENTS_DEPTH = 2;

/** Between a heading's number and its text: an en space, as a book sets it. */
const NUMBER_GAP = '\u2002';

/** Blocks a paragraph introduces, and stays on the page with: "the following sub-processors:", then the table. */
const INTRODUCED: ReadonlySet<DocBlock['type']> = new Set(['field', 'signatures', 'table', 'list']);

/** The blocks with the same rules applied: for blocks rendered outside a document (tests, excerpts). */
export function flowBlocks(blocks: readonly DocBlock[]): DocBlock[] {
  return blocks.map((block, i) => {
    const inner = flowInside(block);
    return keepsWithNext(block, blocks[i + 1]) ? { ...inner, keepWithNext: true } : inner;
  });
}

function flowInside(block: DocBlock): DocBlock {
  switch (block.type) {
    case 'heading': {
      const lead = block.number ? `${block.number}${NUMBER_GAP}` : undefined;
      return { ...block, ...(lead ? { lead } : {}), label: `${lead ?? ''}${block.text}` };
    }
    case 'list':
      return { ...block, items: block.items.map(flowBlocks) };
    case 'blockquote':
      return { ...block, blocks: flowBlocks(block.blocks) };
    default:
      return block;
  }
}

/**
 * Whether a block must stay on the page of the next one: every heading, and a paragraph that introduces
 * what follows, by ending in a colon or by leading into a table, a list, a fill-in line or signatures.
 * Nothing keeps with a heading: a new section may start a page.
 */
function keepsWithNext(block: DocBlock, next: DocBlock | undefined): boolean {
  if (!next) return false;
  if (block.type === 'heading') return true;
  if (block.type !== 'paragraph' || next.type === 'heading') return false;
  return INTRODUCED.has(next.type) || /:\s*$/.test(block.runs.map((r) => r.text).join(''));
}
