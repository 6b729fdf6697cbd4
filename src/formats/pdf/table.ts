import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { HEADER_STYLE, KEPT_ROW_STYLE, mark } from './markers';
import type { Theme } from './theme';
import { columnText } from '../../text/columns';


/**
 * Above this many characters a row may be taller than a page. pdfmake lays header rows and the rows
 * kept with them out as one unbreakable block, and drops such a block without a word when it is taller
 * than a page: so a table repeats its header and keeps its first row with it only when both are short.
 */
const BOUNDED_ROW_CHARS = 1200;

/** A cell's content and the plain text used to size its column. */
export interface Cell {
  content: Content;
  text: string;
  /** The text of each of the cell's lines, when it has several; sizes the row (see rowsFit). */
  lines?: readonly string[];
}

/** A4, in points. */
const PAGE = { width: 595.28, height: 841.89 };
/** Table cell text: 8.5 pt at line height 1.15 (theme `tableCell`), Roboto's line gap included. */
const CELL_LINE = 8.5 * 1.15 * 1.18;
/** Generous average advance of a character in the cell font, with room for lines that wrap early. */
const CELL_CHAR = 8.5 * 0.55 * 1.3;
const CELL_PADDING = { x: 10, y: 8 };

/**
 * A branded table: a header row in the brand colour that repeats on every page, light zebra rows,
 * and columns sized from their content so that the table always fits the width it is given.
 */
export function brandTable(theme: Theme, header: readonly Cell[], rows: readonly (readonly Cell[])[]): ContentTable {
  const widths = columnWidths([header.map((c) => c.text), ...rows.map((r) => r.map((c) => c.text))], header.length);
  const repeatHeader = rowLength(header) <= BOUNDED_ROW_CHARS;
  const keepFirstRow = repeatHeader && rows.length > 0 && rowLength(rows[0]) <= BOUNDED_ROW_CHARS;
  const body: TableCell[][] = [
    // Header cells are single nodes with their own style: the PDF stage tells them apart by it (see pdf/render).
    header.map((cell) => ({ ...(cell.content as object), style: HEADER_STYLE, fillColor: theme.primary }) as TableCell),
    ...rows.map((row, i) =>
      row.map((cell) => {
        const fillColor = i % 2 === 1 ? theme.shade : undefined;
        if (i === 0 && keepFirstRow) return { stack: [mark(cell.content, KEPT_ROW_STYLE)], style: ['tableCell', KEPT_ROW_STYLE], fillColor };
        return { stack: [cell.content], style: 'tableCell', fillColor };
      }),
    ),
  ];
  // A row is kept on one page only when every row surely fits in half a page: pdfmake drops a kept
  // row taller than a page without a word (stack notes, pitfall 1), so an estimate must err high.
  const keepRows = rows.every((row) => rowHeight(row, widths, theme) <= bodyHeight(theme) / 2);
  return {
    table: { headerRows: repeatHeader ? 1 : 0, ...(keepFirstRow ? { keepWithHeaderRows: 1 } : {}), ...(keepRows ? { dontBreakRows: true } : {}), widths, body },
    layout: {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
      vLineWidth: () => 0,
      hLineColor: () => theme.rule,
      paddingLeft: () => 5,
      paddingRight: () => 5,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 2, 0, 10],
  };
}

/** The height of the page's body, between the margins, in points. */
function bodyHeight(theme: Theme): number {
  return PAGE.height - theme.pageMargins[1] - theme.pageMargins[3];
}

/** An upper estimate of a row's height in points: its tallest cell, each line wrapped at its column's width. */
export function rowHeight(row: readonly Cell[], widths: readonly string[], theme: Theme): number {
  const tableWidth = PAGE.width - theme.pageMargins[0] - theme.pageMargins[2];
  return Math.max(
    0,
    ...row.map((cell, c) => {
      const width = Math.max((parseFloat(widths[c] ?? '100') / 100) * tableWidth - CELL_PADDING.x, 1);
      const perLine = Math.max(Math.floor(width / CELL_CHAR), 1);
      const lines = (cell.lines ?? [cell.text]).reduce((n, line) => n + Math.max(Math.ceil(line.length / perLine), 1), 0);
      return lines * CELL_LINE + CELL_PADDING.y;
    }),
  );
}

function rowLength(row: readonly Cell[]): number {
  return row.reduce((n, cell) => n + cell.text.length, 0);
}

/**
 * Column widths as percentages: wider for columns with more text, never narrower than their longest
 * word needs (up to a point; long tokens are broken elsewhere), and always summing to 100%.
 */
export function columnWidths(textRows: readonly (readonly string[])[], columns: number): string[] {
  const weights = columnText(textRows, columns).map((m) => Math.max(Math.sqrt(m.average) * 3, m.longestWord * 0.9, 4));
  const sum = weights.reduce((a, b) => a + b, 0);
  const percents = weights.map((w) => Math.floor((w / sum) * 1000) / 10);
  // Rounding down leaves a little slack; give it to the widest column so the total stays at 100%.
  const widest = percents.indexOf(Math.max(...percents));
  percents[widest] = Math.round((percents[widest] + 100 - percents.reduce((a, b) => a + b, 0)) * 10) / 10;
  return percents.map((p) => `${p}%`);
}
