import { CsvError, parse } from 'csv-parse/sync';
import type { Diagnostics, Position } from '../diagnostics';
import type { Source } from './read';
import { count } from '../text/plural';

/** One field of a CSV file, trimmed, with the place it starts. */
export interface CsvCell {
  value: string;
  at: Position;
}

/** One record; `number` counts data rows from 1, the header being row 0. */
export interface CsvRow {
  number: number;
  cells: CsvCell[];
  at: Position;
}

/** A CSV file whose rows all have as many fields as its header. */
export interface CsvData {
  header: CsvRow;
  rows: CsvRow[];
}

interface Parsed {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * Parses CSV with a header row. Blank lines are skipped; a row with the wrong number of fields is
 * reported and left out; a syntax error (an unclosed quote) is reported and gives undefined.
 */
export function parseCsv(source: Source, diagnostics: Diagnostics): CsvData | undefined {
  // csv-parse miscounts lines when CRLF sits inside a quoted field; one line ending avoids that.
  const text = source.text.replace(/\r\n?/g, '\n');
  let records: Parsed[];
  try {
    records = parse(text, { info: true, raw: true, relax_column_count: true, trim: true }) as unknown as Parsed[];
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : 1;
    const message = (error as Error).message.replace(/ at line \d+/, '').replace(/^[^:]*: /, '');
    diagnostics.error({ file: source.file, line, column: 1 }, 'csv/syntax', `${message}; quote fields that contain commas, quotes or line breaks, and double quotes inside them ("")`);
    return undefined;
  }
  const rows = records.filter((r) => r.record.some((v) => v !== '')).map((r, i) => toRow(r, i, source.file));
  const [header, ...data] = rows;
  if (!header) {
    diagnostics.error({ file: source.file, line: 1, column: 1 }, 'csv/missing-header', 'the file has no header row; the first line must name the columns');
    return undefined;
  }
  checkDuplicateColumns(header, diagnostics);
  const kept = data.filter((row) => {
    if (row.cells.length === header.cells.length) return true;
    diagnostics.error(row.at, 'csv/row-length', `row ${row.number} has ${count(row.cells.length, 'field')}, but the header has ${count(header.cells.length, 'column')}; add or remove fields, or quote a value that contains a comma`, {
      expected: `${header.cells.length} fields`,
      actual: `${row.cells.length}`,
    });
    return false;
  });
  return { header, rows: kept };
}

function toRow(parsed: Parsed, index: number, file: string): CsvRow {
  // info.lines is the line the record ends on; a quoted field may have spanned several.
  const body = parsed.raw.replace(/\n$/, '');
  const startLine = parsed.info.lines - (body.match(/\n/g)?.length ?? 0);
  const starts = fieldStarts(body);
  const cells = parsed.record.map((value, i) => {
    const start = starts[i] ?? starts[starts.length - 1];
    return { value, at: { file, line: startLine + start.line, column: start.column } };
  });
  return { number: index, cells, at: { file, line: startLine, column: 1 } };
}

/** Line offset and column where each field of a raw record starts, skipping leading spaces. */
function fieldStarts(raw: string): { line: number; column: number }[] {
  const starts: { line: number; column: number }[] = [];
  let line = 0;
  let column = 1;
  let quoted = false;
  let atFieldStart = true;
  for (const ch of raw) {
    if (atFieldStart && ch !== ' ' && ch !== '\t') {
      starts.push({ line, column });
      atFieldStart = false;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) atFieldStart = true;
    if (ch === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  // A trailing empty field has no character of its own: it starts where the record ends.
  if (atFieldStart) starts.push({ line, column });
  return starts;
}

function checkDuplicateColumns(header: CsvRow, diagnostics: Diagnostics): void {
  const seen = new Map<string, CsvCell>();
  for (const cell of header.cells) {
    const first = seen.get(cell.value);
    if (first && cell.value !== '') {
      diagnostics.error(cell.at, 'csv/duplicate-column', `column "${cell.value}" appears twice in the header; rename or remove one`, {
        actual: `also at column ${first.at.column}`,
      });
    } else {
      seen.set(cell.value, cell);
    }
  }
}
