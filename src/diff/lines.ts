import { count } from '../text/plural';
/** How a text changed, line by line. */
export interface LineChange {
  added: number;
  removed: number;
  /** The first line that differs, prefixed "+ " (new) or "- " (gone). */
  first: string;
}

/**
 * Compares two texts line by line (longest common subsequence): how many lines were added and removed,
 * and the first that differs. Sections are a few dozen lines, so the quadratic table is small.
 */
export function compareLines(before: string, after: string): LineChange | null {
  if (before === after) return null;
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  let first: string | undefined;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length && first === undefined) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i][j + 1] >= lcs[i + 1][j]) first = `+ ${b[j]}`;
    else first = `- ${a[i]}`;
  }
  first ??= j < b.length ? `+ ${b[j]}` : `- ${a[i]}`;
  const common = lcs[0][0];
  return { added: b.length - common, removed: a.length - common, first };
}

/** "+3 lines, -1 line". */
export function lineSummary(change: LineChange): string {
  return [change.added > 0 && `+${count(change.added, 'line')}`, change.removed > 0 && `-${count(change.removed, 'line')}`].filter(Boolean).join(', ');
}
