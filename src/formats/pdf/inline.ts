import type { ContentText } from 'pdfmake/interfaces';
import type { Run } from '../../model/blocks';
import { isPlainWord } from '../../text/hyphenation';

/** Longest run of characters without a break opportunity before one is inserted (the last-resort cut). */
const MAX_UNBROKEN = 20;
const ZERO_WIDTH_SPACE = '\u200B';
/**
 * Put after each inserted break: a zero-width word joiner opens the piece that follows, so the line
 * breaker never takes that piece for a word to hyphenate ("pri-vacy" in a URL, "abcde-f" in a hash).
 */
const BREAK = '\u200B\u2060';
const LONG_TOKEN = new RegExp(`[^\\s\\u200B\\u2060]{${MAX_UNBROKEN + 1},}`, 'g');
/** A URL (with a scheme or starting www.) or an e-mail address. */
const ADDRESS = /^[^\p{L}\p{N}]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.[^\s@]+$/iu;
/** The characters after which a URL or an e-mail address may break, as a run: "https://" breaks after both slashes. */
const ADDRESS_BREAK = /[/.@\-_]+(?=[^/.@\-_])/g;
/** Where a hyphen in a word lets the line break after it: before a letter ("Datenschutz-Grundverordnung"). */
const AFTER_HYPHEN = /(?<=-)(?=\p{L})/u;

/**
 * Gives pdfmake's line breaker the break opportunities it needs, as zero-width spaces: a URL or an e-mail
 * address only after `/ . @ - _`, and any other token longer than 20 characters (a hash, a key) every 20
 * characters, the last-resort cut. Without them pdfmake's layout turns superlinear on a narrow column and
 * the token overflows its cell. Plain words are left whole however long: the line breaker hyphenates them
 * where a line needs it (engine/patch-hyphens.ts), and each is at most 64 letters, which keeps layout linear.
 */
export function breakLongTokens(text: string): string {
  return text.replace(LONG_TOKEN, (token) => (ADDRESS.test(token) ? breakAddress(token) : token.split(AFTER_HYPHEN).map(breakPart).join('')));
}

function breakAddress(address: string): string {
  return address
    .replace(ADDRESS_BREAK, (separators) => separators + ZERO_WIDTH_SPACE)
    .split(ZERO_WIDTH_SPACE)
    .map(cut)
    .join(BREAK);
}

/** A part of a token between hyphens: a plain word stays whole for the hyphenating line breaker. */
function breakPart(part: string): string {
  return isPlainWord(part) ? part : cut(part);
}

/** The last-resort cut: a zero-width space every 20 characters. */
function cut(token: string): string {
  if (token.length <= MAX_UNBROKEN) return token;
  let out = '';
  for (let i = 0; i < token.length; i += MAX_UNBROKEN) {
    out += (i > 0 ? BREAK : '') + token.slice(i, i + MAX_UNBROKEN);
  }
  return out;
}

/** Turns flat Markdown runs into flat pdfmake text runs, each carrying its own formatting. */
export function renderRuns(runs: readonly Run[], linkColor: string): ContentText[] {
  return runs.map((run) => renderRun(run, linkColor));
}

function renderRun(run: Run, linkColor: string): ContentText {
  const node: ContentText = { text: breakLongTokens(run.text) };
  if (run.bold) node.bold = true;
  if (run.italics) node.italics = true;
  if (run.code) {
    node.style = 'code';
    node.background = '#EEF1F4';
  }
  if (run.strike) node.decoration = 'lineThrough';
  if (run.link) {
    node.link = run.link;
    node.color = linkColor;
  } else if (run.anchor) {
    node.linkToDestination = run.anchor;
    node.color = linkColor;
  }
  return node;
}

/** Plain text of runs, for bookmarks, metadata and tests. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
