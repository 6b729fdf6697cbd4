import type { AnswerText } from '../model/answers';
import type { AnsweredQuestion, AnsweredSheet } from './answered';
import type { Confidence } from './match';
import { count } from '../text/plural';
import { address } from './table';

/** How many questions got each confidence, how many were answered, and how many the customer had filled in. */
export interface AnswerCounts {
  questions: number;
  answered: number;
  prefilled: number;
  byConfidence: Record<Confidence, number>;
}

/** Counts over every sheet. */
export function countAnswers(sheets: readonly AnsweredSheet[]): AnswerCounts {
  const counts: AnswerCounts = { questions: 0, answered: 0, prefilled: 0, byConfidence: { high: 0, medium: 0, low: 0, none: 0 } };
  for (const q of sheets.flatMap((s) => s.questions)) {
    counts.questions++;
    if (q.question.existing !== '') {
      counts.prefilled++;
      continue;
    }
    counts.byConfidence[q.match.confidence]++;
    if (q.written !== undefined) counts.answered++;
  }
  return counts;
}

/** The summary line: `120 questions: 96 answered (80 high, 16 medium), 24 for review (9 low, 15 none)`. */
export function summaryLine(counts: AnswerCounts): string {
  const { high, medium, low, none } = counts.byConfidence;
  const prefilled = counts.prefilled ? `, ${counts.prefilled} already answered in the file` : '';
  return `${count(counts.questions, 'question')}: ${counts.answered} answered (${high} high, ${medium} medium), ${low + none} left blank for review (${low} low, ${none} none)${prefilled}`;
}

const md = (text: string) => text.replace(/\\/g, '\\\\').replace(/([|*_`[\]<>])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

/**
 * The review file: every question a person must answer (low and none), then every answer written with
 * medium confidence, to check; each with the best three library entries and their scores.
 */
export function reviewMarkdown(file: string, sheets: readonly AnsweredSheet[], library: readonly AnswerText[]): string {
  const byId = new Map(library.map((a) => [a.id, a]));
  const all = sheets.flatMap((s) => s.questions.filter((q) => q.question.existing === '').map((q) => ({ sheet: s, q })));
  const blank = all.filter(({ q }) => q.written === undefined);
  const medium = all.filter(({ q }) => q.written !== undefined && q.match.confidence === 'medium');
  const out = [`# Review: ${md(file)}`, '', summaryLine(countAnswers(sheets)) + '.', ''];
  out.push('## Questions to answer', '');
  if (blank.length === 0) out.push('None: every question was answered with confidence.', '');
  for (const { sheet, q } of blank) out.push(...entry(sheet.name, sheet.layout.question, q, byId));
  out.push('## Answers to check (medium confidence)', '');
  if (medium.length === 0) out.push('None.', '');
  for (const { sheet, q } of medium) out.push(...entry(sheet.name, sheet.layout.question, q, byId));
  return `${out.join('\n').trimEnd()}\n`;
}

function entry(sheet: string, column: number, q: AnsweredQuestion, byId: ReadonlyMap<string, AnswerText>): string[] {
  const where = `${sheet}!${address(q.question.row, column)}`;
  const lines = [`### ${md(where)}: ${md(q.question.text)}`, '', `Confidence: ${q.match.confidence} (coverage ${q.match.coverage.toFixed(2)}, closeness ${q.match.closeness.toFixed(2)}, margin ${Number.isFinite(q.match.margin) ? q.match.margin.toFixed(2) : 'none'})`, ''];
  if (q.match.candidates.length === 0) lines.push('No library entry shares a term with this question: write an answer, and consider adding it to the library.');
  q.match.candidates.forEach((c, i) => {
    const answer = byId.get(c.id);
    lines.push(`${i + 1}. \`${c.id}\` (score ${c.score.toFixed(2)}): ${md(answer?.question ?? '')}`);
  });
  lines.push('');
  return lines;
}
