import { didYouMean } from '../text/suggest';
import { answerPlace, libraryOf } from './answer-place';
import type { LintRule } from './rule';

/** An answer naming a subprocessor the list does not have tells a customer something the DPA does not. */
export const answerUnknownSubprocessor: LintRule = {
  id: 'answers/unknown-subprocessor',
  check(ctx) {
    const names = ctx.model.content.subprocessors.map((s) => s.name);
    const known = new Set(names);
    for (const answer of libraryOf(ctx.model.content)) {
      answer.subprocessors.forEach((name, i) => {
        if (known.has(name)) return;
        const suggestion = didYouMean(name, names);
        ctx.report(
          answerPlace(answer, `subprocessors[${i}]`),
          `Answer "${answer.id}" links to the unknown subprocessor "${name}"; ${suggestion ? `did you mean "${suggestion}"?` : 'use a name exactly as subprocessors.yaml writes it, or remove the link'}`,
          { expected: 'a subprocessor name of subprocessors.yaml', actual: JSON.stringify(name) },
        );
      });
    }
  },
};
