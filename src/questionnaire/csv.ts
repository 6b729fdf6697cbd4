import { parse } from 'csv-parse/sync';
import { checkCsvShape } from './bounds';
import type { Table } from './table';

/** How a CSV file was written, so that the answered copy is written the same way. */
export interface CsvStyle {
  delimiter: ',' | ';' | '\t';
  lineEnding: '\r\n' | '\n';
  bom: boolean;
}

/**
 * A questionnaire CSV as a table, and how it was written. Throws QuestionnaireRefused (with line and column)
 * past the limits, checked before it is parsed, and csv-parse's error on malformed input.
 */
export function readCsv(text: string, name: string): { table: Table; style: CsvStyle } {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const newline = body.search(/\r?\n/);
  const firstLine = newline === -1 ? body : body.slice(0, newline);
  // Excel writes `;` where the decimal separator is a comma; a tab-separated export is also common.
  const counts = ([',', ';', '\t'] as const).map((d) => ({ d, n: occurrences(firstLine, d) }));
  const delimiter = counts.sort((a, b) => b.n - a.n)[0].d;
  checkCsvShape(body, delimiter);
  const rows = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: false }) as string[][];
  return {
    table: { name, rows, mergeAt: () => undefined },
    style: { delimiter, lineEnding: body.includes('\r\n') ? '\r\n' : '\n', bom },
  };
}

/** The rows written back as CSV in the file's own style; a field is quoted only when it must be. */
export function writeCsv(rows: readonly (readonly string[])[], style: CsvStyle): string {
  const quote = (field: string) => (field.includes(style.delimiter) || /["\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  const body = rows.map((row) => row.map(quote).join(style.delimiter)).join(style.lineEnding) + style.lineEnding;
  return (style.bom ? '\uFEFF' : '') + body;
}

/** How often a character occurs, without splitting: a hostile header can hold a million delimiters. */
function occurrences(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
