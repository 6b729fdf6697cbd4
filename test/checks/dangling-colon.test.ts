import { describe, expect, test } from 'vitest';
import { checkSection, SECTION } from './helpers';

const RULE = 'content/dangling-colon';
const message = (found: string) =>
  `error  Paragraph ends with a colon, but no list or table follows it; add what it introduces below it, or end the sentence with a full stop (expected a list, table or text after the colon, found ${found})  ${RULE}`;

describe(RULE, () => {
  test('a lead-in followed by a heading is reported at its colon', () => {
    expect(checkSection('# Overview\n\nWe offer the following:\n\n## Backups\n\nDaily.\n')).toEqual([`${SECTION}:3:23  ${message('the heading "Backups"')}`]);
  });

  test('a lead-in at the end of the file is reported', () => {
    expect(checkSection('# Overview\n\nOn request we can:\n')).toEqual([`${SECTION}:3:18  ${message('the end of the file')}`]);
  });

  test('a lead-in that ends a list item at the end of the file is reported', () => {
    expect(checkSection('# Overview\n\n- One.\n- Two, namely:\n')).toEqual([`${SECTION}:4:14  ${message('the end of the file')}`]);
  });

  test('a lead-in followed by its list passes', () => {
    expect(checkSection('# Overview\n\nWe offer:\n\n- backups\n- encryption\n')).toEqual([]);
  });

  test('a lead-in followed by a table or a directive passes', () => {
    expect(checkSection('# Overview\n\nPlans:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nControls:\n\n::controls\n')).toEqual([]);
  });

  test('a colon inside a sentence is not a lead-in', () => {
    expect(checkSection('# Overview\n\nNote: we keep backups.\n\n## Next\n')).toEqual([]);
  });

  test('the colon is found past emphasis that closes after it', () => {
    expect(checkSection('# Overview\n\nWe hold **these**:\n\n# Next\n')).toEqual([`${SECTION}:3:18  ${message('the heading "Next"')}`]);
  });
});
