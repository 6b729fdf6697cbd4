import type { AnswerText } from '../model/answers';
import type { Layout, Question } from './layout';
import type { Match } from './match';

/** One question of the customer's file and what the library made of it. */
export interface AnsweredQuestion {
  question: Question;
  match: Match;
  /** The text put in the answer cell; undefined when the cell is left as it was. */
  written?: string;
}

/** One sheet the questions were found on. */
export interface AnsweredSheet {
  name: string;
  layout: Layout;
  questions: AnsweredQuestion[];
}

/** The one-word answer as a Yes/No column takes it. */
export const SHORT_LABEL: Record<AnswerText['short'], string> = { yes: 'Yes', no: 'No', partial: 'Partial', 'n/a': 'N/A' };

/** The headers of the two columns added at the end of the header row. */
export const ADDED_HEADERS = ['Confidence', 'Source'] as const;

/**
 * What goes in each question's cells: the approved answer for high and medium matches, nothing
 * otherwise; a cell the customer already filled in is never replaced.
 */
export function answerQuestions(questions: readonly Question[], match: (text: string) => Match): AnsweredQuestion[] {
  return questions.map((question) => {
    const found = match(question.text);
    const written = question.existing === '' && found.answer ? found.answer.answer : undefined;
    return { question, match: found, ...(written === undefined ? {} : { written }) };
  });
}

/** The Confidence and Source cells of an answered question; both blank when the customer had answered it. */
export function addedCells(q: AnsweredQuestion): [string, string] {
  if (q.question.existing !== '') return ['', ''];
  return [q.match.confidence, q.written !== undefined ? (q.match.answer?.id ?? '') : ''];
}
