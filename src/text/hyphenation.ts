/**
 * Where a word may be hyphenated, by language: Liang's algorithm with the TeX hyphenation patterns of
 * the `hyphen` package (German by the 1996 rules, British or American English), plus a typesetter's
 * rules on top: at least two letters before the hyphen and three after it, no hyphen in a word with a
 * capital after its first letter (acronyms, product names such as PostgreSQL), and none in anything that
 * is not a plain word (URLs, e-mail addresses, file names, hashes). Patterns are loaded on first use,
 * per language: the German ones are large, and most documents never need them.
 */

/** Letters that must stay before a hyphen. */
export const MIN_BEFORE = 2;
/** Letters that must follow a hyphen onto the next line. */
export const MIN_AFTER = 3;
/** Longer runs of letters are not words (the PDF stage cuts them as it cuts hashes). */
export const MAX_WORD = 64;

/** A plain word: punctuation around letters, nothing else (a hyphen-minus after it, as in "Datenschutz-"). */
const WORD = /^([\p{P}\p{S}]*)(\p{L}[\p{L}\p{M}]*)([\p{P}\p{S}]*)(\s*)$/u;
const CAPITAL = /\p{Lu}/u;
const SOFT_HYPHEN = '\u00AD';

type Hyphenator = (word: string, options: { hyphenChar: string; minWordLength: number }) => string;

/** The patterns' module for a BCP 47 tag, or undefined for a language without patterns here. */
function load(language: string): Hyphenator | undefined {
  // Literal paths, one per language, so that only the language asked for is read.
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (/^de(?:-|$)/i.test(language)) return (require('hyphen/de-1996') as typeof import('hyphen/de-1996')).hyphenateSync;
  if (/^en-(?:GB|IE|AU|NZ|ZA|IN)$/i.test(language)) return (require('hyphen/en-gb') as typeof import('hyphen/en-gb')).hyphenateSync;
  if (/^en(?:-|$)/i.test(language)) return (require('hyphen/en-us') as typeof import('hyphen/en-us')).hyphenateSync;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return undefined;
}

const hyphenators = new Map<string, Hyphenator | undefined>();
const remembered = new Map<string, readonly number[]>();
/** Words remembered per process; a bound, so that a long-running process does not grow without end. */
const REMEMBERED_WORDS = 20_000;

/** Whether text in this language can be hyphenated here (en and de can). */
export function canHyphenate(language: string): boolean {
  return hyphenatorFor(language) !== undefined;
}

function hyphenatorFor(language: string): Hyphenator | undefined {
  const key = language.toLowerCase();
  if (!hyphenators.has(key)) hyphenators.set(key, load(language));
  return hyphenators.get(key);
}

/**
 * The offsets in `token` after which it may be broken with a hyphen, ascending; empty when it is not a
 * plain word, too short, or in a language without patterns. `token` is one word as a line breaker sees
 * it: with the punctuation and the space around it ("(Datenschutz-", "responsibilities, ").
 */
export function hyphenationPoints(token: string, language: string): readonly number[] {
  const match = WORD.exec(token);
  if (!match) return [];
  const [, before, word] = match;
  if (word.length < MIN_BEFORE + MIN_AFTER || word.length > MAX_WORD || CAPITAL.test(word.slice(1))) return [];
  const hyphenate = hyphenatorFor(language);
  if (!hyphenate) return [];
  const key = `${language}\u0000${word}`;
  let points = remembered.get(key);
  if (!points) {
    points = pointsIn(hyphenate(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_BEFORE + MIN_AFTER }), word.length);
    if (remembered.size >= REMEMBERED_WORDS) remembered.clear();
    remembered.set(key, points);
  }
  return before.length === 0 ? points : points.map((p) => p + before.length);
}

/** The letter offsets of the soft hyphens in a hyphenated word, within the typesetter's minimums. */
function pointsIn(hyphenated: string, letters: number): number[] {
  const points: number[] = [];
  let at = 0;
  for (const char of hyphenated) {
    if (char === SOFT_HYPHEN) {
      if (at >= MIN_BEFORE && letters - at >= MIN_AFTER) points.push(at);
    } else {
      at += char.length;
    }
  }
  return points;
}

/** Whether a token is a plain word the line breaker may hyphenate (see hyphenationPoints), whatever its language. */
export function isPlainWord(token: string): boolean {
  const match = WORD.exec(token);
  return match !== null && match[2].length <= MAX_WORD;
}
