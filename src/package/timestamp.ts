import { UserError } from '../diagnostics';

/** Checks a review date is a real calendar date like 2026-06-26 and returns its parts. */
export function parseReviewDate(reviewDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reviewDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new UserError(
    `The review date ${JSON.stringify(reviewDate)} is not a calendar date like 2026-06-26; fix document.reviewDate in content/trust-package.yaml.`,
  );
}

/**
 * The time stamped on every zip entry: SOURCE_DATE_EPOCH (seconds) when set, else noon UTC of the review date.
 * Noon, so the date stays the review date even for a reader that shifts the time by its own zone offset.
 */
export function timestampFor(reviewDate: string, env: Readonly<Record<string, string | undefined>>): Date {
  const { year, month, day } = parseReviewDate(reviewDate);
  const epoch = env.SOURCE_DATE_EPOCH;
  // Empty counts as unset, as most reproducible-build tools treat it.
  if (epoch !== undefined && epoch !== '') {
    const seconds = /^\d{1,15}$/.test(epoch) ? Number(epoch) : NaN;
    const date = new Date(seconds * 1000);
    if (Number.isNaN(date.getTime())) {
      throw new UserError(
        `SOURCE_DATE_EPOCH is ${JSON.stringify(epoch)}, which is not a number of seconds since 1970-01-01 UTC; ` +
          'set it to an integer such as 1782475200, or unset it to use the review date.',
      );
    }
    return date;
  }
  return new Date(Date.UTC(year, month - 1, day, 12, 0, 0));
}
