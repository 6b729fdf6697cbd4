import { answerPlace, libraryOf } from './answer-place';
import type { LintRule } from './rule';

// The first sentence carries the yes or no; later ones qualify it ("Yes. ... requests that do not carry
// credentials are rejected"), so only the first is read, and an opening Yes or No decides on its own.
const SAYS_NO = /\b(?:(?:is |are )?not (?:supported|available|offered|provided|included)|do(?:es)? not|is not|are not|cannot|can not|never)\b/i;
const SAYS_YES = /\b(?:is (?:available|supported|included|provided|offered)|are (?:available|supported|included)|we do|we (?:support|offer|provide)|supports|provides)\b/i;

/** What the opening of an answer says, and the words that say it, when it says yes or no plainly. */
export function openingStance(answer: string): { stance: 'yes' | 'no'; words: string } | undefined {
  const first = /^[^.!?]*[.!?]?/.exec(answer.trim())?.[0] ?? '';
  const opening = /^(yes|no)\b/i.exec(first);
  if (opening) return { stance: opening[1].toLowerCase() as 'yes' | 'no', words: opening[1] };
  const no = SAYS_NO.exec(first);
  if (no) return { stance: 'no', words: no[0] };
  const yes = SAYS_YES.exec(first);
  if (yes) return { stance: 'yes', words: yes[0] };
  return undefined;
}

/** A `short` that says the opposite of the answer's text puts a wrong Yes or No in a customer's spreadsheet. */
export const answerShortContradiction: LintRule = {
  id: 'answers/short-contradiction',
  check(ctx) {
    for (const answer of libraryOf(ctx.model.content)) {
      if (answer.short !== 'yes' && answer.short !== 'no') continue;
      const found = openingStance(answer.answer);
      if (!found || found.stance === answer.short) continue;
      ctx.report(answerPlace(answer, 'short'), `Answer "${answer.id}" has short "${answer.short}", but its text opens with "${found.words}", which says ${found.stance}; correct short, or the text`, {
        expected: `a text that says ${answer.short}, or short: ${found.stance}`,
        actual: JSON.stringify(found.words),
      });
    }
  },
};
