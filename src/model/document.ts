import type { Align, Run } from './blocks';

/**
 * The format-neutral documents: what every renderer (PDF, Word, HTML) draws, and all that it draws.
 * The documents stage builds them from the parsed content, resolving directives into plain tables,
 * fill-in fields and signature blocks, so a renderer never needs the content or the configuration.
 */

/** A table cell: one or more lines, each a list of runs. */
export type Cell = Run[][];

/** What a table holds; renderers may style each kind differently, but draw every cell of every kind. */
export type TableRole = 'markdown' | 'controls' | 'subprocessors' | 'data' | 'notice';

/** One party's signature block: a heading, then labelled lines, some already filled in. */
export interface SignatureParty {
  heading: string;
  lines: { label: string; value?: string }[];
}

/**
 * Set by the documents stage (documents/flow.ts) on a block that must stay on the page of the block after it:
 * a heading, a paragraph that announces what follows. Every format reads it; none decides it.
 */
export interface Keep {
  keepWithNext?: true;
}

export type DocBlock = Keep &
  (
    | {
        type: 'heading';
        depth: 1 | 2 | 3 | 4 | 5 | 6;
        runs: Run[];
        text: string;
        anchor: string;
        pageBreakBefore?: true;
        /** The section or clause number the tool gives it ("3", "1.2"), printed before it in the body, contents and bookmarks. */
        number?: string;
        /** What leads the heading's runs in the body when its number does not hang in a margin ("3\u2002"); set by documents/flow.ts. */
        lead?: string;
        /** What the contents and bookmarks print: the number and the text ("3\u2002Security"); set by documents/flow.ts. */
        label?: string;
      }
    /** `clause`: the number of a contract clause ("1.1", "2.3.1"), printed in the margin before the text. */
    | { type: 'paragraph'; runs: Run[]; clause?: string }
    /** `markers`: a contract's sub-list, numbered (a), (b) ... or (i), (ii) ... whatever the Markdown list was. */
    | { type: 'list'; ordered: boolean; start: number; items: DocBlock[][]; markers?: ListMarkers }
    | { type: 'table'; role: TableRole; align: Align[]; header: Cell[]; rows: Cell[][] }
    | { type: 'blockquote'; blocks: DocBlock[] }
    | { type: 'code'; text: string; lang?: string }
    | { type: 'rule' }
    | { type: 'image'; src: string; alt: string }
    | { type: 'field'; label: string; value?: string }
    | { type: 'signatures'; parties: SignatureParty[] }
    | { type: 'facts'; facts: Fact[] }
  );

/**
 * How a contract's list is numbered: in a clause (a), (b), (c), and (i), (ii), (iii) below that; before the
 * clauses, where the parties are listed, (1), (2).
 */
export type ListMarkers = 'letters' | 'roman' | 'numbers';

/** A labelled fact on a cover or at the head of a notice ("Last reviewed", "26 June 2026"). */
export interface Fact {
  label: string;
  value: string;
  strong?: boolean;
}

/** The whitepaper's cover: company and title in the brand band, then the facts. */
export interface Cover {
  company: string;
  title: string;
  facts: Fact[];
  /** A recipient edition's recipient. */
  preparedFor?: string;
  /** The document control block on the cover's lower half: version, owner, approver, next review. */
  control?: Fact[];
  /** The title over the document control block, in the document's language. */
  controlTitle?: string;
  /** The whole line naming the recipient, in the document's language, e.g. "Prepared for Acme Corp". */
  preparedForLine?: string;
}

/** What the running header and footer show on every page. */
export interface Frame {
  brand: string;
  title: string;
  classification: string;
  /** Left side of the footer, e.g. "Last reviewed 26 June 2026". */
  note: string;
  /** A recipient edition's stamp, printed under the footer on every page, the cover included. */
  stamp?: string;
  /** The first page that carries the header and footer: 2 when a cover comes first. */
  firstPage: 1 | 2;
  /**
   * The page number in the document's language, with `{page}` and `{pages}` for the renderer to fill in,
   * e.g. "Page {page} of {pages}" or "Seite {page} von {pages}".
   */
  pageLabel?: string;
}

/** Document metadata, written by every format that has a place for it. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  /** A recipient edition's document ID. */
  documentId?: string;
}

/** One document of the package, ready for any renderer. */
export interface DocumentModel {
  kind: 'whitepaper' | 'nda' | 'dpa' | 'notice';
  /** The file name without its extension, e.g. `Tesults-DPA`. */
  name: string;
  meta: DocumentMeta;
  frame: Frame;
  cover?: Cover;
  /** A table of contents after the cover, listing the headings down to `depth` (every format the same). */
  contents?: { title: string; depth: number };
  /** The logo heads the first page (legal templates and notices, which have no cover). */
  logoHeading: boolean;
  /** Heading depths that get a bookmark. */
  outlineDepth: number;
  /**
   * `contract`: set as a contract (NDA, DPA): text face and size for reading, headings in the text colour,
   * numbered clauses with hanging numbers. Absent: the brand's look.
   */
  layout?: 'contract';
  /** A draft: `mark` (e.g. "DRAFT") is printed across every page, so no draft passes for a real document. */
  draft?: { mark: string };
  blocks: DocBlock[];
}

/** A heading block of a document. */
export type DocHeading = Extract<DocBlock, { type: 'heading' }>;

/** Every heading of the blocks, in reading order, in lists and quotes too: what a contents lists. */
export function headingsOf(blocks: readonly DocBlock[]): DocHeading[] {
  return blocks.flatMap((block): DocHeading[] => {
    if (block.type === 'heading') return [block];
    if (block.type === 'list') return block.items.flatMap(headingsOf);
    if (block.type === 'blockquote') return headingsOf(block.blocks);
    return [];
  });
}

