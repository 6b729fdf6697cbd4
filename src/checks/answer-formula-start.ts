import { FORMULA_START } from '../text';
import { answerPlace, libraryOf } from './answer-place';
import type { LintRule } from './rule';

/**
 * An answer that opens like a formula is written into CSV files with a leading quote, so that a spreadsheet
 * shows it instead of running it; the customer then reads the quote too, so the text is better reworded.
 * The text is read with its placeholders filled in, as the CSV gets it.
 */
export const answerFormulaStart: LintRule = {
  id: 'answers/formula-start',
  check(ctx) {
    const resolved = new Map(ctx.model.answers.map((a) => [a.id, a.answer]));
    for (const answer of libraryOf(ctx.model.content)) {
      const text = resolved.get(answer.id) ?? answer.answer;
      if (!FORMULA_START.test(text)) continue;
      const first = JSON.stringify(text[0]);
      ctx.report(answerPlace(answer, 'answer'), `Answer "${answer.id}" starts with ${first}, which a spreadsheet opening a CSV file runs as a formula; the CSV copies write it after a ', so start the answer with a word`, {
        expected: 'an answer that starts with a word',
        actual: JSON.stringify(text.slice(0, 20)),
      });
    }
  },
};
