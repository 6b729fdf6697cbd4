import { columnLetter } from './table';

/**
 * How much of a customer's questionnaire is read. Past any of these the file is refused before it is held
 * in memory: a questionnaire of 2,000 questions is far inside them, and a file past them would take minutes
 * and gigabytes to open (exceljs needs about 4 s and 200 MB for 200,000 cells on this kind of machine).
 */
export const QUESTIONNAIRE_LIMITS = {
  /** A workbook's parts together, counted as they inflate (the sizes a zip declares are not trusted). */
  inflatedBytes: 50 * 1024 * 1024,
  /** Parts (files) in a workbook's zip. */
  parts: 10_000,
  /** Rows of one sheet or of a CSV file. */
  rows: 20_000,
  /** Columns of one sheet or of a CSV file. */
  columns: 1_024,
  /** Cells of a whole workbook or CSV file; also the most shared strings a workbook may hold. */
  cells: 200_000,
  /** Characters of one cell or shared string: Excel's own limit. */
  cellChars: 32_767,
} as const;

/** A questionnaire past one of the limits; the message names the place and the limit, without the file. */
export class QuestionnaireRefused extends Error {}

const count = (n: number) => n.toLocaleString('en-US');
const L = QUESTIONNAIRE_LIMITS;

/** The parts of a workbook the bounds are checked on, as text, by their names in the zip. */
export interface WorkbookPart {
  name: string;
  text: string;
}

/** The parts exceljs parses as worksheets: it matches their names with this unanchored expression. */
export const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/**
 * Throws QuestionnaireRefused when a workbook's sheets or shared strings pass the limits: rows, columns,
 * cells and characters, counted in the XML before exceljs builds an object for any of them.
 */
export function checkWorkbookParts(parts: readonly WorkbookPart[]): void {
  const names = sheetNames(parts);
  let cells = 0;
  for (const part of parts) {
    if (part.name === 'xl/sharedStrings.xml') checkSharedStrings(part.text);
    else if (WORKSHEET_PART.test(part.name)) cells = checkSheet(part.text, names.get(part.name) ?? part.name, cells);
  }
}

// A tag of the cell grid, with or without a namespace prefix: rows, cells, values and inline text.
const GRID_TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|v|t|si)(?=[\s/>])([^>]*)>/g;
const ROW_NUMBER = /\br="(\d+)"/;
const CELL_REF = /\br="([A-Za-z]{1,3})(\d+)"/;

function checkSheet(xml: string, sheet: string, cellsBefore: number): number {
  let cells = cellsBefore;
  let rows = 0;
  let row = 0;
  let column = 0;
  let cellChars = 0;
  for (const tag of xml.matchAll(GRID_TAG)) {
    const [, name, attributes] = tag;
    if (name === 'row') {
      rows++;
      const r = ROW_NUMBER.exec(attributes);
      row = r ? Number(r[1]) : row + 1;
      column = 0;
      if (rows > L.rows || row > L.rows) refuse(`sheet "${sheet}" has ${rows > L.rows ? `more than ${count(L.rows)} rows` : `a row numbered ${count(row)}`}; a questionnaire is read up to row ${count(L.rows)}: delete the rows below the questions, or split the sheet`);
    } else if (name === 'c') {
      cells++;
      const ref = CELL_REF.exec(attributes);
      column = ref ? letterIndex(ref[1]) + 1 : column + 1;
      if (ref) row = Number(ref[2]);
      cellChars = 0;
      if (row > L.rows) refuse(`sheet "${sheet}" has a cell in row ${count(row)}; a questionnaire is read up to row ${count(L.rows)}: delete the rows below the questions, or split the sheet`);
      if (column > L.columns) refuse(`sheet "${sheet}" has a cell in column ${columnLetter(column - 1)} (column ${count(column)}); a questionnaire is read up to column ${columnLetter(L.columns - 1)} (${count(L.columns)}): delete the columns right of the answers`);
      if (cells > L.cells) refuse(`the workbook has more than ${count(L.cells)} cells; a questionnaire is read up to ${count(L.cells)}: delete what is not questions, or split the file`);
    } else if ((name === 'v' || name === 't') && !attributes.endsWith('/')) {
      cellChars += textLength(xml, (tag.index ?? 0) + tag[0].length);
      if (cellChars > L.cellChars) refuse(`sheet "${sheet}", cell ${columnLetter(Math.max(column, 1) - 1)}${row} holds more than ${count(L.cellChars)} characters, more than a spreadsheet cell can (Excel's limit); shorten it`);
    }
  }
  return cells;
}

function checkSharedStrings(xml: string): void {
  let strings = 0;
  let chars = 0;
  for (const tag of xml.matchAll(GRID_TAG)) {
    const [, name, attributes] = tag;
    if (name === 'si') {
      strings++;
      chars = 0;
      if (strings > L.cells) refuse(`the workbook holds more than ${count(L.cells)} shared strings, more than the ${count(L.cells)} cells a questionnaire is read up to`);
    } else if (name === 't' && !attributes.endsWith('/')) {
      chars += textLength(xml, (tag.index ?? 0) + tag[0].length);
      if (chars > L.cellChars) refuse(`shared string ${count(strings)} of the workbook holds more than ${count(L.cellChars)} characters, more than a spreadsheet cell can (Excel's limit); shorten the cell that uses it`);
    }
  }
}

/** The characters of the text that starts at `from` and runs to the next tag, an entity counting as one. */
function textLength(xml: string, from: number): number {
  const end = xml.indexOf('<', from);
  const raw = (end === -1 ? xml.length : end) - from;
  if (raw <= L.cellChars) return raw;
  let saved = 0;
  for (let i = xml.indexOf('&', from); i !== -1 && i < from + raw; i = xml.indexOf('&', i + 1)) {
    const semicolon = xml.indexOf(';', i);
    if (semicolon !== -1 && semicolon - i <= 10) saved += semicolon - i;
  }
  return raw - saved;
}

/** Sheet names by the part that holds them, from the workbook and its relationships; parts not found keep their names. */
function sheetNames(parts: readonly WorkbookPart[]): Map<string, string> {
  const text = (name: string) => parts.find((p) => p.name === name)?.text ?? '';
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[1])?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part) names.set(part, decodeXml(name));
  }
  return names;
}

function decodeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] !== '#') return named[e] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

function letterIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

function refuse(message: string): never {
  throw new QuestionnaireRefused(message);
}

/**
 * Throws QuestionnaireRefused, with the line and column of the place, when a CSV file passes the limits:
 * rows, columns, cells or the characters of one field. Read as csv-parse reads it (RFC 4180 quotes), in one
 * pass that holds nothing, before the file is parsed.
 */
export function checkCsvShape(text: string, delimiter: string): void {
  const DELIMITER = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  let line = 1;
  let lineStart = 0;
  let rows = 0;
  let columns = 1;
  let cells = 1;
  let chars = 0;
  let quoted = false;
  let fieldLine = 1;
  let fieldColumn = 1;
  const at = (l: number, c: number) => `${l}:${c}`;
  const newField = (i: number) => {
    fieldLine = line;
    fieldColumn = i - lineStart + 1;
    chars = 0;
    if (++cells > L.cells) refuse(`${at(line, fieldColumn)}: the file has more than ${count(L.cells)} cells; a questionnaire is read up to ${count(L.cells)}: delete what is not questions, or split the file`);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else {
          quoted = false;
          continue;
        }
      } else if (ch === LF || (ch === CR && text.charCodeAt(i + 1) !== LF)) {
        line++;
        lineStart = i + 1;
      }
    } else if (ch === QUOTE && chars === 0) {
      quoted = true;
      continue;
    } else if (ch === DELIMITER) {
      if (++columns > L.columns) refuse(`${at(line, i - lineStart + 1)}: the row has more than ${count(L.columns)} columns; a questionnaire is read up to ${count(L.columns)}: delete the columns right of the answers`);
      newField(i + 1);
      continue;
    } else if (ch === LF || ch === CR) {
      if (ch === CR && text.charCodeAt(i + 1) === LF) i++;
      if (++rows > L.rows) refuse(`${at(line, 1)}: the file has more than ${count(L.rows)} rows; a questionnaire is read up to row ${count(L.rows)}: delete the rows below the questions, or split the file`);
      line++;
      lineStart = i + 1;
      columns = 1;
      newField(i + 1);
      continue;
    }
    if (++chars > L.cellChars) refuse(`${at(fieldLine, fieldColumn)}: a field holds more than ${count(L.cellChars)} characters, more than a spreadsheet cell can (Excel's limit); shorten it`);
  }
  if (chars > 0 && ++rows > L.rows) refuse(`${at(line, 1)}: the file has more than ${count(L.rows)} rows; a questionnaire is read up to row ${count(L.rows)}: delete the rows below the questions, or split the file`);
}
