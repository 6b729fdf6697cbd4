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
