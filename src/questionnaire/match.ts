import MiniSearch, { type SearchResult } from 'minisearch';
import type { AnswerText } from '../model/answers';
import { processTerm, terms, tokenize } from './terms';

/** How sure a match is; only high and medium matches are written into a customer's file. */
export type Confidence = 'high' | 'medium' | 'low' | 'none';

/** A library entry the search found for a question, with its score. */
export interface Candidate {
  id: string;
  score: number;
}

/** The library's answer to one question, or none. */
export interface Match {
  confidence: Confidence;
  /** The answer to write: set for high and medium only, so nothing below that is ever guessed. */
  answer?: AnswerText;
  /** The best few entries, best first, for the review file. */
  candidates: Candidate[];
  /** The share of the question's weighted terms the best entry matched, 0 to 1. */
  coverage: number;
  /** The best score over the runner-up's; Infinity when there is none. */
  margin: number;
}

/**
 * Where the confidence levels start, calibrated on the tuning set (test/questionnaire/fixtures):
 * `score` is the best BM25 score, `coverage` the share of the question's terms that entry matched,
 * `margin` how far ahead of the runner-up it is (best / second).
 */
export const THRESHOLDS = {
  high: { score: 5, coverage: 0.7, margin: 1.3 },
  medium: { score: 5, coverage: 0.4, margin: 1.1 },
  low: { score: 2, coverage: 0.25 },
} as const;

/** A word the library never uses weighs this much more than its rarest word: it is what the question is about. */
const UNKNOWN_WEIGHT = 1.5;

const FIELDS = ['question', 'alternatives', 'answer'] as const;
const BOOST = { question: 3, alternatives: 2.5, answer: 1 };

/** A search index over the library; build it once and match every question of a questionnaire against it. */
export class AnswerIndex {
  private readonly search: MiniSearch;
  private readonly byId: Map<string, AnswerText>;
  /** How many entries use each term: rare terms decide a match, common ones barely count. */
  private readonly documentFrequency = new Map<string, number>();

  constructor(answers: readonly AnswerText[]) {
    this.byId = new Map(answers.map((a) => [a.id, a]));
    this.search = new MiniSearch({
      fields: [...FIELDS],
      storeFields: [],
      tokenize,
      processTerm,
      searchOptions: {
        boost: BOOST,
        prefix: (term) => term.length >= 5,
        fuzzy: (term) => (term.length >= 7 ? 0.15 : false),
        combineWith: 'OR',
      },
    });
    for (const a of answers) {
      for (const term of new Set(terms([a.question, ...a.alternatives, a.answer].join('\n')))) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.search.addAll(answers.map((a) => ({ id: a.id, question: a.question, alternatives: a.alternatives.join('\n'), answer: a.answer })));
  }

  /** Finds the library's answer to a question, with a confidence; below medium, no answer. */
  match(question: string): Match {
    const wanted = new Set(terms(question));
    if (wanted.size === 0) return { confidence: 'none', candidates: [], coverage: 0, margin: 0 };
    const results = this.search.search(question);
    const candidates = results.slice(0, 3).map((r) => ({ id: String(r.id), score: round(r.score) }));
    const best = results[0];
    if (!best) return { confidence: 'none', candidates, coverage: 0, margin: 0 };
    const coverage = this.coverage(best, wanted);
    const margin = results[1] ? best.score / results[1].score : Infinity;
    const confidence = grade(best.score, coverage, margin);
    const answer = confidence === 'high' || confidence === 'medium' ? this.byId.get(String(best.id)) : undefined;
    return { confidence, ...(answer ? { answer } : {}), candidates, coverage: round(coverage), margin: round(margin) };
  }

  /**
   * The share of the question's meaning an entry matched: each term weighted by its inverse document
   * frequency, so that a word the library never uses ("penetration", "CISO") weighs most of all.
   */
  coverage(result: SearchResult, wanted: ReadonlySet<string>): number {
    const total = this.byId.size;
    const weight = (term: string) => {
      const df = this.documentFrequency.get(term);
      return df === undefined ? UNKNOWN_WEIGHT * Math.log(1 + total) : Math.log(1 + total / df);
    };
    const matched = new Set(result.queryTerms);
    let all = 0;
    let found = 0;
    for (const term of wanted) {
      all += weight(term);
      if (matched.has(term)) found += weight(term);
    }
    return all === 0 ? 0 : found / all;
  }
}

function grade(score: number, coverage: number, margin: number): Confidence {
  const passes = (t: { score: number; coverage: number; margin?: number }) => score >= t.score && coverage >= t.coverage && margin >= (t.margin ?? 0);
  if (passes(THRESHOLDS.high)) return 'high';
  if (passes(THRESHOLDS.medium)) return 'medium';
  if (passes(THRESHOLDS.low)) return 'low';
  return 'none';
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
