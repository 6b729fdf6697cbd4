import { describe, expect, test } from 'vitest';
import { de } from '../../src/text/strings/de';
import { en } from '../../src/text/strings/en';
import { builtInStrings, fill, items, LANGUAGES, stringsFor } from '../../src/text/strings';
import { longDate } from '../../src/text/dates';

describe('the strings of each language', () => {
  test('every language gives every key of en.ts, and no other', () => {
    for (const strings of Object.values(LANGUAGES)) expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
  });

  test('every language keeps the {values} of each English string, so none is lost in translation', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) expect({ key, names: names(de[key as keyof typeof en]) }).toEqual({ key, names: names(text) });
  });

  test('twelve month names each', () => {
    for (const strings of Object.values(LANGUAGES)) expect(items(strings.months)).toHaveLength(12);
  });

  test('a regional tag uses its language, an unknown one none, and overrides win', () => {
    expect(builtInStrings('de-AT')).toBe(de);
    expect(builtInStrings('fr')).toBeUndefined();
    expect(stringsFor('fr').contents).toBe('Contents');
    expect(stringsFor('de', { contents: 'Inhaltsverzeichnis' }).contents).toBe('Inhaltsverzeichnis');
  });
});

describe('longDate', () => {
  test('writes the date the way each language does', () => {
    expect(longDate('2026-11-16', 'en')).toBe('16 November 2026');
    expect(longDate('2026-11-16', 'de')).toBe('16. November 2026');
    expect(longDate('2026-03-01', 'de-CH')).toBe('1. März 2026');
    expect(longDate('2026-03-01')).toBe('1 March 2026');
  });

  test('fills a string with its values and leaves an unknown name as written', () => {
    expect(fill('Page {page} of {pages} {other}', { page: 2, pages: 9 })).toBe('Page 2 of 9 {other}');
  });
});
