import type { Answer } from '../load/types';
import { answerPlace, libraryOf } from './answer-place';
import type { LintRule } from './rule';
import { withinEdits } from './subprocessor-duplicates';

/** A question reduced to its words: no case, punctuation, accents or repeated spaces. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Two phrasings so close that they ask the same thing: equal words, or a typo or two apart in a long one. */
function isSame(a: string, b: string): boolean {
  if (a === b) return a !== '';
  return Math.min(a.length, b.length) >= 20 && withinEdits(a, b, 2);
}

/** Two entries asking the same question leave the matcher a coin toss between two approved answers. */
export const answerDuplicateQuestion: LintRule = {
  id: 'answers/duplicate-question',
  check(ctx) {
    const seen: { answer: Answer; key: string; field: string }[] = [];
    for (const answer of libraryOf(ctx.model.content)) {
      const phrasings = [{ field: 'question', text: answer.question }, ...answer.alternatives.map((text, i) => ({ field: `alternatives[${i}]`, text }))];
      for (const { field, text } of phrasings) {
        const key = normaliseQuestion(text);
        const match = seen.find((s) => s.answer !== answer && isSame(s.key, key));
        seen.push({ answer, key, field });
        if (!match) continue;
        const where = answerPlace(match.answer, match.field);
        ctx.report(answerPlace(answer, field), `Answer "${answer.id}" asks the same question as "${match.answer.id}" (line ${where.line}); merge the two entries, or reword one so they ask different things`, {
          expected: 'each question asked once',
          actual: JSON.stringify(text),
        });
      }
    }
  },
};
