import { fill, items, stringsFor, type Strings } from './strings';

/**
 * `2026-06-26` as a long date in the document's language: `26 June 2026` in English, `26. Juni 2026` in
 * German. Unambiguous for readers anywhere, and independent of the machine's locale. `strings` carries a
 * team's overrides of the month names and the date pattern.
 */
export function longDate(isoDate: string, language = 'en', strings: Strings = stringsFor(language)): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return fill(strings.longDate, { day, month: items(strings.months)[month - 1] ?? String(month), year });
}

/** An ISO date `months` later, on the same day or the month's last day when it has fewer (`2026-08-31` + 1 is `2026-09-30`). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}
