import { describe, expect, it } from 'vitest';
import { canHyphenate, hyphenationPoints, isPlainWord } from '../../src/text/hyphenation';

/** The token with a hyphen at each point, to read the points at a glance. */
function shown(token: string, language: string): string {
  let out = '';
  let last = 0;
  for (const point of hyphenationPoints(token, language)) {
    out += `${token.slice(last, point)}-`;
    last = point;
  }
  return out + token.slice(last);
}

describe('hyphenationPoints', () => {
  it('hyphenates German by the 1996 rules and English by its patterns', () => {
    expect(shown('Auftragsverarbeitungsvertrag', 'de')).toBe('Auf-trags-ver-ar-bei-tungs-ver-trag');
    expect(shown('Haftungsbeschränkung', 'de-DE')).toBe('Haf-tungs-be-schrän-kung');
    expect(shown('responsibilities', 'en')).toBe('re-spon-si-bil-i-ties');
    expect(shown('responsibilities', 'en-GB')).toBe('re-spons-ib-il-it-ies');
  });

  it('counts the points in the token as the line breaker sees it, punctuation and space included', () => {
    expect(shown('(Datenschutz-', 'de')).toBe('(Da-ten-schutz-');
    expect(shown('Grundverordnung), ', 'de')).toBe('Grund-ver-ord-nung), ');
  });

  it('keeps two letters before a hyphen and three after it', () => {
    for (const word of ['Datenschutz', 'availability', 'Rechenzentrum', 'Unterauftragsverarbeiter']) {
      for (const point of hyphenationPoints(word, word === 'availability' ? 'en' : 'de')) {
        expect(point).toBeGreaterThanOrEqual(2);
        expect(word.length - point).toBeGreaterThanOrEqual(3);
      }
    }
    expect(hyphenationPoints('über', 'de')).toEqual([]);
  });

  it('never hyphenates acronyms, product names, addresses, code or hashes', () => {
    for (const token of ['GDPR', 'PostgreSQL', 'example.com', 'security@example.com', 'file_name', 'v2beta', 'abcdef0123456789']) {
      expect(hyphenationPoints(token, 'en'), token).toEqual([]);
    }
  });

  it('hyphenates nothing in a language without patterns here', () => {
    expect(canHyphenate('fr')).toBe(false);
    expect(hyphenationPoints('Datenschutz', 'fr')).toEqual([]);
    expect(canHyphenate('de-CH')).toBe(true);
  });
});

describe('isPlainWord', () => {
  it('tells words from other tokens, and leaves runs of letters longer than 64 to the cut', () => {
    expect(isPlainWord('„Datenschutz“,')).toBe(true);
    expect(isPlainWord('a1b2')).toBe(false);
    expect(isPlainWord('a'.repeat(64))).toBe(true);
    expect(isPlainWord('a'.repeat(65))).toBe(false);
  });
});
