import type { Position } from '../diagnostics';
import type { LintContext, LintRule } from './rule';

function reviewDate(ctx: LintContext): { date: string; day: number; at: Position } {
  const { config } = ctx.model.content;
  const date = config.document.reviewDate;
  const [year, month, day] = date.split('-').map(Number);
  const at = ctx.model.content.configPositions.of('document.reviewDate');
  return { date, day: Date.UTC(year, month - 1, day), at };
}

function today(ctx: LintContext): number {
  const now = ctx.settings.today;
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** "Last reviewed" on a day that has not come yet is a claim no one can have made. */
export const reviewDateFuture: LintRule = {
  id: 'content/review-date-future',
  check(ctx) {
    const { date, day, at } = reviewDate(ctx);
    const now = today(ctx);
    if (day <= now) return;
    ctx.report(at, `document.reviewDate ${date} is in the future; set it to the day the content was last reviewed`, {
      expected: `${isoDay(now)} or earlier`,
      actual: date,
    });
  },
};

/** A review older than document.maxAgeMonths tells customers the content may be out of date. */
export const reviewDateStale: LintRule = {
  id: 'content/review-date-stale',
  check(ctx) {
    const { date, day, at } = reviewDate(ctx);
    const months = ctx.model.content.config.document.maxAgeMonths;
    const reviewed = new Date(day);
    // Day-of-month overflow (31 January + 1 month) rolls into the next month, as a reader would count.
    const due = Date.UTC(reviewed.getUTCFullYear(), reviewed.getUTCMonth() + months, reviewed.getUTCDate());
    const now = today(ctx);
    if (now <= due) return;
    ctx.report(at, `document.reviewDate ${date} is more than ${months} months ago; review the content and update the date, or raise document.maxAgeMonths`, {
      expected: `a review on or after ${isoDay(Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() - months, new Date(now).getUTCDate()))}`,
      actual: date,
    });
  },
};
