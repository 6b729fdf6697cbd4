/**
 * How deep Markdown may nest lists and quotes. The lexer and every later stage recurse once per level:
 * 1,000 nested list items took a minute and then overflowed the stack. No document needs more than a few.
 */
export const MAX_NESTING = 16;

/** A quote marker, or a list marker followed by white space, with the indentation before it. */
const CONTAINER = /^([ \t]*)(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/** The first line whose list and quote markers (and indentation) nest deeper than MAX_NESTING, if any. */
export function firstTooDeep(text: string): { offset: number; depth: number } | undefined {
  let fence: string | undefined;
  let offset = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const start = offset;
    offset += line.length + 1;
    // Fenced code is copied as written, however deeply it is indented.
    const fenceMark = /^[\s>]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) fence = fenceMark;
    let depth = 0;
    let rest = line;
    for (let marker = CONTAINER.exec(rest); marker; marker = CONTAINER.exec(rest)) {
      // A list item's indentation nests it one level per two columns, as editors indent sub-lists.
      depth += Math.floor(marker[1].replace(/\t/g, '    ').length / 2) + 1;
      rest = rest.slice(marker[0].length);
    }
    if (depth > MAX_NESTING) return { offset: start, depth };
  }
  return undefined;
}

/** Characters one Markdown block (text between blank lines) may hold: a 1 MB paragraph took minutes to lay out. */
export const MAX_BLOCK_CHARS = 100_000;

/** The start of the first block of text between blank lines that is longer than MAX_BLOCK_CHARS, if any. */
export function firstTooLong(text: string): { offset: number; length: number } | undefined {
  for (const match of text.matchAll(/(?:^|\n)((?:[^\n]*\S[^\n]*(?:\n|$))+)/g)) {
    if (match[1].length > MAX_BLOCK_CHARS) return { offset: match.index + match[0].length - match[1].length, length: match[1].length };
  }
  return undefined;
}
