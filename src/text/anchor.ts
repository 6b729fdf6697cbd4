/** GitHub's heading slug: lower case, punctuation removed, each space a hyphen. */
export function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** A slug not yet in `used`, deduplicated the way GitHub does (-1, -2, ...), and records it. */
export function uniqueAnchor(text: string, used: Set<string>): string {
  // A heading of only punctuation has an empty slug, which is no usable PDF destination.
  const base = slug(text) || 'section';
  let anchor = base;
  for (let n = 1; used.has(anchor); n++) anchor = `${base}-${n}`;
  used.add(anchor);
  return anchor;
}
