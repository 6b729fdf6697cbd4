import { CONTROL_CHARACTERS } from '../../text/control';
import type { Diagnostics, Position } from '../../diagnostics';

/** The text handed to marked, and the way back from its offsets to places in the author's file. */
export interface Source {
  /** BOM stripped, line endings LF, control characters removed. */
  text: string;
  /** The 1-based line and column in the author's file of an offset in `text`. */
  at(offset: number): Position;
}

// Tab and newline are layout; the rest of C0, DEL and C1 are invisible in an editor and render
// unpredictably in pdfmake (a vertical tab breaks the line, BEL draws a box, NUL vanishes).
const CONTROL = CONTROL_CHARACTERS;

/** Normalises a Markdown file for lexing and reports each control character it removes. */
export function prepareSource(raw: string, file: string, diagnostics: Diagnostics): Source {
  // CommonMark treats CRLF and a lone CR alike as a line ending; columns are counted after this.
  const normalised = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = 0; i < normalised.length; i++) if (normalised[i] === '\n') lineStarts.push(i + 1);

  const position = (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, normalised.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, column: clamped - lineStarts[lo] + 1 };
  };

  const removed: number[] = [];
  for (const match of normalised.matchAll(CONTROL)) {
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    removed.push(match.index);
    diagnostics.warning(
      position(match.index),
      'markdown/control-character',
      `Removed the invisible control character U+${code}: it renders unpredictably in a PDF; delete it from the file`,
      { expected: 'printable text', actual: `U+${code}` },
    );
  }
  const text = removed.length === 0 ? normalised : normalised.replace(CONTROL, '');

  // Each removed character shifts every later offset of `text` one place left of the original.
  const original = (offset: number): number => {
    let result = offset;
    for (const r of removed) {
      if (r <= result) result++;
      else break;
    }
    return result;
  };

  return { text, at: (offset) => position(original(offset)) };
}

/** Maps an offset in some token's text to an offset in `Source.text`. */
export type Frame = (offset: number) => number;

/** The frame of a text that is a plain slice of its parent's text, starting at `start`. */
export function sliceFrame(parent: Frame, start: number): Frame {
  return (offset) => parent(start + offset);
}

/**
 * The frame of a text derived line by line from `raw` (itself framed by `rawFrame`), as marked does
 * for block quotes, list items and paragraphs: each line loses a prefix (markers, indentation) and
 * maybe trailing spaces, but lines are neither joined nor split.
 */
export function lineFrame(rawFrame: Frame, raw: string, text: string): Frame {
  if (raw === text) return rawFrame;
  const rawLines = raw.split('\n');
  const textLines = text.split('\n');
  const starts: number[] = [];
  const targets: number[] = [];
  let textStart = 0;
  let rawStart = 0;
  for (let i = 0; i < textLines.length; i++) {
    const rawLine = rawLines[Math.min(i, rawLines.length - 1)];
    starts.push(textStart);
    targets.push(rawStart + shiftOf(rawLine, textLines[i]));
    textStart += textLines[i].length + 1;
    if (i < rawLines.length - 1) rawStart += rawLine.length + 1;
  }
  return (offset) => {
    let line = starts.length - 1;
    while (line > 0 && starts[line] > offset) line--;
    return rawFrame(targets[line] + offset - starts[line]);
  };
}

// Where a text line starts inside its raw line. The last occurrence wins because prefixes
// (`- `, `> `, indentation) are what marked removes; tab expansion can make the text longer.
function shiftOf(rawLine: string, textLine: string): number {
  if (textLine === '') return 0;
  if (rawLine.endsWith(textLine)) return rawLine.length - textLine.length;
  const at = rawLine.lastIndexOf(textLine);
  if (at >= 0) return at;
  const content = textLine.trimStart();
  const contentAt = content === '' ? -1 : rawLine.lastIndexOf(content);
  return contentAt >= 0 ? Math.max(0, contentAt - (textLine.length - content.length)) : 0;
}

/** Where `raw` starts in `text`, searching from `from`; marked's raws are slices, so this is exact. */
export function locate(text: string, raw: string, from: number): number {
  if (text.startsWith(raw, from)) return from;
  const at = text.indexOf(raw, from);
  if (at >= 0) return at;
  const firstLine = raw.split('\n', 1)[0];
  const lineAt = firstLine === '' ? -1 : text.indexOf(firstLine, from);
  return lineAt >= 0 ? lineAt : from;
}
