import { describe, expect, test } from 'vitest';
import { CONFIG } from '../load/fixtures';
import path from 'node:path';
import { loadModel } from '../../src/commands/validate';
import { lintModel } from '../../src/checks';
import { Diagnostics } from '../../src/diagnostics';
import { lines } from '../load/fixtures';
import { testdir } from '../helpers/testdir';
import { check, files, TODAY } from './helpers';

const AT = 'content/trust-package.yaml:8:15';
const withConfig = (extra: string) => ({ 'content/trust-package.yaml': CONFIG.replace('  classification: Confidential\n', `  classification: Confidential\n${extra}`) });

describe('review date', () => {
  test('a review date later than today is an error at the date', () => {
    const { lines } = check({}, { today: new Date('2026-06-25T23:00:00Z') });
    expect(lines).toEqual([
      `${AT}  error  document.reviewDate 2026-06-26 is in the future; set it to the day the content was last reviewed (expected 2026-06-25 or earlier, found 2026-06-26)  content/review-date-future`,
    ]);
  });

  test('a review dated today passes', () => {
    expect(check({}, { today: new Date('2026-06-26T00:00:00Z') }).lines).toEqual([]);
  });

  test('a review exactly twelve months old still passes', () => {
    expect(check({}, { today: new Date('2027-06-26T12:00:00Z') }).lines).toEqual([]);
  });

  test('a review more than twelve months old is a warning', () => {
    const { lines } = check({}, { today: new Date('2027-06-27T12:00:00Z') });
    expect(lines).toEqual([
      `${AT}  warning  document.reviewDate 2026-06-26 is more than 12 months ago; review the content and update the date, or raise document.maxAgeMonths (expected a review on or after 2026-06-27, found 2026-06-26)  content/review-date-stale`,
    ]);
  });

  test('document.maxAgeMonths sets the age', () => {
    const { lines } = check(withConfig('  maxAgeMonths: 3\n'), { today: new Date('2026-10-01T00:00:00Z') });
    expect(lines).toEqual([
      `${AT}  warning  document.reviewDate 2026-06-26 is more than 3 months ago; review the content and update the date, or raise document.maxAgeMonths (expected a review on or after 2026-07-01, found 2026-06-26)  content/review-date-stale`,
    ]);
  });

  test('document.maxAgeMonths must be a positive whole number', () => {
    const { lines } = check(withConfig('  maxAgeMonths: 0\n'));
    expect(lines).toEqual([
      'content/trust-package.yaml:10:17  error  "document.maxAgeMonths" must be a positive whole number (expected a whole number of months above 0, e.g. 12, found number 0)  config/number',
    ]);
  });
});

describe('positions of settings', () => {
  test('name the configuration file of the content folder given, whatever it is called, even on a copied model', () => {
    const root = testdir(Object.fromEntries(Object.entries(files()).map(([file, text]) => [file.replace(/^content\//, 'site-content/'), text])));
    const diagnostics = new Diagnostics();
    const model = loadModel(path.join(root, 'site-content'), diagnostics, { today: TODAY });
    expect(lines(diagnostics)).toEqual([]);
    // A copy of the content and its config, as any stage may make, keeps every position.
    const copy = { ...model!, content: { ...model!.content, config: structuredClone(model!.content.config) } };
    const found = new Diagnostics();
    lintModel(copy, found, { today: new Date('2026-06-25T23:00:00Z'), readFile: () => undefined });
    expect(lines(found)).toEqual([
      'site-content/trust-package.yaml:8:15  error  document.reviewDate 2026-06-26 is in the future; set it to the day the content was last reviewed (expected 2026-06-25 or earlier, found 2026-06-26)  content/review-date-future',
    ]);
  });
});
