import MiniSearch from 'minisearch';
import type { AnswerText } from '../model/answers';
import { editDistance } from '../text/suggest';
import { processTerm, terms, tokenize } from './terms';

/** How sure a match is; only high and medium matches are written into a customer's file. */
export type Confidence = 'high' | 'medium' | 'low' | 'none';

/** A library entry the search found for a question, with its ranking score. */
export interface Candidate {
  id: string;
  /** Coverage of the question (0 to 1) plus a share of closeness to one of the entry's phrasings (0 to 0.3). */
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
  /** The share of the best entry's closest phrasing that the question repeats, 0 to 1. */
  closeness: number;
  /** How far the best entry's ranking score (coverage plus closeness) is ahead of the runner-up's; the whole score when there is none. */
  margin: number;
}

/**
 * Where the confidence levels start, calibrated on the tuning set (test/questionnaire/fixtures):
 * `coverage` is the share of the question's weighted terms the best entry matched, `margin` how far
 * the best entry's ranking score is ahead of the runner-up's. Both are per question, so a long question
 * reads like a short one. The highest coverage an unanswerable question of the tuning set reached was
 * 0.47: medium starts clear of it. A wrong answer costs more than a blank, so the levels err on the blank side.
 */
export const THRESHOLDS = {
  high: { coverage: 0.75, margin: 0.15 },
  medium: { coverage: 0.6, margin: 0.05 },
  /**
   * A long question that repeats almost all of one approved phrasing is about that entry, even when its
   * other words (the customer's qualifications and boilerplate) leave the coverage low; still medium, so reviewed.
   */
  close: { coverage: 0.4, closeness: 0.85, margin: 0.1 },
  low: { coverage: 0.25, margin: 0 },
} as const;

/** A word the library never uses weighs as much as its rarest word: it is what the question is about. */
const UNKNOWN_WEIGHT = 1;

/**
 * A term found only in an entry's answer counts for this share of one found in its question or
 * alternatives: the question says what the entry is about, the answer also mentions neighbouring topics.
 */
const ANSWER_CREDIT = 0.5;

/** How much closeness to one of an entry's phrasings adds to its coverage when candidates are ranked. */
const CLOSENESS = 0.3;

/** How many search results are re-ranked by coverage. */
const POOL = 8;

const FIELDS = ['question', 'alternatives', 'answer'] as const;
const BOOST = { question: 3, alternatives: 2.5, answer: 1 };

/** An entry's terms: what it is about (question and alternatives) and what its answer mentions. */
interface EntryTerms {
  about: ReadonlySet<string>;
  mentions: ReadonlySet<string>;
  /** The question and each alternative on its own, to see how much of one phrasing the customer's question repeats. */
  phrasings: readonly ReadonlySet<string>[];
}

/** A search index over the library; build it once and match every question of a questionnaire against it. */
export class AnswerIndex {
  private readonly search: MiniSearch;
  private readonly byId: Map<string, AnswerText>;
  private readonly entryTerms = new Map<string, EntryTerms>();
  /** How many entries use each term: rare terms decide a match, common ones barely count. */
  private readonly documentFrequency = new Map<string, number>();
  /** The library's terms each question term matches (see `same`), kept across questions: questionnaires repeat words. */
  private readonly expansions = new Map<string, ReadonlySet<string>>();

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
      const phrasings = [a.question, ...a.alternatives].map((p) => new Set(terms(p)));
      const about = new Set(phrasings.flatMap((p) => [...p]));
      const mentions = new Set(terms(a.answer));
      this.entryTerms.set(a.id, { about, mentions, phrasings });
      for (const term of new Set([...about, ...mentions])) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.search.addAll(answers.map((a) => ({ id: a.id, question: a.question, alternatives: a.alternatives.join('\n'), answer: a.answer })));
  }

  /** Finds the library's answer to a question, with a confidence; below medium, no answer. */
  match(question: string): Match {
    const wanted = new Map(terms(question).map((t) => [t, this.expand(t)]));
    if (wanted.size === 0) return { confidence: 'none', candidates: [], coverage: 0, closeness: 0, margin: 0 };
    // BM25 finds the candidates; coverage ranks them, because it reads the same for every question.
    const ranked = this.search
      .search(question)
      .slice(0, POOL)
      .map((r, rank) => {
        const id = String(r.id);
        const coverage = this.coverage(id, wanted);
        const closeness = this.closeness(id, wanted);
        return { id, coverage, closeness, score: coverage + CLOSENESS * closeness, rank };
      })
      .sort((a, b) => b.score - a.score || a.rank - b.rank);
    const candidates = ranked.slice(0, 3).map((c) => ({ id: c.id, score: round(c.score) }));
    const [best, second] = ranked;
    if (!best) return { confidence: 'none', candidates, coverage: 0, closeness: 0, margin: 0 };
    // Graded on the rounded figures the review file shows, so that a reader can check the rule against them.
    const figures = { coverage: round(best.coverage), closeness: round(best.closeness), margin: round(best.score - (second?.score ?? 0)) };
    const confidence = grade(figures.coverage, figures.closeness, figures.margin);
    const answer = confidence === 'high' || confidence === 'medium' ? this.byId.get(best.id) : undefined;
    return { confidence, ...(answer ? { answer } : {}), candidates, ...figures };
  }

  /**
   * The share of the question's meaning an entry matched: each term weighted by its inverse document
   * frequency, so that a word the library never uses ("penetration", "CISO") weighs most of all, and
   * counted in full when the entry's question or alternatives use it, in part when only its answer does.
   */
  coverage(id: string, wanted: Wanted): number {
    const entry = this.entryTerms.get(id);
    if (!entry) return 0;
    let all = 0;
    let found = 0;
    for (const [term, matches] of wanted) {
      const weight = this.weight(term);
      all += weight;
      if (meets(entry.about, matches)) found += weight;
      else if (meets(entry.mentions, matches)) found += ANSWER_CREDIT * weight;
    }
    return all === 0 ? 0 : found / all;
  }

  /**
   * How much of the entry's closest phrasing (its question or one alternative) the customer's question
   * repeats, 0 to 1: of entries that all cover a short question, the one that is about nothing else.
   */
  closeness(id: string, wanted: Wanted): number {
    const entry = this.entryTerms.get(id);
    if (!entry) return 0;
    const matched = new Set([...wanted.values()].flatMap((m) => [...m]));
    let best = 0;
    for (const phrasing of entry.phrasings) {
      let all = 0;
      let found = 0;
      for (const term of phrasing) {
        const weight = this.weight(term);
        all += weight;
        if (matched.has(term)) found += weight;
      }
      if (all > 0) best = Math.max(best, found / all);
    }
    return best;
  }

  /** The library's terms a question's term matches. */
  private expand(wanted: string): ReadonlySet<string> {
    let found = this.expansions.get(wanted);
    if (!found) {
      found = new Set([...this.documentFrequency.keys()].filter((term) => same(term, wanted)));
      this.expansions.set(wanted, found);
    }
    return found;
  }

  private weight(term: string): number {
    const total = this.byId.size;
    const df = this.documentFrequency.get(term);
    return df === undefined ? UNKNOWN_WEIGHT * Math.log(1 + total) : Math.log(1 + total / df);
  }
}

/** A question's terms, each with the library terms it matches. */
type Wanted = ReadonlyMap<string, ReadonlySet<string>>;

/** Whether an entry's terms hold one of the library terms a question's term matches. */
function meets(terms: ReadonlySet<string>, matches: ReadonlySet<string>): boolean {
  for (const t of matches) if (terms.has(t)) return true;
  return false;
}

/** Whether an entry's term matches a question's term as the search does: exactly, by prefix, or one typo away. */
function same(term: string, wanted: string): boolean {
  if (term === wanted) return true;
  if (wanted.length >= 5 && term.startsWith(wanted)) return true;
  return wanted.length >= 7 && Math.abs(term.length - wanted.length) <= 1 && editDistance(term, wanted) <= 1;
}

function grade(coverage: number, closeness: number, margin: number): Confidence {
  const passes = (t: { coverage: number; margin: number; closeness?: number }) => coverage >= t.coverage && margin >= t.margin && closeness >= (t.closeness ?? 0);
  if (passes(THRESHOLDS.high)) return 'high';
  if (passes(THRESHOLDS.medium) || passes(THRESHOLDS.close)) return 'medium';
  if (passes(THRESHOLDS.low)) return 'low';
  return 'none';
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
