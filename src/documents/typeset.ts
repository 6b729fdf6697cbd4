import type { Run } from '../model/blocks';
import type { Cell, DocBlock, DocumentModel } from '../model/document';
import { typeset } from '../text/typography';

/** How a document's text is set: its language, and which characters the font draws. */
export interface TypeSettings {
  language: string;
  /** Whether the font draws a character; a typographic character it lacks stays plain. Default: all. */
  draws?: (char: string) => boolean;
}

/**
 * The document with its prose set typographically (text/typography.ts): the runs of headings,
 * paragraphs, lists, tables and quotes, the cover and frame titles. Done once here, so every format
 * prints the same characters. Code runs and code blocks, link targets, fill-in fields, signature lines
 * and facts (dates, addresses, names) are left as written.
 */
export function typesetDocument(doc: DocumentModel, settings: TypeSettings): DocumentModel {
  const text = (value: string) => typeset(value, settings);
  return {
    ...doc,
    frame: { ...doc.frame, title: text(doc.frame.title) },
    ...(doc.cover ? { cover: { ...doc.cover, title: text(doc.cover.title) } } : {}),
    blocks: typesetBlocks(doc.blocks, settings),
  };
}

function typesetBlocks(blocks: readonly DocBlock[], settings: TypeSettings): DocBlock[] {
  return blocks.map((block): DocBlock => {
    switch (block.type) {
      case 'heading':
        return { ...block, runs: typesetRuns(block.runs, settings), text: typeset(block.text, settings) };
      case 'paragraph':
        return { ...block, runs: typesetRuns(block.runs, settings) };
      case 'list':
        return { ...block, items: block.items.map((item) => typesetBlocks(item, settings)) };
      case 'table': {
        const cell = (c: Cell): Cell => c.map((line) => typesetRuns(line, settings));
        return { ...block, header: block.header.map(cell), rows: block.rows.map((row) => row.map(cell)) };
      }
      case 'blockquote':
        return { ...block, blocks: typesetBlocks(block.blocks, settings) };
      default:
        return block;
    }
  });
}

/** Runs set in sequence, so a quote that opens in one run and closes in the next pairs up. */
export function typesetRuns(runs: readonly Run[], settings: TypeSettings): Run[] {
  let before = '';
  return runs.map((run) => {
    const text = run.code ? run.text : typeset(run.text, { ...settings, before });
    // Code counts as a word before a quote: `x`" closes.
    before = run.text === '' ? before : run.code ? 'x' : text.slice(-1);
    return text === run.text ? run : { ...run, text };
  });
}
