import path from 'node:path';

/**
 * Widow and orphan control for paragraphs, which pdfmake 0.3 does not have: a paragraph that runs over
 * a page never leaves its first line alone at the page's foot (an orphan) nor its last line alone at the
 * next page's head (a widow). `LayoutBuilder.processLeaf` places a text node's lines one by one, moving
 * to the next page when a line does not fit. This breaks the lines first (the same lines: the width does
 * not change within a node), plans where each page break will fall, and moves to the next page one line
 * early where a widow would be left, or before the first line where an orphan would. A paragraph of two
 * or three lines that cannot be split so moves whole. pdfmake then places the lines as it always does.
 *
 * Only in the flow of the page: text in a table cell, in columns or in an unbreakable group is left to
 * pdfmake (rows shorter than a page are kept whole anyway, see pdf/table.ts). One pass, no relayout:
 * the plan costs a sum of line heights per page the paragraph touches.
 *
 * A layout feature like patch-hyphens.ts: installed whatever the patch switch says, on pdfmake 0.3.11 only.
 */

/** The pdfmake version processLeaf's loop was read from and this tested with. */
export const WIDOWS_PDFMAKE_VERSION = '0.3.11';
/** Fewest lines of a paragraph left at a page's foot or carried to the next page's head. */
const MIN_LINES = 2;

interface Line {
  getHeight(): number;
}

interface Context {
  y: number;
  availableHeight: number;
  pageMargins: { top: number };
  snapshots: unknown[];
  inSnakingColumns?: () => boolean;
}

interface TextNode {
  maxHeight?: number;
  pageOrientation?: unknown;
}

interface LayoutBuilder {
  writer: { transactionLevel: number; context(): Context; moveToNextPage(orientation: unknown): void };
  processLeaf(node: TextNode): void;
  buildNextLine(node: TextNode): Line | null;
}

let installed = false;

/** Installs widow and orphan control into the pdfmake in `pdfmakeDir`; false when its version is not the one written for. */
export function controlWidows(pdfmakeDir: string, pdfmakeVersion: string): boolean {
  if (pdfmakeVersion !== WIDOWS_PDFMAKE_VERSION) return false;
  if (installed) return true;
  const LayoutBuilder = (require(path.join(pdfmakeDir, 'js', 'LayoutBuilder')) as { default: { prototype: LayoutBuilder } }).default;
  install(LayoutBuilder.prototype);
  installed = true;
  return true;
}

function install(proto: LayoutBuilder): void {
  const processLeaf = proto.processLeaf;
  proto.processLeaf = function (this: LayoutBuilder, node: TextNode) {
    if (!inPageFlow(this) || node.maxHeight !== undefined) return processLeaf.call(this, node);
    const lines: Line[] = [];
    for (let line = proto.buildNextLine.call(this, node); line; line = proto.buildNextLine.call(this, node)) lines.push(line);
    let next = 0;
    let breakBefore = -1;
    const move = () => this.writer.moveToNextPage(node.pageOrientation);
    const planFrom = (index: number): number => {
      let plan = planPage(lines, index, this.writer.context());
      if (plan === 'move') {
        move();
        plan = planPage(lines, index, this.writer.context());
      }
      return plan === 'move' ? -1 : plan;
    };
    // processLeaf asks for each line just before placing it: the moment to move on to the next page early.
    this.buildNextLine = () => {
      const index = next++;
      const line = lines[index];
      if (!line) return null;
      if (index === breakBefore) move();
      if (index === 0 || index === breakBefore) breakBefore = planFrom(index);
      return line;
    };
    try {
      processLeaf.call(this, node);
    } finally {
      delete (this as Partial<LayoutBuilder>).buildNextLine;
    }
  };
}

/** Whether text is being placed straight on the page: not in a table, columns, or an unbreakable group. */
function inPageFlow(builder: LayoutBuilder): boolean {
  const context = builder.writer.context();
  return builder.writer.transactionLevel === 0 && context.snapshots.length === 0 && !context.inSnakingColumns?.();
}

/**
 * Where the next page break should fall for lines placed from `first` on at the top of what is left of
 * this page: the index of the line that starts the next page, -1 when the rest fits, or 'move' when the
 * paragraph should start on the next page (an orphan, or not one line fits here).
 */
function planPage(lines: readonly Line[], first: number, context: Context): number | 'move' {
  const fit = linesThatFit(lines, first, context.availableHeight);
  const rest = lines.length - first;
  const atTop = context.y <= context.pageMargins.top;
  if (fit >= rest) return -1;
  // Not even one line fits: pdfmake would move on; moving first lets the next page be planned.
  if (fit === 0) return atTop ? -1 : 'move';
  let onPage = fit;
  // A widow: carry one more line over, so that two go.
  if (rest - fit < MIN_LINES) onPage = rest - MIN_LINES;
  // An orphan at the paragraph's start: the whole paragraph begins on the next page.
  if (first === 0 && onPage < MIN_LINES) return atTop ? -1 : 'move';
  // Past the start (a page in the middle of a long paragraph) one line more or less is no orphan.
  if (onPage < 1) return -1;
  return first + onPage;
}

/** How many lines from `first` on fit into `height`, as pdfmake decides it (a line fits if not taller than what is left). */
function linesThatFit(lines: readonly Line[], first: number, height: number): number {
  let used = 0;
  let count = 0;
  for (let i = first; i < lines.length; i++) {
    used += lines[i].getHeight();
    if (used > height + 1e-6) break;
    count++;
  }
  return count;
}
