import type { DocBlock } from '../../model/document';

/**
 * Where a numbered clause sits in Word's multi-level clause list: 0 for a clause heading ("3"), 1 for a
 * sub-clause heading or a clause under a heading ("3.1"), 2 below that ("3.1.1").
 */
export interface ClauseMark {
  level: number;
}

/**
 * The headings and paragraphs of a contract that the documents stage numbered, as Word numbering: Word
 * draws the number from one multi-level list, so a lawyer who inserts a clause in Word sees the rest
 * renumbered, and before any edit Word counts exactly the numbers the model (and the PDF) prints.
 */
export function planClauses(blocks: readonly DocBlock[]): Map<DocBlock, ClauseMark> {
  const marks = new Map<DocBlock, ClauseMark>();
  for (const block of blocks) {
    const number = block.type === 'heading' ? block.number : block.type === 'paragraph' ? block.clause : undefined;
    if (number !== undefined) marks.set(block, { level: number.split('.').length - 1 });
  }
  return marks;
}
