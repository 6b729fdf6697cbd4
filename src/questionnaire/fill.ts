import type { Cell, Workbook } from 'exceljs';
import { ADDED_HEADERS, addedCells, SHORT_LABEL, type AnsweredSheet } from './answered';
import type { CsvStyle } from './csv';
import { writeCsv } from './csv';
import { neutraliseFormula } from '../text';
import type { Table } from './table';

/**
 * Writes the answers into the customer's workbook in place: the answer (and yes/no) cells of answered
 * questions, and Confidence and Source at the end of each header row, styled like that row. Nothing
 * else is touched, so the customer's layout, styles, widths and other sheets stay as they were.
 */
export async function fillWorkbook(workbook: Workbook, sheets: readonly AnsweredSheet[]): Promise<Buffer> {
  for (const sheet of sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) continue;
    const { layout } = sheet;
    const header = ws.getRow(layout.header + 1);
    let lastColumn = 0;
    header.eachCell((cell, column) => {
      if (cell.text.trim() !== '') lastColumn = column;
    });
    const style = header.getCell(lastColumn).style;
    ADDED_HEADERS.forEach((text, i) => {
      const cell = header.getCell(lastColumn + 1 + i);
      cell.value = text;
      cell.style = copyStyle(style);
      const column = ws.getColumn(lastColumn + 1 + i);
      if (!column.width) column.width = i === 0 ? 12 : 28;
    });
    for (const q of sheet.questions) {
      const row = ws.getRow(q.question.row + 1);
      if (q.written !== undefined) {
        row.getCell(layout.answer + 1).value = q.written;
        if (layout.short !== undefined && q.match.answer) setIfEmpty(row.getCell(layout.short + 1), SHORT_LABEL[q.match.answer.short]);
      }
      addedCells(q).forEach((text, i) => {
        if (text !== '') row.getCell(lastColumn + 1 + i).value = text;
      });
    }
  }
  // Level 1 deflate: the copy is a working file, and the default level costs a third of the whole run.
  const bytes = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as Parameters<typeof workbook.xlsx.writeBuffer>[0]);
  return Buffer.from(bytes as ArrayBuffer);
}

function setIfEmpty(cell: Cell, text: string): void {
  if (cell.text.trim() === '') cell.value = text;
}

/** A deep copy: exceljs shares style objects between cells, and a shared one would change both. */
function copyStyle(style: Partial<Cell['style']>): Partial<Cell['style']> {
  return JSON.parse(JSON.stringify(style ?? {})) as Partial<Cell['style']>;
}

/**
 * The CSV with the answers in their cells and Confidence and Source appended to the header and each question row.
 * What it writes is made inert where it opens like a formula (OWASP); the customer's own cells are left as they are.
 */
export function fillCsv(table: Table, style: CsvStyle, sheet: AnsweredSheet): Buffer {
  const rows = table.rows.map((row) => [...row]);
  const { layout } = sheet;
  // A loop, not Math.max(...rows): spreading a long file's rows as arguments overflows the stack.
  let width = 0;
  for (let r = layout.header; r < rows.length; r++) width = Math.max(width, rows[r].length);
  const pad = (row: string[]) => {
    while (row.length < width) row.push('');
    return row;
  };
  rows[layout.header] = [...pad(rows[layout.header]), ...ADDED_HEADERS];
  for (const q of sheet.questions) {
    const row = pad(rows[q.question.row]);
    if (q.written !== undefined) {
      row[layout.answer] = neutraliseFormula(q.written);
      if (layout.short !== undefined && q.match.answer && row[layout.short].trim() === '') row[layout.short] = SHORT_LABEL[q.match.answer.short];
    }
    row.push(...addedCells(q).map(neutraliseFormula));
  }
  return Buffer.from(writeCsv(rows, style), 'utf8');
}
