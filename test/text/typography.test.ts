import { describe, expect, it } from 'vitest';
import { NBSP, typeset } from '../../src/text/typography';

const en = (text: string, before?: string) => typeset(text, { language: 'en', before });
const de = (text: string) => typeset(text, { language: 'de-DE' });

describe('typeset', () => {
  it('curls quotes and apostrophes the English way', () => {
    expect(en(`He said "it's fine" and 'maybe'.`)).toBe('He said \u201Cit\u2019s fine\u201D and \u2018maybe\u2019.');
    expect(en(`the users' data, ("quoted")`)).toBe('the users\u2019 data, (\u201Cquoted\u201D)');
  });

  it('curls quotes the German way', () => {
    expect(de(`Er sagte "es geht" und 'so'. Geht's?`)).toBe('Er sagte \u201Ees geht\u201C und \u201Aso\u2018. Geht\u2019s?');
  });

  it('decides open or close from the run before', () => {
    expect(en('" here', 'x')).toBe('\u201D here');
    expect(en('"here', ' ')).toBe('\u201Chere');
  });

  it('makes dashes and ellipses, but leaves command-line options alone', () => {
    expect(en('pages 10--20; yes---no; wait... then -- done')).toBe('pages 10\u201320; yes\u2014no; wait\u2026 then \u2013 done');
    expect(en('run it with --sizes 100x')).toBe('run it with --sizes 100x');
  });

  it('ties section signs, articles and units to their numbers', () => {
    expect(de('§ 147 AO und Art. 28 DSGVO, 5 GB, 30 Tage')).toBe(`§${NBSP}147 AO und Art.${NBSP}28 DSGVO, 5${NBSP}GB, 30${NBSP}Tage`);
    expect(en('99.9 % uptime, 12 months, 30 days, 5 GB')).toBe(`99.9${NBSP}% uptime, 12${NBSP}months, 30${NBSP}days, 5${NBSP}GB`);
    expect(en('in 2 steps, 3 Gbits')).toBe('in 2 steps, 3 Gbits');
  });

  it('leaves URLs and e-mail addresses exactly as written', () => {
    const text = `See https://example.com/a--b...c?x="1" or "first.last@example.com" -- and www.x.example/it's`;
    expect(en(text)).toBe('See https://example.com/a--b...c?x=\u201D1\u201D or \u201Cfirst.last@example.com\u201D \u2013 and www.x.example/it\'s');
  });

  it('keeps the plain form of a character the font does not draw', () => {
    const draws = (char: string) => char !== '\u201C' && char !== '\u201D';
    expect(typeset(`"a" -- b's`, { language: 'en', draws })).toBe('"a" \u2013 b\u2019s');
  });
});
