import path from 'node:path';
import { hyphenationPoints } from '../../../text/hyphenation';

/**
 * Hyphenation in pdfmake's line breaker. pdfmake 0.3 breaks lines only between words, and a soft hyphen
 * (U+00AD) in the text is no help: it becomes a break opportunity, but fontkit draws it as nothing, so
 * the word is cut with no hyphen shown. This replaces `LayoutBuilder.buildNextLine`, which fills one
 * line with measured words, by the same loop with one addition: where a word does not fit, the line
 * may take its first syllables and a drawn hyphen ("Datenschutz-" / "grundverordnung"), the rest going
 * on to the next line. Only where a typesetter would: when the word is wider than the line anyway, or
 * when moving it whole would leave more than a third of the line empty (and the line before did not
 * end in a hyphen already); ordinary prose, whose words
 * fit, is set as before. Where the points are comes from text/hyphenation.ts, in the document's language.
 *
 * Each split measures the word's prefixes at its hyphenation points (a binary search) and the rest of
 * the word once; words are at most 64 letters (longer tokens get the zero-width cuts of pdf/inline.ts),
 * so layout stays linear in the text's length.
 *
 * This changes output (it is a feature, not a speed-up), so it goes in whatever the patch switch says,
 * but only on the pdfmake it was written against: on another, words are not hyphenated, and pdfmake
 * cuts a word wider than its line where it must, without a hyphen, as it always did.
 */

/** The style property through which a document names its hyphenation language (set by engine/render.ts). */
export const HYPHENATION_LANGUAGE = 'trustPackageHyphenation';

/** The pdfmake version the loop below was copied from and tested with. */
export const HYPHENS_PDFMAKE_VERSION = '0.3.11';

/** More empty space than this share of the line, left by moving a word whole, is worth a hyphen. */
const RAGGED_SHARE = 1 / 3;
const HYPHEN = '-';
/** The style of code spans and code blocks (pdf/theme.ts). */
const CODE_STYLE = 'code';
/**
 * The break hints of pdf/inline.ts and soft hyphens, which have done their work once the line is made.
 * fontkit draws each as a space glyph of no width, and pdfkit maps a glyph to the first character it was
 * drawn for: a hint drawn before the first real space would make every space read back as that hint.
 */
const INVISIBLE = /[\u200B\u2060\u00AD]/;
const INVISIBLE_ALL = /[\u200B\u2060\u00AD]/g;

/** A measured word, as pdfmake's line breaker sees it. */
interface Inline {
  text: string;
  width: number;
  leadingCut?: number;
  trailingCut?: number;
  noWrap?: boolean;
  noNewLine?: boolean;
  lineEnd?: boolean;
  /** Set on the rest of a word hyphenated at the end of the line before. */
  _afterHyphen?: boolean;
  [key: string]: unknown;
}

interface Line {
  maxWidth: number;
  inlines: Inline[];
  lastLineInParagraph?: boolean;
  /** Set when a word ended in a line break of the text itself. */
  newLineForced?: boolean;
  hasEnoughSpaceForInline(inline: Inline, next?: Inline[]): boolean;
  addInline(inline: Inline): void;
  getAvailableWidth(): number;
}

interface TextNode {
  _inlines?: Inline[];
  style?: unknown;
  preserveLeadingSpaces?: boolean;
}

interface LayoutBuilder {
  writer: { context(): { availableWidth: number } };
  layoutDocument(...args: unknown[]): unknown;
  buildNextLine(node: TextNode): Line | null;
  /** The document's hyphenation language, for the layout under way. */
  _hyphenationLanguage?: string;
}

type Modules = {
  LayoutBuilder: { prototype: LayoutBuilder };
  Line: new (maxWidth: number) => Line;
  TextInlines: (new (doc: null) => { widthOfText(text: string, inline: Inline): number }) & {
    prototype: { widthOfText(text: string, inline: Inline): number };
  };
};

let installed = false;

/** Installs the hyphenating line breaker into the pdfmake in `pdfmakeDir`; false when its version is not the one written for. */
export function hyphenateLines(pdfmakeDir: string, pdfmakeVersion: string): boolean {
  if (pdfmakeVersion !== HYPHENS_PDFMAKE_VERSION) return false;
  if (installed) return true;
  const internal = <T>(name: string) => (require(path.join(pdfmakeDir, 'js', name)) as { default: T }).default;
  install({ LayoutBuilder: internal('LayoutBuilder'), Line: internal('Line'), TextInlines: internal('TextInlines') });
  installed = true;
  return true;
}

function install({ LayoutBuilder, Line, TextInlines }: Modules): void {
  // The hints weigh nothing: they are taken out of every line before it is drawn (below), so they must
  // not be measured either. Roboto has no word joiner (U+2060), and fontkit measures the missing glyph
  // at 5.3 pt a character, which left gaps in an address ("aws.  amazon.  com") wherever the text was
  // measured by pdfmake itself rather than through the patched font cache.
  const widthOfText = TextInlines.prototype.widthOfText;
  TextInlines.prototype.widthOfText = function (this: unknown, text: string, inline: Inline) {
    return widthOfText.call(this, INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text, inline);
  };
  const proto = LayoutBuilder.prototype;
  const layoutDocument = proto.layoutDocument;
  // layoutDocument(docStructure, pdfDocument, styleDictionary, defaultStyle, ...): the language rides on the default style.
  proto.layoutDocument = function (this: LayoutBuilder, ...args: unknown[]) {
    const defaultStyle = args[3] as Record<string, unknown> | undefined;
    const language = defaultStyle?.[HYPHENATION_LANGUAGE];
    this._hyphenationLanguage = typeof language === 'string' ? language : undefined;
    return layoutDocument.apply(this, args);
  };

  // pdfmake 0.3.11's buildNextLine, with the hyphenation marked; the rest is as it was.
  proto.buildNextLine = function (this: LayoutBuilder, textNode) {
    const inlines = textNode._inlines;
    if (!inlines || inlines.length === 0) return null;
    const line = new Line(this.writer.context().availableWidth);
    const measure = new TextInlines(null);
    const width = (text: string, inline: Inline) => measure.widthOfText(text, inline);
    // Code is never hyphenated: a code block (preformatted) or a code span (the `code` style, pdf/inline.ts).
    const language = isCode(textNode as Record<string, unknown>) ? undefined : this._hyphenationLanguage;
    let isForceContinue = false;
    let previous: Inline | undefined;
    // The line before ended in a hyphen of ours when this line starts with the rest of that word.
    const afterHyphen = Boolean(inlines[0]._afterHyphen);
    while (inlines.length > 0) {
      const first = inlines[0];
      // (pdfmake passes inlines.slice(1) for every word; only a run glued to the next one reads it.)
      if (!isForceContinue && !line.hasEnoughSpaceForInline(first, first.noNewLine ? inlines.slice(1) : undefined)) {
        // Hyphenation: the word does not fit on this (non-empty) line, which a line break in the text did not end.
        if (language && !line.newLineForced && isLoneWord(first, previous) && worthHyphen(line, first, afterHyphen)) {
          const split = splitAtHyphen(first, line.getAvailableWidth(), language, width, false);
          if (split) {
            line.addInline(split.head);
            inlines[0] = split.tail;
          }
        }
        break;
      }
      let inline = inlines.shift() as Inline;
      let isHardWrap = false;
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        // Hyphenation: a word wider than what is left of an empty line, before pdfmake's cut anywhere.
        const split = language && isLoneWord(inline, previous) && inline.width - (inline.trailingCut ?? 0) > line.getAvailableWidth()
          ? splitAtHyphen(inline, line.getAvailableWidth(), language, width, line.inlines.length === 0)
          : undefined;
        if (split) {
          inline = split.head;
          inlines.unshift(split.tail);
          isHardWrap = true;
        } else {
          const maxChars = findMaxFitLength(inline.text, line.getAvailableWidth(), (text) => width(text, inline));
          if (maxChars < inline.text.length) {
            const newInline = { ...inline };
            newInline.text = inline.text.substr(maxChars);
            inline.text = inline.text.substr(0, maxChars);
            newInline.width = width(newInline.text, newInline);
            inline.width = width(inline.text, inline);
            inlines.unshift(newInline);
            isHardWrap = true;
          }
        }
      }
      line.addInline(inline);
      previous = inline;
      isForceContinue = Boolean(inline.noNewLine) && !isHardWrap;
    }
    line.lastLineInParagraph = inlines.length === 0;
    for (const placed of line.inlines) if (INVISIBLE.test(placed.text)) placed.text = placed.text.replace(INVISIBLE_ALL, '');
    return line;
  };
}

/** A word on its own: not glued to a differently styled run before or after it ("**Daten**schutz"), and not code. */
function isLoneWord(inline: Inline, previous: Inline | undefined): boolean {
  return !inline.noWrap && !inline.noNewLine && !previous?.noNewLine && !inline.lineEnd && !isCode(inline);
}

function isCode(item: Record<string, unknown>): boolean {
  return item.preserveLeadingSpaces === true || [item.style].flat().includes(CODE_STYLE);
}

/**
 * Whether a typesetter would hyphenate here rather than move the word whole (see the module comment).
 * Not two lines in a row for raggedness alone: after a hyphenated line, only a word wider than the line is.
 */
function worthHyphen(line: Line, inline: Inline, afterHyphen: boolean): boolean {
  const wordWidth = inline.width - (inline.trailingCut ?? 0) - (inline.leadingCut ?? 0);
  if (wordWidth > line.maxWidth) return true;
  return !afterHyphen && line.getAvailableWidth() > line.maxWidth * RAGGED_SHARE;
}

/**
 * The word split at its last hyphenation point whose first part, with the hyphen, fits in `available`:
 * the head ends in a drawn hyphen, the tail is the rest of the word. Undefined when no point fits.
 */
function splitAtHyphen(
  inline: Inline,
  available: number,
  language: string,
  width: (text: string, inline: Inline) => number,
  atLineStart: boolean,
): { head: Inline; tail: Inline } | undefined {
  const points = hyphenationPoints(inline.text, language);
  if (points.length === 0) return undefined;
  const headText = (point: number) => inline.text.slice(0, point) + HYPHEN;
  // Leading spaces count only at the start of a line (Line.getWidth takes the first word's off).
  const cut = atLineStart ? (inline.leadingCut ?? 0) : 0;
  let low = 0;
  let high = points.length - 1;
  let best = -1;
  let bestWidth = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const w = width(headText(points[mid]), inline);
    if (w - cut <= available) {
      best = mid;
      bestWidth = w;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (best < 0) return undefined;
  const point = points[best];
  const head: Inline = { ...inline, text: headText(point), width: bestWidth, trailingCut: 0 };
  const tailText = inline.text.slice(point);
  const tail: Inline = { ...inline, text: tailText, width: width(tailText, inline), leadingCut: 0, _afterHyphen: true };
  return { head, tail };
}

/** pdfmake's own search for the longest prefix that fits, for its cut anywhere in a word. */
function findMaxFitLength(text: string, maxWidth: number, measureFn: (text: string) => number): number {
  let low = 1;
  let high = text.length;
  let bestFit = 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (measureFn(text.substring(0, mid)) <= maxWidth) {
      bestFit = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return bestFit;
}
