import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultFontFiles } from '../../src/load/fonts';
import type { FontCoverage } from '../../src/checks';
import { check, checkSection, SECTION } from './helpers';
import { CONFIG } from '../load/fixtures';

const RULE = 'content/missing-glyph';
const message = (char: string, code: string, lacking: string, where = 'the text', more = '') =>
  `error  The character "${char}" (${code}) in ${where} is not in the font, so it would print as an empty box.${more} Replace it, or set brand.fonts in trust-package.yaml to TTF or OTF files that include it (expected a character the font draws: ${lacking}, found ${code})  ${RULE}`;
const ROBOTO = 'normal (Roboto-Regular.ttf), bold (Roboto-Medium.ttf) lack it';

/** A font family whose faces draw only ASCII, and whose bold face also lacks `é`. */
function fakeFonts(): FontCoverage {
  const ascii = Array.from({ length: 95 }, (_, i) => 32 + i);
  return {
    normal: { file: 'Brand-Regular.ttf', codePoints: new Set([...ascii, 0xe9]) },
    bold: { file: 'Brand-Bold.ttf', codePoints: new Set(ascii) },
    italics: { file: 'Brand-Italic.ttf', codePoints: new Set([...ascii, 0xe9]) },
    bolditalics: { file: 'Brand-BoldItalic.ttf', codePoints: new Set(ascii) },
  };
}

describe(RULE, () => {
  test('an emoji outside Roboto is named with its code point and place', () => {
    expect(checkSection('# Overview\n\nWe ship fast 🚀 and safely.\n')).toEqual([`${SECTION}:3:14  ${message('🚀', 'U+1F680', ROBOTO)}`]);
  });

  test('Roboto draws accents, dashes, quotes and the euro sign', () => {
    expect(checkSection('# Overview\n\nCafé – “quoted” — 5 € · naïve ±1.\n')).toEqual([]);
  });

  test('a character repeated in one file is reported once, with the count', () => {
    expect(checkSection('# Overview\n\nA ☃ and ☃.\n\nAnother ☃.\n')).toEqual([`${SECTION}:3:3  ${message('☃', 'U+2603', ROBOTO, 'the text', ' It occurs 3 times in this file.')}`]);
  });

  test('the zero-width space the renderer inserts itself is ignored', () => {
    expect(checkSection('# Overview\n\nA\u200Bb.\n')).toEqual([]);
  });

  test('a right-to-left mark, invisible in an editor, would print as a box', () => {
    expect(checkSection('# Overview\n\nName \u200F here.\n')).toEqual([`${SECTION}:3:6  ${message('\u200F', 'U+200F', ROBOTO)}`]);
  });

  test('a character only the bold face lacks is reported for bold alone', () => {
    const lines = checkSection('# Overview\n\nCafé.\n', { fonts: fakeFonts() });
    expect(lines).toEqual([`${SECTION}:3:4  ${message('é', 'U+00E9', 'bold (Brand-Bold.ttf) lacks it')}`]);
  });

  test('italic text is checked against the italic faces too', () => {
    const fonts = fakeFonts();
    fonts.italics = { file: 'Brand-Italic.ttf', codePoints: new Set([32, 0x41]) };
    expect(checkSection('# Overview\n\n*AB*\n', { fonts })).toEqual([`${SECTION}:3:3  ${message('B', 'U+0042', 'italics (Brand-Italic.ttf) lacks it')}`]);
  });

  test('a character in a subprocessor field is reported at the field', () => {
    const { lines } = check({ 'content/subprocessors.yaml': '- name: 北京 Cloud\n  purpose: Hosting\n  data: All\n  location: China\n' });
    expect(lines).toEqual([
      `content/subprocessors.yaml:1:9  ${message('北', 'U+5317', ROBOTO, '"name" of subprocessor "北京 Cloud"')}`,
      `content/subprocessors.yaml:1:9  ${message('京', 'U+4EAC', ROBOTO, '"name" of subprocessor "北京 Cloud"')}`,
    ]);
  });

  test('a character in a setting printed on the cover is reported at the setting', () => {
    const { lines } = check({ 'content/trust-package.yaml': CONFIG.replace('name: Tesults', 'name: Tesults ✓') });
    expect(lines).toEqual([`content/trust-package.yaml:2:9  ${message('✓', 'U+2713', ROBOTO, 'the setting company.name')}`]);
  });

  test('a brand font file that is not a font is an error at its setting', () => {
    const roboto = defaultFontFiles();
    const fonts = `  fonts:\n    normal: assets/Brand-Regular.ttf\n    bold: assets/Brand-Bold.ttf\n    italics: assets/Brand-Italic.ttf\n    bolditalics: assets/Brand-BoldItalic.ttf\n`;
    const { lines } = check({
      'content/trust-package.yaml': CONFIG + fonts,
      'assets/Brand-Regular.ttf': fs.readFileSync(roboto.normal),
      'assets/Brand-Bold.ttf': 'not a font',
      'assets/Brand-Italic.ttf': fs.readFileSync(roboto.italics),
      'assets/Brand-BoldItalic.ttf': fs.readFileSync(roboto.bolditalics),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^content\/trust-package\.yaml:15:11 {2}error {2}brand\.fonts\.bold names assets\/Brand-Bold\.ttf, which cannot be read as a font; point it at a valid TTF or OTF file \(expected a TrueType or OpenType font, found .+\) {2}content\/font-invalid$/,
    );
  });
});
