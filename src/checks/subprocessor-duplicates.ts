import type { Subprocessor } from '../load/types';
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
  return limit > 0 && withinEdits(a, b, limit);
}

/**
 * Whether `a` becomes `b` in at most `limit` insertions, deletions, substitutions or transpositions.
 * Only the diagonal band |i - j| <= limit can stay within the limit, and a row whose best cell
 * exceeds it ends the search: every name is compared with every other, so this must stay cheap.
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const outside = limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : outside));
  for (let i = 1; i <= a.length; i++) {
    const row = Array<number>(b.length + 1).fill(outside);
    if (i <= limit) row[0] = i;
    let best = row[0];
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, before[j - 2] + 1);
      row[j] = Math.min(cell, outside);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return false;
    before = previous;
    previous = row;
  }
  return previous[b.length] <= limit;
}
