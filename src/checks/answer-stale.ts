import { answerPlace, libraryOf } from './answer-place';
import type { LintRule } from './rule';

/** An answer not re-approved within document.maxAgeMonths may no longer be true when a customer reads it. */
export const answerStale: LintRule = {
  id: 'answers/stale',
  check(ctx) {
    const months = ctx.model.content.config.document.maxAgeMonths ?? 12;
    const now = ctx.settings.today;
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const oldest = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate())).toISOString().slice(0, 10);
    for (const answer of libraryOf(ctx.model.content)) {
      const [year, month, day] = answer.reviewed.split('-').map(Number);
      // Day-of-month overflow rolls into the next month, as the whitepaper's own review date rule counts.
      if (today <= Date.UTC(year, month - 1 + months, day)) continue;
      ctx.report(answerPlace(answer, 'reviewed'), `Answer "${answer.id}" was last reviewed ${answer.reviewed}, more than ${months} months ago; check it is still true and update reviewed, or raise document.maxAgeMonths`, {
        expected: `reviewed on or after ${oldest}`,
        actual: answer.reviewed,
      });
    }
  },
};
