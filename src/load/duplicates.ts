/**
 * The first entry of each key, in order; `duplicate` is told of every later entry with a key already
 * seen, and of the entry that had it first. What ids and names must be unique uses this.
 */
export function firstOfEachKey<T>(entries: readonly T[], key: (entry: T) => string, duplicate: (entry: T, earlier: T) => void): Map<string, T> {
  const first = new Map<string, T>();
  for (const entry of entries) {
    const k = key(entry);
    const earlier = first.get(k);
    if (earlier) duplicate(entry, earlier);
    else first.set(k, entry);
  }
  return first;
}
