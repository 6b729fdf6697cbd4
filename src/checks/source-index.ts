import type { Position } from '../diagnostics';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * A Markdown file as its author wrote it, for finding where a piece of parsed text came from. HTML
 * comments are blanked (same length, same line breaks): they never reach a PDF, so nothing is found there.
 */
export class SourceIndex {
  private readonly text: string;
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    raw: string,
  ) {
    this.text = raw.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
    for (let i = 0; i < this.text.length; i++) if (this.text[i] === '\n') this.lineStarts.push(i + 1);
  }

  /**
   * Where the `length` characters at `index` of `parsed` (a text that starts at `from`) were written:
   * the same occurrence of them, counted from `from`. Undefined when the text was not written as such
   * (an entity, a filled placeholder).
   */
  find(parsed: string, index: number, length: number, from: Position): Position | undefined {
    const needle = parsed.slice(index, index + length);
    if (needle === '') return undefined;
    let occurrence = 0;
    for (let i = parsed.indexOf(needle); i !== -1 && i < index; i = parsed.indexOf(needle, i + 1)) occurrence++;
    let at = this.offset(from);
    for (;;) {
      at = this.text.indexOf(needle, at);
      if (at === -1) return undefined;
      if (occurrence-- === 0) return this.position(at);
      at++;
    }
  }

  /** Offset of a line and column of this file. */
  offset(at: Position): number {
    return (this.lineStarts[at.line - 1] ?? this.text.length) + at.column - 1;
  }

  /** The last offset before `end` where `pattern` matches, searching from `start`. */
  lastMatch(pattern: RegExp, start: number, end: number): number | undefined {
    const region = this.text.slice(start, end);
    let last: number | undefined;
    for (const match of region.matchAll(new RegExp(pattern.source, 'g'))) last = start + match.index;
    return last;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }
}
