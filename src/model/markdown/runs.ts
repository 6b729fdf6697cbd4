import type { Run } from '../blocks';

/** The formatting of a run, everything but its text. */
export type Flags = Omit<Run, 'text'>;

const FLAG_KEYS = ['bold', 'italics', 'code', 'strike', 'link', 'anchor'] as const;

/** A hard line break is a run of its own, so a renderer can find it. */
export function isBreak(run: Run): boolean {
  return run.text === '\n';
}

function sameFlags(a: Run, b: Run): boolean {
  return FLAG_KEYS.every((key) => a[key] === b[key]);
}

/** Joins neighbouring runs that format alike, leaving hard breaks apart. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && !isBreak(last) && !isBreak(run) && sameFlags(last, run)) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

/** Merged runs without leading or trailing space and breaks, as a paragraph or cell should start and end. */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const tidy = mergeRuns(runs);
  while (tidy.length > 0) {
    const first = tidy[0];
    const text = first.code ? first.text : first.text.trimStart();
    if (text !== '' && !isBreak(first)) {
      tidy[0] = { ...first, text };
      break;
    }
    tidy.shift();
  }
  while (tidy.length > 0) {
    const last = tidy[tidy.length - 1];
    const text = last.code ? last.text : last.text.trimEnd();
    if (text !== '' && !isBreak(last)) {
      tidy[tidy.length - 1] = { ...last, text };
      break;
    }
    tidy.pop();
  }
  return tidy;
}

/** The text of runs as one line, for heading titles, anchors and image alt text. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => (isBreak(run) ? ' ' : run.text)).join('');
}
