import { address, cellText, columnIndex, columnLetter, type Table } from './table';

/** How many rows from the top a header row is looked for in: title blocks are a few rows, not pages. */
export const HEADER_SEARCH_ROWS = 20;

/** Which columns hold what, as the user may name them: column letters or header texts. */
export interface ColumnChoice {
  question?: string;
  answer?: string;
}

/** Where a sheet's questions are and where their answers go. */
export interface Layout {
  /** 0-based row of the header. */
  header: number;
  question: number;
  answer: number;
  /** A Yes/No column beside the answer column, when the sheet has one. */
  short?: number;
}

const QUESTION_HEADERS = [/^(?:security |control |assessment )?questions?\b/i, /^requirements?\b/i, /^controls?(?: (?:description|requirement|statement))?$/i, /^(?:item |control )?descriptions?$/i, /^criteria$/i];
const ANSWER_HEADERS = [/\b(?:vendor|supplier|provider|csp)?\s*(?:answers?|responses?)\b(?!.*\byes\s*\/\s*no\b)/i, /^(?:vendor |supplier )?comments?\b/i, /\bexplanation\b/i, /\bremarks?\b/i];
const SHORT_HEADERS = [/\byes\s*\/\s*no\b/i, /^y\s*\/\s*n$/i, /^compliant\??$/i, /^(?:yes|no)\b.*\b(?:n\/?a)\b/i];

/** Finds a header row and the question and answer columns of a sheet; a sentence saying why not when it cannot. */
export function findLayout(table: Table, choice: ColumnChoice = {}): Layout | string {
  const last = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const layout = layoutAt(table, row, choice);
    if (layout) return layout;
  }
  const named = [choice.question && `question column ${choice.question}`, choice.answer && `answer column ${choice.answer}`].filter(Boolean).join(' and ');
  return named
    ? `no row among the first ${HEADER_SEARCH_ROWS} has a header for the ${named}`
    : `no row among the first ${HEADER_SEARCH_ROWS} has both a question header (Question, Control, Requirement, Description) and an answer header (Answer, Response, Vendor response, Comments); name the columns with QUESTION_COLUMN= and ANSWER_COLUMN= (letters or header texts)`;
}

function layoutAt(table: Table, row: number, choice: ColumnChoice): Layout | undefined {
  const cells = table.rows[row] ?? [];
  const texts = cells.map((_, c) => cellText(table, row, c));
  if (texts.filter((t) => t !== '').length < 2 && !(choice.question && choice.answer)) return undefined;
  const question = pick(texts, choice.question, QUESTION_HEADERS, []);
  if (question === undefined) return undefined;
  const short = choice.answer ? undefined : pick(texts, undefined, SHORT_HEADERS, [question]);
  const answer = pick(texts, choice.answer, ANSWER_HEADERS, [question, ...(short === undefined ? [] : [short])]) ?? short;
  if (answer === undefined) return undefined;
  // With columns given as letters, the header is the first row that labels the question column.
  if (choice.question && columnIndex(choice.question) !== undefined && texts[question] === '') return undefined;
  return { header: row, question, answer, ...(short !== undefined && short !== answer ? { short } : {}) };
}

/** A column by the user's letter or header text, or by the first header pattern that matches. */
function pick(texts: readonly string[], named: string | undefined, patterns: readonly RegExp[], taken: readonly number[]): number | undefined {
  if (named) {
    const letter = columnIndex(named);
    const byText = texts.findIndex((t) => t.toLowerCase() === named.trim().toLowerCase());
    if (byText !== -1) return byText;
    return letter;
  }
  for (const pattern of patterns) {
    const found = texts.findIndex((t, i) => !taken.includes(i) && pattern.test(t));
    if (found !== -1) return found;
  }
  return undefined;
}

/** One question of a sheet: where it is and what it asks. */
export interface Question {
  sheet: string;
  /** 0-based row. */
  row: number;
  text: string;
  /** What the answer cell holds already; such cells are left as they are. */
  existing: string;
  /** The customer hid the row: it is not answered unless asked for. */
  hidden?: true;
}

/**
 * The questions under the header: rows whose question cell has text, hidden rows marked. A row whose
 * question cell is merged across the answer column is a section heading, not a question.
 */
export function questionsOf(table: Table, layout: Layout): Question[] {
  const questions: Question[] = [];
  for (let row = layout.header + 1; row < table.rows.length; row++) {
    const text = cellText(table, row, layout.question);
    if (!/\p{L}/u.test(text)) continue;
    const merge = table.mergeAt(row, layout.question);
    if (merge && merge.left <= layout.answer && merge.right >= layout.answer) continue;
    questions.push({ sheet: table.name, row, text, existing: cellText(table, row, layout.answer), ...(table.hiddenRows?.has(row) ? { hidden: true as const } : {}) });
  }
  return questions;
}

/** The layout in words, for the summary: `header row 4, questions in B, answers in D`. */
export function describeLayout(layout: Layout): string {
  const short = layout.short === undefined ? '' : `, yes/no in ${columnLetter(layout.short)}`;
  return `header ${address(layout.header, layout.question).replace(/^[A-Z]+/, 'row ')}, questions in ${columnLetter(layout.question)}, answers in ${columnLetter(layout.answer)}${short}`;
}
