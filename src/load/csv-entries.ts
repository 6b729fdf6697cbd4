import { scopedRule, type SchemaScope } from '../diagnostics/rules';
import type { Diagnostics, Position } from '../diagnostics';
import type { CsvCell, CsvData, CsvRow } from './csv';
import type { Locator } from './locate';
import { didYouMean } from '../text/suggest';

/** Turns one cell into the value its column holds; reports and returns undefined when it cannot. */
export type CellReader = (cell: CsvCell, diagnostics: Diagnostics) => unknown;

/** The columns a list file may have, each with how to read its cells. */
export interface CsvColumns {
  /** Rule id scope, e.g. `controls`. */
  scope: SchemaScope;
  readers: Record<string, CellReader>;
  required: readonly string[];
}

/** A CSV row as the data a YAML entry would give, with a locator into the row. */
export interface CsvEntry {
  value: Record<string, unknown>;
  locate: Locator;
  at: Position;
  /**
   * Columns already reported: required ones the header lacks (once there, not again for every row) and
   * cells of this row that could not be read.
   */
  reported: ReadonlySet<string>;
}

/** The value of a plain text column. */
export const textCell: CellReader = (cell) => cell.value;

/** A `;`-separated list, e.g. `SOC 2 Type II; ISO 27001`; empty items are dropped. */
export const listCell: CellReader = (cell) => splitList(cell.value, ';');

/** Splits on a separator, trims, drops empty items. */
export function splitList(value: string, separator: string): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Reads rows into entries keyed by column name. The header is checked once here (unknown and
 * missing columns), so that each row does not repeat the same complaint. Empty cells are left out,
 * so a required field in an empty cell is reported as missing, at that cell.
 */
export function csvEntries(csv: CsvData, columns: CsvColumns, diagnostics: Diagnostics): CsvEntry[] | undefined {
  const known = Object.keys(columns.readers);
  const { header } = csv;
  if (!header.cells.some((cell) => known.includes(cell.value))) {
    diagnostics.error(header.at, 'csv/missing-header', 'the first row must be a header naming the columns', {
      expected: `a header row such as ${known.join(',')}`,
      actual: JSON.stringify(header.cells.map((c) => c.value).join(',')),
    });
    return undefined;
  }
  for (const cell of header.cells) {
    if (known.includes(cell.value)) continue;
    const suggestion = didYouMean(cell.value, known);
    const fix = suggestion ? `did you mean "${suggestion}"?` : 'remove the column or check the spelling';
    diagnostics.error(cell.at, scopedRule(columns.scope, 'unknown-key'), `unknown column "${cell.value}"; ${fix}`, { expected: `one of ${known.join(', ')}` });
  }
  const names = header.cells.map((cell) => cell.value);
  const missing = new Set(columns.required.filter((name) => !names.includes(name)));
  for (const name of missing) {
    diagnostics.error(header.at, scopedRule(columns.scope, 'required-field'), `column "${name}" is required; add it to the header row`, { expected: `a header with at least ${columns.required.join(', ')}` });
  }
  return csv.rows.map((row) => {
    const entry = toEntry(row, header, columns, diagnostics);
    return { ...entry, reported: new Set([...missing, ...entry.unread]) };
  });
}

function toEntry(row: CsvRow, header: CsvRow, columns: CsvColumns, diagnostics: Diagnostics): Omit<CsvEntry, 'reported'> & { unread: string[] } {
  const value: Record<string, unknown> = {};
  // Cells whose reader reported them and gave nothing: the field is absent, but not because the author left it out.
  const unread: string[] = [];
  header.cells.forEach((column, i) => {
    const reader = columns.readers[column.value];
    const cell = row.cells[i];
    if (!reader || cell.value === '') return;
    const read = reader(cell, diagnostics);
    if (read !== undefined) value[column.value] = read;
    else unread.push(column.value);
  });
  const columnIndex = (name: PropertyKey | undefined) => header.cells.findIndex((c) => c.value === String(name));
  // A field is its cell, also when the cell is empty and the field required; no column, the row.
  const cellAt = (path: readonly PropertyKey[]): Position => {
    const i = columnIndex(path[0]);
    return i === -1 ? row.at : row.cells[i].at;
  };
  const locate: Locator = {
    value: cellAt,
    missing: cellAt,
    key: (path) => header.cells[columnIndex(path[0])]?.at ?? row.at,
  };
  return { value, locate, at: row.at, unread };
}
