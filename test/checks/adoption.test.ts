import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/checks/accent-contrast';
import { closest } from '../../src/text/suggest';
import { CONFIG } from '../load/fixtures';
import { check } from './helpers';

const CONFIG_FILE = 'content/trust-package.yaml';
const SUBS = 'content/subprocessors.yaml';

describe('brand/accent-contrast', () => {
  test('computes the WCAG ratio: black on white is 21:1, white on white 1:1', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFF', '#FFFFFF')).toBeCloseTo(1, 5);
    expect(contrastRatio('#2BB3A3', '#FFFFFF')).toBeCloseTo(2.6, 1);
  });

  test('warns at brand.accentColor when the accent is too light for text on white, and suggests a darker one', () => {
    const { lines } = check({ [CONFIG_FILE]: CONFIG.replace('"#208479"', '"#2BB3A3"') });
    expect(lines).toEqual([
      `${CONFIG_FILE}:12:16  warning  brand.accentColor #2BB3A3 has a contrast of 2.60:1 against white, below the 4.5:1 WCAG AA asks of text; it prints the classification in every page header, so choose a darker accent such as "#208479" (expected at least 4.5:1, found 2.60:1)  brand/accent-contrast`,
    ]);
  });

  test('is quiet for an accent that reaches 4.5:1', () => {
    expect(check().lines).toEqual([]);
  });
});

describe('subprocessors/near-duplicate with numbered names', () => {
  test('500 vendors whose names differ only in a number give no warning', () => {
    const list = Array.from({ length: 500 }, (_, i) => `- name: Vendor ${i + 1} GmbH\n  purpose: Hosting\n  data: Logs\n  location: Germany\n`).join('');
    expect(check({ [SUBS]: list }).lines).toEqual([]);
  });

  test('a typo between names with the same numbers still warns', () => {
    const sub = (name: string) => `- name: ${name}\n  purpose: Hosting\n  data: Logs\n  location: Germany\n`;
    const { lines } = check({ [SUBS]: sub('Hetzner Online 24 GmbH') + sub('Hetzner Onlin 24 GmbH') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('subprocessors/near-duplicate');
  });
});

describe('did-you-mean suggestions', () => {
  test('offer each candidate once, even when two lists both hold it', () => {
    expect(closest('legal.governingLow', ['legal.governingLaw', 'company.name', 'legal.governingLaw'])).toEqual(['legal.governingLaw', 'company.name']);
  });

  test('name a set optional key once in an unknown ::field key', () => {
    const { lines } = check({
      [CONFIG_FILE]: `${CONFIG}legal:\n  governingLaw: Germany\n`,
      'content/legal/nda.md': '# NDA\n\n::field{label="Law" key="legal.governingLow"}\n',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0].match(/legal\.governingLaw/g)).toHaveLength(1);
  });
});
