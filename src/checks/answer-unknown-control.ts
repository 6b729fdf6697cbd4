import { didYouMean } from '../text/suggest';
import { answerPlace, libraryOf } from './answer-place';
import type { LintRule } from './rule';

/** An answer that rests on a control the matrix does not have cannot be traced to approved text. */
export const answerUnknownControl: LintRule = {
  id: 'answers/unknown-control',
  check(ctx) {
    const ids = ctx.model.content.controls.map((c) => c.id);
    const known = new Set(ids);
    for (const answer of libraryOf(ctx.model.content)) {
      answer.controls.forEach((id, i) => {
        if (known.has(id)) return;
        const suggestion = didYouMean(id, ids);
        ctx.report(answerPlace(answer, `controls[${i}]`), `Answer "${answer.id}" links to the unknown control "${id}"; ${suggestion ? `did you mean "${suggestion}"?` : 'use an id of controls.yaml, or remove the link'}`, {
          expected: 'a control id of controls.yaml',
          actual: JSON.stringify(id),
        });
      });
    }
  },
};
