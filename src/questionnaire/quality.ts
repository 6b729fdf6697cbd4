import type { AnswerIndex } from './match';

/** A question with the library entry that answers it, or `none`. */
export interface QualityCase {
  q: string;
  expect: string;
}

/** How a set of questions fared: right and wrong count written answers, abstained the ones left blank. */
export interface Quality {
  questions: number;
  answerable: number;
  right: number;
  wrong: number;
  abstained: number;
  /** Questions the library cannot answer that got an answer anyway: the worst outcome. */
  wrongOnNone: number;
  /** Of the answerable questions, the share answered right. */
  rightShare: number;
  misses: { q: string; expect: string; got: string; confidence: string }[];
}

/** Runs every case through the matcher. Pure: the cases and the index come from the caller. */
export function measureQuality(index: AnswerIndex, cases: readonly QualityCase[]): Quality {
  const result: Quality = { questions: cases.length, answerable: 0, right: 0, wrong: 0, abstained: 0, wrongOnNone: 0, rightShare: 0, misses: [] };
  for (const c of cases) {
    const match = index.match(c.q);
    const got = match.answer?.id ?? 'none';
    if (c.expect !== 'none') result.answerable++;
    if (got === 'none') result.abstained++;
    else if (got === c.expect) result.right++;
    else {
      result.wrong++;
      if (c.expect === 'none') result.wrongOnNone++;
    }
    if (got !== c.expect) result.misses.push({ q: c.q, expect: c.expect, got, confidence: match.confidence });
  }
  result.rightShare = result.answerable === 0 ? 0 : result.right / result.answerable;
  return result;
}
