/** A merged range of cells, 0-based and inclusive. */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet of a questionnaire as text: the same shape for a workbook's sheet and a CSV file. */
export interface Table {
  /** The sheet's name; a CSV file's is its file name. */
  name: string;
  /** Cell texts by 0-based row and column; a merged range's text is in its top-left cell only. */
  rows: string[][];
  /** The merged range a cell belongs to, if any. */
  mergeAt(row: number, column: number): Range | undefined;
  /** A workbook sheet the customer hid: `hidden` (Unhide shows it) or `veryHidden` (only a macro or the XML can). */
  hidden?: 'hidden' | 'veryHidden';
  /** The 0-based rows the customer hid. */
  hiddenRows?: ReadonlySet<number>;
}

/** The text of a cell, '' outside the table. */
export function cellText(table: Table, row: number, column: number): string {
  return (table.rows[row]?.[column] ?? '').trim();
}

/** Column letters as spreadsheets write them: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based index of column letters (`A`, `aa`), or undefined when they are not letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** A cell's address as people read it: `B7`. */
export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
