import type { Run } from '../model/blocks';
import type { DocBlock, ListMarkers } from '../model/document';

/**
 * Numbers a contract as lawyers do, so that a template never types a number and an inserted clause
 * renumbers everything after it: each `##` heading is a clause (1, 2, 3), each `###` under it a sub-clause
 * (1.1), and each paragraph under them a numbered clause (1.1, or 1.1.1 under a sub-clause). Lists inside
 * clauses become (a), (b) and, nested, (i), (ii); a list before the first clause, (1), (2) (the parties). Not numbered: what comes before the first `##` (title,
 * notice, parties), a `##` section that holds the signature blocks, and everything from the first `#`
 * heading after the clauses on (annexes number their own way). Links to a numbered heading print their
 * text followed by its number: `[clause](#confidentiality)` reads "clause 3".
 */
export function numberClauses(blocks: readonly DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  // One counter per level, as a multi-level list counts: a sub-clause heading and a clause paragraph at the
  // same level share a counter, so the numbers here are the ones Word's own numbering gives the same text.
  const counters: number[] = [];
  let level = 0;
  let numbering = false;
  let stopped = false;
  const next = (at: number): string => {
    counters.splice(at + 1);
    counters[at] = (counters[at] ?? 0) + 1;
    return counters.join('.');
  };
  blocks.forEach((block, i) => {
    if (block.type === 'heading' && block.depth === 1) {
      if (counters.length > 0) stopped = true;
      numbering = false;
      out.push(block);
    } else if (block.type === 'heading' && block.depth === 2) {
      numbering = !stopped && !holdsSignatures(blocks, i);
      level = 1;
      out.push(numbering ? untypedHeading(block, next(0)) : block);
    } else if (block.type === 'heading' && block.depth === 3 && numbering) {
      level = 2;
      out.push(untypedHeading(block, next(1)));
    } else if (!numbering) {
      // Before the first clause, a list names the parties: (1), (2).
      out.push(block.type === 'list' && counters.length === 0 && !stopped ? { ...block, markers: 'numbers', start: 1 } : block);
    } else if (block.type === 'paragraph') {
      const clause = next(level);
      out.push({ ...block, runs: untyped(block.runs, clause), clause });
    } else if (block.type === 'list') {
      out.push(subList(block, 0));
    } else {
      out.push(block);
    }
  });
  return withReferences(out, headingNumbers(out));
}

/**
 * Numbers the headings of a document 1, 1.1, 1.1.1 down to `depth` (`document.numbering`), in the body,
 * the contents and the bookmarks alike. A heading below an unnumbered level stays unnumbered.
 */
export function numberSections(blocks: readonly DocBlock[], depth: number): DocBlock[] {
  const path: number[] = [];
  return blocks.map((block) => {
    if (block.type !== 'heading' || block.depth > depth || block.depth > path.length + 1) return block;
    path.splice(block.depth - 1, path.length, (path[block.depth - 1] ?? 0) + 1);
    return { ...block, number: path.join('.') };
  });
}

/**
 * A template written before the tool numbered clauses types "1. Parties" and "1.1 This Agreement": where the
 * typed number is the one the tool gives, it is dropped, so such a template prints each number once.
 */
function untyped(runs: Run[], number: string): Run[] {
  const [first, ...rest] = runs;
  const typed = new RegExp(`^${number.replace(/\./g, '\\.')}\\.?\\s+`);
  if (!first || first.anchor || !typed.test(first.text)) return runs;
  const text = first.text.replace(typed, '');
  return text ? [{ ...first, text }, ...rest] : rest;
}

function untypedHeading(block: Extract<DocBlock, { type: 'heading' }>, number: string): DocBlock {
  const runs = untyped(block.runs, number);
  return { ...block, runs, text: runs === block.runs ? block.text : runs.map((r) => r.text).join(''), number };
}

/** A list in a clause and the lists nested in it: (a) at the first level, (i) at the second, then round again. */
function subList(block: Extract<DocBlock, { type: 'list' }>, level: number): DocBlock {
  const markers: ListMarkers = level % 2 === 0 ? 'letters' : 'roman';
  const items = block.items.map((item) => item.map((inner) => (inner.type === 'list' ? subList(inner, level + 1) : inner)));
  return { ...block, items, markers, start: 1 };
}

/** Whether the `##` section starting at `index` holds the signature blocks: the execution part, not a clause. */
function holdsSignatures(blocks: readonly DocBlock[], index: number): boolean {
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type === 'heading' && block.depth <= 2) return false;
    if (block.type === 'signatures') return true;
  }
  return false;
}

function headingNumbers(blocks: readonly DocBlock[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const block of blocks) if (block.type === 'heading' && block.number && !numbers.has(block.anchor)) numbers.set(block.anchor, block.number);
  return numbers;
}

/** Every block with its links to numbered headings followed by the heading's number. */
function withReferences(blocks: readonly DocBlock[], numbers: ReadonlyMap<string, string>): DocBlock[] {
  if (numbers.size === 0) return [...blocks];
  const refer = (runs: readonly Run[]): Run[] => referencedRuns(runs, numbers);
  const visit = (block: DocBlock): DocBlock => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, runs: refer(block.runs) };
      case 'list':
        return { ...block, items: block.items.map((item) => item.map(visit)) };
      case 'blockquote':
        return { ...block, blocks: block.blocks.map(visit) };
      case 'table':
        return { ...block, header: block.header.map((cell) => cell.map(refer)), rows: block.rows.map((row) => row.map((cell) => cell.map(refer))) };
      default:
        return block;
    }
  };
  return blocks.map(visit);
}

/**
 * The runs with the number of each linked heading after the link's last run: "clause" becomes "clause 3",
 * an empty link text just "3". Links to unnumbered headings (an annex) print as written.
 */
export function referencedRuns(runs: readonly Run[], numbers: ReadonlyMap<string, string>): Run[] {
  return runs.map((run, i) => {
    const number = run.anchor ? numbers.get(run.anchor) : undefined;
    if (number === undefined || runs[i + 1]?.anchor === run.anchor) return run;
    const text = run.text.trimEnd();
    return { ...run, text: text ? `${text}\u00A0${number}` : number };
  });
}
