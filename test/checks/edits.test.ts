import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/suggest';
import { withinEdits } from '../../src/checks/subprocessor-duplicates';

describe('withinEdits', () => {
  it('agrees with the full edit distance on every pair of a word list, for limits 0 to 3', () => {
    const words = ['sentry', 'sentri', 'sentyr', 'stripe', 'strpie', 'stripes', 'amazon web services', 'amazon web service', 'google', 'gogle', 'box', 'fox', '', 'a'];
    for (const a of words) {
      for (const b of words) {
        for (let limit = 0; limit <= 3; limit++) {
          expect(withinEdits(a, b, limit), `${a} / ${b} / ${limit}`).toBe(editDistance(a, b) <= limit);
        }
      }
    }
  });
});
