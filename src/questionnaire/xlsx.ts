import type { Workbook, Worksheet } from 'exceljs';
import { checkWorkbookParts } from './bounds';
import type { Range, Table } from './table';
import { readWorkbookParts } from './workbook-parts';

/**
 * Opens workbook bytes; exceljs is loaded only by the command that needs it. The bounds are checked first
 * (QuestionnaireRefused past them, NotAWorkbook for bytes that are no zip), so exceljs never holds more.
 */
export async function readWorkbook(bytes: Buffer): Promise<Workbook> {
  checkWorkbookParts(await readWorkbookParts(bytes));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook: WorkbookClass } = require('exceljs') as typeof import('exceljs');
  const workbook = new WorkbookClass();
  // exceljs types its argument as the older Buffer interface; the bytes are the same.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every worksheet of a workbook as text tables, in workbook order. */
export function workbookTables(workbook: Workbook): Table[] {
  return workbook.worksheets.map(sheetTable);
}

function sheetTable(sheet: Worksheet): Table {
  const rows: string[][] = [];
  const hiddenRows = new Set<number>();
  // Only the rows and cells the file holds: with includeEmpty, exceljs would make every one up to the last.
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, columnNumber) => {
      // A merged range's other cells read as its first one's value; the text belongs to the first alone.
      cells[columnNumber - 1] = cell.isMerged && cell.master.address !== cell.address ? '' : cell.text;
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    if (row.hidden) hiddenRows.add(rowNumber - 1);
  });
  const merges = sheetMerges(sheet);
  return {
    name: sheet.name,
    rows: Array.from(rows, (r) => r ?? []),
    mergeAt: (row, column) => merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right),
    ...(sheet.state === 'hidden' || sheet.state === 'veryHidden' ? { hidden: sheet.state } : {}),
    ...(hiddenRows.size > 0 ? { hiddenRows } : {}),
  };
}

/** The sheet's merged ranges, 0-based, from its model (`A1:C1`). */
function sheetMerges(sheet: Worksheet): Range[] {
  const ranges = (sheet.model as { merges?: string[] }).merges ?? [];
  return ranges.flatMap((range) => {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!match) return [];
    const col = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
    return [{ top: Number(match[2]) - 1, left: col(match[1]), bottom: Number(match[4]) - 1, right: col(match[3]) }];
  });
}
