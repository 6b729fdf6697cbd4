import { z } from 'zod';
import type { Diagnostics, Position } from '../diagnostics';
import { check } from './checks';
import { removeControlCharacters } from './control-characters';
import { parseCsv, type CsvCell } from './csv';
import { optional } from './fields';
import { reportIssues } from './issues';
import { findPositions, Positions } from './positions';
import type { Source } from './read';
import type { DataTable } from './types';
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
  })
  .describe('a table: columns and rows');

/** Reads one table file; `src` is its path relative to content/, as `::table{src=...}` names it. */
export function loadTable(source: Source, src: string, diagnostics: Diagnostics): DataTable | undefined {
  return src.endsWith('.csv') ? csvTable(source, src, diagnostics) : yamlTable(source, src, diagnostics);
}

function csvTable(source: Source, src: string, diagnostics: Diagnostics): DataTable | undefined {
  const csv = parseCsv(source, diagnostics);
  if (!csv) return undefined;
  const positions = new Map<string, Position>();
  const clean = (cell: CsvCell, label: string): string => {
    positions.set(label, cell.at);
    return removeControlCharacters(cell.value, () => cell.at, diagnostics) as string;
  };
  const table = {
    src,
    file: source.file,
    columns: csv.header.cells.map((cell, j) => clean(cell, `columns[${j}]`)),
    rows: csv.rows.map((row, i) => row.cells.map((cell, j) => clean(cell, `rows[${i}][${j}]`))),
    at: csv.header.at,
    positions: new Positions(source.file, positions),
  };
  return table;
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
  return { src, file: source.file, columns, rows, at: yaml.locate.value(['columns']), positions: new Positions(source.file, positions) };
}
