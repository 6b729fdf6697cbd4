/**
 * Typographic text, as a typesetter would set it: curly quotes and apostrophes by language, en and em
 * dashes from `--` and `---`, an ellipsis from `...`, and a non-breaking space where a line must not end
 * ("§ 147", "Art. 28", "5 GB", "30 days"). Pure: the documents stage applies it to the text of runs; code
 * is never passed in, and URLs and e-mail addresses inside the text are left exactly as written.
 */

/** The quotes of a language: double open/close, single open/close. */
interface Quotes {
  open: string;
  close: string;
  openSingle: string;
  closeSingle: string;
}

const QUOTES: Record<'en' | 'de', Quotes> = {
  en: { open: '\u201C', close: '\u201D', openSingle: '\u2018', closeSingle: '\u2019' },
  de: { open: '\u201E', close: '\u201C', openSingle: '\u201A', closeSingle: '\u2018' },
};

/** The no-break space: a normal-width space at which no line ends. */
export const NBSP = '\u00A0';

/** The characters this module may put into text; a font that lacks one keeps the plain form. */
export const TYPOGRAPHIC_CHARACTERS = [...new Set([...Object.values(QUOTES).flatMap((q) => Object.values(q)), '\u2013', '\u2014', '\u2026', NBSP, '\u2019'])];

/** Units that stay on the line of the number before them. */
const UNITS = [
  '%', '‰', '€', '\\$', '£', 'EUR', 'USD', 'GBP', 'CHF',
  'B', 'KB', 'kB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', 'Mbit/s', 'Gbit/s',
  'ms', 's', 'min', 'h', 'sec', 'seconds?', 'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?',
  'Sekunden', 'Minuten', 'Stunden', 'Tagen?', 'Wochen', 'Monate[n]?', 'Jahren?', 'Werktagen?',
  'business days?', 'working days?', 'pages?', 'Seiten?', 'users?', 'GHz', 'km', 'm', 'cm', 'mm', 'kg', 'g',
];
const NUMBER_UNIT = new RegExp(`(\\d) (?=(?:${UNITS.join('|')})(?![\\p{L}\\p{N}]))`, 'gu');
/** "§ 147", "§§ 3", "Art. 28", "Abs. 2", "No. 5", "Nr. 5", "Clause 7", "Annex II", "Article 28", "Section 4". */
const BEFORE_NUMBER = /((?:§§?|Art\.|Abs\.|No\.|Nr\.|Ziff\.|lit\.|S\.|p\.|pp\.)) (?=[\dIVXivx(])/g;

/** URLs and e-mail addresses: passed through untouched. */
const PROTECTED = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/** The language's quote set: German for `de` and its regional tags, English otherwise. */
export function quotesFor(language: string): Quotes {
  return /^de(?:-|$)/i.test(language) ? QUOTES.de : QUOTES.en;
}

export interface TypesetOptions {
  /** BCP 47 tag: `de`, `de-CH` set German quotes; anything else English. */
  language: string;
  /** The character before this text (the end of the previous run), which decides open or close. */
  before?: string;
  /** Whether the font draws a character; a character it lacks is not introduced. Default: all. */
  draws?: (char: string) => boolean;
}

/** The text set typographically (see the module comment). */
export function typeset(text: string, options: TypesetOptions): string {
  let out = '';
  let before = options.before ?? '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += setPlain(text.slice(last, match.index), before, options);
    out += match[0];
    before = match[0].slice(-1);
    last = match.index! + match[0].length;
  }
  return out + setPlain(text.slice(last), last > 0 ? before : options.before ?? '', options);
}

/** Whether a quote after `prev` opens: at the start, after space, an opening bracket, a dash or another opening quote. */
function opens(prev: string): boolean {
  return prev === '' || /[\s([{\u2013\u2014/\u201C\u201E\u2018\u201A\u00A0-]/u.test(prev);
}

function setPlain(text: string, before: string, options: TypesetOptions): string {
  if (text === '') return text;
  const draws = options.draws ?? (() => true);
  const q = quotesFor(options.language);
  const use = (char: string, plain: string) => (draws(char) ? char : plain);
  let s = text;
  // Dashes: `---` and `--`, but not a command-line option such as `--sizes`.
  s = s.replace(/(^|[^-])(-{2,3})(?!-)(?=(.?))/g, (all, pre: string, dashes: string, next: string) => {
    const start = pre === '' || /\s/.test(pre);
    if (start && /[\p{L}]/u.test(next)) return all;
    return pre + (dashes.length === 3 ? use('\u2014', dashes) : use('\u2013', dashes));
  });
  s = s.replace(/\.\.\.(?!\.)/g, () => use('\u2026', '...'));
  s = s.replace(BEFORE_NUMBER, (_, sign: string) => sign + use(NBSP, ' '));
  s = s.replace(NUMBER_UNIT, (_, digit: string) => digit + use(NBSP, ' '));
  let out = '';
  let prev = before;
  let singleOpen = false;
  const chars = [...s];
  chars.forEach((char, i) => {
    let next = char;
    if (char === '"') next = opens(prev) ? use(q.open, '"') : use(q.close, '"');
    else if (char === "'") {
      const letterBefore = /[\p{L}\p{N}]/u.test(prev);
      const letterAfter = /[\p{L}\p{N}]/u.test(chars[i + 1] ?? '');
      if (letterBefore && letterAfter) next = use('\u2019', "'");
      else if (opens(prev)) {
        next = use(q.openSingle, "'");
        singleOpen = true;
      } else if (singleOpen) {
        next = use(q.closeSingle, "'");
        singleOpen = false;
      } else next = use('\u2019', "'");
    }
    out += next;
    prev = char === '"' || char === "'" ? next : char;
  });
  return out;
}
