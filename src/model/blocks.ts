import type { Position } from '../diagnostics';

/** A run of inline text with its own formatting; runs are flat (pdfmake loses styles on nested text). */
export interface Run {
  text: string;
  bold?: true;
  italics?: true;
  code?: true;
  strike?: true;
  /** External target: https, http or mailto. */
  link?: string;
  /** Internal target: the anchor of a heading in the same document. */
  anchor?: string;
}

export type Align = 'left' | 'center' | 'right' | null;

/** Directives a Markdown file may place, each alone on its line. */
export type DirectiveName = 'controls' | 'subprocessors' | 'table' | 'field' | 'signatures' | 'processing';

export type Block =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; runs: Run[]; text: string; anchor: string; at: Position }
  | { type: 'paragraph'; runs: Run[]; at: Position }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][]; at: Position }
  | { type: 'table'; align: Align[]; header: Run[][]; rows: Run[][][]; at: Position }
  | { type: 'blockquote'; blocks: Block[]; at: Position }
  | { type: 'code'; text: string; lang?: string; at: Position }
  | { type: 'rule'; at: Position }
  | { type: 'image'; src: string; alt: string; at: Position }
  | { type: 'directive'; name: DirectiveName; attrs: Record<string, string>; at: Position };

/** A parsed Markdown file. */
export interface Document {
  file: string;
  blocks: Block[];
}
