import type { DocBlock } from '../../model/document';

/** A clause heading ("1. Parties", level 0) or clause ("1.1 This Agreement...", level 1) and its typed number's length. */
export interface ClauseMark {
  level: 0 | 1;
  prefix: number;
}

const HEADING = /^(\d+)\.\s+/;
const CLAUSE = /^(\d+)\.(\d+)\s+/;

/**
 * The blocks whose typed clause numbers become Word numbering, so that a lawyer who inserts a clause
 * sees the rest renumbered. Only a document numbered strictly in sequence is converted: headings 1., 2.,
 * 3. at one depth, and under heading N the paragraphs N.1, N.2, ... in order. Anything else (a gap, a
 * clause under the wrong heading, numbered headings at two depths) keeps every number as typed, because
 * Word would number it differently from what the author wrote.
 */
export function planClauses(blocks: readonly DocBlock[]): Map<DocBlock, ClauseMark> {
  const marks = new Map<DocBlock, ClauseMark>();
  let depth: number | undefined;
  let section = 0;
  let clause = 0;
  for (const block of blocks) {
    const first = block.type === 'heading' || block.type === 'paragraph' ? (block.runs[0]?.text ?? '') : '';
    if (block.type === 'heading') {
      const match = HEADING.exec(first);
      if (!match) continue;
      depth ??= block.depth;
      if (block.depth !== depth || Number(match[1]) !== section + 1) return new Map();
      section += 1;
      clause = 0;
      marks.set(block, { level: 0, prefix: match[0].length });
    } else if (block.type === 'paragraph') {
      const match = CLAUSE.exec(first);
      if (!match) continue;
      if (Number(match[1]) !== section || Number(match[2]) !== clause + 1) return new Map();
      clause += 1;
      marks.set(block, { level: 1, prefix: match[0].length });
    }
  }
  return marks;
}
