/** Up to `count` candidates closest to `wanted` by edit distance, for "did you mean" messages. */
export function closest(wanted: string, candidates: Iterable<string>, count = 3): string[] {
  // A key may come from two lists (a set value that is also an optional setting): offer it once.
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: distance(wanted.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((c) => c.candidate);
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length];
}

/** A short human list: `a, b or c`, or `none` when empty. */
export function listOf(items: readonly string[]): string {
  if (items.length === 0) return 'none';
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
