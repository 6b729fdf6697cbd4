import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { Align } from '../../model/blocks';
import type { Cell, Fact, SignatureParty } from '../../model/document';
import { renderRuns, type Bookmarks } from './inline';
import { CONTENT_WIDTH } from './page';
import { STYLE } from './styles';
import type { DocxTheme } from './theme';
import { columnText } from '../../text/columns';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * A data or Markdown table as a Word table: the header row in the brand colour repeats on every page
 * (tableHeader), no row splits across a page (cantSplit), and the columns are sized from their text.
 */
export function dataTable(header: readonly Cell[], rows: readonly (readonly Cell[])[], align: readonly Align[], theme: DocxTheme, bookmarks: Bookmarks): Table {
  const widths = columnWidths([header, ...rows].map((row) => row.map(cellText)), header.length);
  const line = { style: BorderStyle.SINGLE, size: 4, color: theme.rule };
  const borders: ITableCellBorders = { top: line, bottom: line, left: NONE, right: NONE };
  const cell = (lines: Cell, column: number, style: string, fill?: string) =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      borders,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      ...(fill ? { shading: { fill } } : {}),
      children: (lines.length ? lines : [[]]).map(
        (runs) => new Paragraph({ style, alignment: alignment(align[column]), children: renderRuns(runs, bookmarks) }),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((c, i) => cell(c, i, STYLE.tableHeader, theme.primary)) }),
      ...rows.map(
        (row, r) => new TableRow({ cantSplit: true, children: header.map((_, i) => cell(row[i] ?? [], i, STYLE.tableText, r % 2 === 1 ? theme.shade : undefined)) }),
      ),
    ],
  });
}

/** Signature blocks side by side, one column per party, in a borderless table whose row never splits. */
export function signatureTable(parties: readonly SignatureParty[], theme: DocxTheme): Table {
  const width = Math.floor(CONTENT_WIDTH / Math.max(parties.length, 1));
  const column = (party: SignatureParty) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      margins: { left: 0, right: 300 },
      children: [
        new Paragraph({ keepNext: true, spacing: { after: 120 }, children: [new TextRun({ text: party.heading, bold: true, color: theme.heading })] }),
        ...party.lines.flatMap((line) => fieldParagraphs(line.label, line.value, 0)),
      ],
    });
  return new Table({
    width: { size: width * parties.length, type: WidthType.DXA },
    columnWidths: parties.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: parties.map(column) })],
  });
}

/**
 * A fill-in field: a line (a bottom-bordered paragraph, so it stays a line however the text reflows) that
 * holds the value when it is known, and the label under it. `rightIndent` shortens the line in body text.
 */
export function fieldParagraphs(label: string, value: string | undefined, rightIndent = CONTENT_WIDTH - 5600): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.fieldLine, indent: { right: rightIndent }, children: renderRuns(value ? [{ text: value }] : [], new Map()) }),
    new Paragraph({ style: STYLE.fieldLabel, children: renderRuns([{ text: label }], new Map()) }),
  ];
}

/** Labelled facts in two borderless columns, as a notice states its addressee and dates. */
export function factsTable(facts: readonly Fact[], theme: DocxTheme): Table {
  const widths = [2400, CONTENT_WIDTH - 2400];
  const cell = (run: TextRun, column: number) =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      margins: { left: 0, right: 100 },
      children: [new Paragraph({ spacing: { after: 40 }, children: [run] })],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: facts.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [cell(new TextRun({ text: f.label, color: theme.muted }), 0), cell(new TextRun({ text: f.value, ...(f.strong ? { bold: true } : {}) }), 1)],
        }),
    ),
  });
}

function alignment(align: Align | undefined) {
  if (align === 'center') return AlignmentType.CENTER;
  if (align === 'right') return AlignmentType.RIGHT;
  return AlignmentType.LEFT;
}

function cellText(cell: Cell): string {
  return cell.map((runs) => runs.map((r) => r.text).join('')).join(' ');
}

/**
 * Column widths in twips that sum to the text width. Each column first gets room for its longest word
 * (up to 18 characters; longer tokens wrap), so that no header breaks inside a word; what is left goes
 * to the columns with more text.
 */
export function columnWidths(textRows: readonly (readonly string[])[], columns: number): number[] {
  const measures = columnText(textRows, columns);
  // About 105 twips a character at 8.5 points, plus the cell's side margins.
  const floors = measures.map((m) => Math.max(m.longestWord, 3) * 105 + 200);
  const weights = measures.map((m) => Math.sqrt(m.average));
  const floorSum = floors.reduce((a, b) => a + b, 0);
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  const spare = CONTENT_WIDTH - floorSum;
  const widths =
    spare >= 0
      ? floors.map((f, c) => f + Math.floor((spare * weights[c]) / weightSum))
      : floors.map((f) => Math.floor((f / floorSum) * CONTENT_WIDTH));
  widths[widths.indexOf(Math.max(...widths))] += CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}
