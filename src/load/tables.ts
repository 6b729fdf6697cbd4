import { z } from 'zod';
import type { Diagnostics, Position } from '../diagnostics';
import { check } from './checks';
import { removeControlCharacters } from './control-characters';
import { parseCsv, type CsvCell } from './csv';
import { audience, optional } from './fields';
import { reportIssues } from './issues';
import { findPositions, Positions } from './positions';
import type { Source } from './read';
import type { Audience, DataTable } from './types';
import { parseYaml } from './yaml';
import { count } from '../text/plural';

/** A YAML data table: `{ columns: [..], rows: [[..], ..] }`. */
export const tableSchema = z
  .strictObject({
    columns: check(z.array(z.string()), (columns) => columns.length > 0, {
      rule: 'required-field',
      problem: 'must name at least one column',
      expected: 'a list of column headings',
    }).describe('the column headings, in order'),
    rows: optional(z.array(z.array(z.string()).describe('one row: a list of cells, one per column'))).describe(
      'the rows, each a list with one cell per column',
    ),
    audience,
  })
  .describe('a table: columns and rows');

/** Reads one table file; `src` is its path relative to content/, as `::table{src=...}` names it. */
export function loadTable(source: Source, src: string, diagnostics: Diagnostics): DataTable | undefined {
  const table = src.endsWith('.csv') ? csvTable(source, src, diagnostics) : yamlTable(source, src, diagnostics);
  if (!table || table.rows.length <= MAX_TABLE_ROWS) return table;
  diagnostics.error(table.positions.of(`rows[${MAX_TABLE_ROWS}][0]`), 'content/too-complex', `the table has ${table.rows.length} rows; a table that long would take minutes to lay out and no reader pages through it: split it, or publish it as a data file`, {
    expected: `at most ${MAX_TABLE_ROWS} rows`,
    actual: `${table.rows.length} rows`,
  });
  // The build stops on the error; the rows kept are only for the other checks.
  return { ...table, rows: table.rows.slice(0, MAX_TABLE_ROWS) };
}

/** Rows a data table may have: laying out a 100,000-row table took minutes (see the README, Hostile input). */
export const MAX_TABLE_ROWS = 5000;

function csvTable(source: Source, src: string, diagnostics: Diagnostics): DataTable | undefined {
  const csv = parseCsv(source, diagnostics);
  if (!csv) return undefined;
  const positions = new Map<string, Position>();
  const clean = (cell: CsvCell, label: string): string => {
    positions.set(label, cell.at);
    return removeControlCharacters(cell.value, () => cell.at, diagnostics) as string;
  };
  // An `audience` column tags rows; it is never shown, so it is taken out before the cells are numbered.
  const tag = csv.header.cells.findIndex((cell) => cell.value === AUDIENCE_COLUMN);
  const shown = <T>(cells: readonly T[]) => cells.filter((_, j) => j !== tag);
  const table: DataTable = {
    src,
    file: source.file,
    columns: shown(csv.header.cells).map((cell, j) => clean(cell, `columns[${j}]`)),
    rows: csv.rows.map((row, i) => shown(row.cells).map((cell, j) => clean(cell, `rows[${i}][${j}]`))),
    ...(tag === -1 ? {} : { rowAudience: csv.rows.map((row) => rowAudience(row.cells[tag], diagnostics)) }),
    at: csv.header.at,
    positions: new Positions(source.file, positions),
  };
  return table;
}

/** The CSV column that says which audience may see each row. */
export const AUDIENCE_COLUMN = 'audience';

function rowAudience(cell: CsvCell | undefined, diagnostics: Diagnostics): Audience | undefined {
  if (!cell) return undefined;
  if (cell.value === '' || cell.value === 'public' || cell.value === 'nda') return cell.value || undefined;
  // Unknown means unsure: the row is kept from the public, and the build stops on the error.
  diagnostics.error(cell.at, 'tables/invalid-value', `"audience" has an unsupported value`, { expected: 'one of "public", "nda", or empty for the default', actual: JSON.stringify(cell.value) });
  return 'nda';
}

function yamlTable(source: Source, src: string, diagnostics: Diagnostics): DataTable | undefined {
  const yaml = parseYaml(source, { schema: 'failsafe', expected: 'a mapping with columns and rows' }, diagnostics);
  if (!yaml) return undefined;
  const value = removeControlCharacters(yaml.value, (path) => yaml.locate.value(path), diagnostics);
  const result = tableSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    reportIssues(result.error.issues, { scope: 'tables', schema: tableSchema, locate: yaml.locate, diagnostics });
    return undefined;
  }
  const { columns } = result.data;
  const rows = (result.data.rows ?? []).filter((row, i) => {
    if (row.length === columns.length) return true;
    diagnostics.error(yaml.locate.value(['rows', i]), 'tables/row-length', `row ${i + 1} has ${count(row.length, 'cell')}, but there are ${count(columns.length, 'column')}; add or remove cells`, {
      expected: `${columns.length} cells`,
      actual: `${row.length}`,
    });
    return false;
  });
  // Rows of the wrong length are left out, so positions are looked up by each kept row's own index.
  const kept = (result.data.rows ?? []).flatMap((row, i) => (row.length === columns.length ? [i] : []));
  const positions = findPositions({ columns }, yaml.locate);
  kept.forEach((original, i) => columns.forEach((_, j) => positions.set(`rows[${i}][${j}]`, yaml.locate.value(['rows', original, j]))));
  const tagged = result.data.audience ? { audience: result.data.audience } : {};
  return { src, file: source.file, columns, rows, ...tagged, at: yaml.locate.value(['columns']), positions: new Positions(source.file, positions) };
}
