import { editDistance } from '../content/suggest';
import type { Subprocessor } from '../content/types';
import type { LintRule } from './rule';

const LEGAL_SUFFIX = /\b(?:inc|incorporated|llc|llp|lp|ltd|limited|plc|gmbh|ag|sa|sas|sarl|bv|nv|ab|as|oy|srl|spa|pty|kk|corp|corporation|co|company)\b/g;

/** A name reduced to what tells entities apart: no case, punctuation, legal form or extra spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(LEGAL_SUFFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Two names for one entity (`Stripe, Inc.` and `Stripe Inc`, `Sentry` and `Sentri`) list it twice in the DPA. */
export const subprocessorNearDuplicate: LintRule = {
  id: 'subprocessors/near-duplicate',
  severity: 'warning',
  summary: 'two subprocessors whose names differ only in case, punctuation, legal suffix or a typo or two',
  check(ctx) {
    const seen: { sub: Subprocessor; key: string }[] = [];
    for (const sub of ctx.model.content.subprocessors) {
      const key = normaliseName(sub.name);
      // Exact repeats (ignoring case) are the loader's subprocessors/duplicate-name error.
      const match = seen.find((s) => s.sub.name.trim().toLowerCase() !== sub.name.trim().toLowerCase() && isNear(s.key, key));
      seen.push({ sub, key });
      if (!match) continue;
      ctx.report(sub.at, `"${sub.name}" looks like the same entity as "${match.sub.name}" (line ${match.sub.at.line}); merge the entries, or make the names tell them apart`, {
        expected: 'each entity listed once',
        actual: `"${sub.name}" and "${match.sub.name}"`,
      });
    }
  },
};

function isNear(a: string, b: string): boolean {
  if (a === b) return a !== '';
  // Short names differ by one letter legitimately (`Box` and `Fox`); allow typos only in longer ones.
  const limit = Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 5 ? 1 : 0;
  return limit > 0 && editDistance(a, b) <= limit;
}
