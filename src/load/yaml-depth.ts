/** Deeper nesting than this is refused before parsing; real content is a few levels deep. */
export const MAX_YAML_DEPTH = 200;

/**
 * Where a YAML text nests deeper than MAX_YAML_DEPTH, or undefined. The parser recurses once per
 * level, and tens of thousands of levels (`- - - - ...` or `[[[[...`) exhaust the stack or, worse,
 * the process's memory, which no try/catch can recover from. The count is a cheap over-estimate:
 * block indentation in columns (each level takes at least one), and open flow brackets.
 */
export function tooDeep(text: string): { line: number; column: number } | undefined {
  let line = 1;
  let flow = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (i === lineStart) {
      const indent = /^(?:[ ]|[-?:][ ])*/.exec(text.slice(i, i + 2 * MAX_YAML_DEPTH + 2))?.[0].length ?? 0;
      if (indent > 2 * MAX_YAML_DEPTH) return { line, column: 1 };
    }
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
    } else if (ch === '[' || ch === '{') {
      if (++flow > MAX_YAML_DEPTH) return { line, column: i - lineStart + 1 };
    } else if ((ch === ']' || ch === '}') && flow > 0) {
      flow--;
    }
  }
  return undefined;
}
