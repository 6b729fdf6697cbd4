/** `1 error`, `3 errors`: a count with its noun, plural unless the count is one. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
