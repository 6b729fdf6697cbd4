import { describe, expect, test } from 'vitest';
import { check } from '../checks/helpers';

const SECTION = 'content/sections/01-overview.md';

/** Findings of a project with the given files, review-date warnings aside. */
function findings(overrides: Record<string, string>): string[] {
  return check(overrides).lines.filter((line) => !line.endsWith('content/review-date-stale'));
}

const nestedList = (levels: number) => `# Deep\n\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n`;

describe('bounded work on hostile content', () => {
  test('16 levels of nested lists build; 17 are refused at the first line too deep', () => {
    expect(findings({ [SECTION]: nestedList(16) })).toEqual([]);
    expect(findings({ [SECTION]: nestedList(17) })).toEqual([
      'content/sections/01-overview.md:19:1  error  Lists and quotes nest 17 levels deep here; no document needs more than 16, and deeper nesting is refused so the build stays fast: flatten the structure (expected at most 16 levels of lists and quotes, found 17 levels)  markdown/too-deep',
    ]);
  });

  test('1,000 levels of nested lists or quotes are refused in well under a second, not a stack overflow', () => {
    const started = Date.now();
    expect(findings({ [SECTION]: nestedList(1000) })).toEqual([expect.stringMatching(/^content\/sections\/01-overview\.md:19:1 {2}error {2}Lists and quotes nest 17 levels deep here;.*markdown\/too-deep$/)]);
    expect(findings({ [SECTION]: `# Deep\n\n${'>'.repeat(1000)} quoted\n` })).toEqual([expect.stringMatching(/^content\/sections\/01-overview\.md:3:1 {2}error {2}Lists and quotes nest 1000 levels deep here;.*markdown\/too-deep$/)]);
    expect(findings({ [SECTION]: `# Deep\n\n${'- '.repeat(1000)}item\n` })).toEqual([expect.stringMatching(/^content\/sections\/01-overview\.md:3:1 {2}error {2}Lists and quotes nest 1000 levels deep here;.*markdown\/too-deep$/)]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test('deep indentation inside fenced code is not nesting', () => {
    expect(findings({ [SECTION]: `# Code\n\n\`\`\`\n${' '.repeat(80)}- not a list\n\`\`\`\n` })).toEqual([]);
  });

  test('a paragraph of more than 100,000 characters is refused at its first line', () => {
    expect(findings({ [SECTION]: `# Long\n\n${'word '.repeat(19_999)}\n` })).toEqual([]);
    expect(findings({ [SECTION]: `# Long\n\nFirst.\n\n${'word '.repeat(200_000)}\n` })).toEqual([
      'content/sections/01-overview.md:5:1  error  This block of text runs 1000001 characters without a blank line; a block that long would take minutes to lay out: split it into paragraphs (expected at most 100000 characters between blank lines, found 1000001 characters)  content/too-complex',
    ]);
  });

  test('a table of more than 5,000 rows is refused at the first row past the limit', () => {
    const csv = (rows: number) => `Plan,Days\n${Array.from({ length: rows }, (_, i) => `p${i},${i}\n`).join('')}`;
    const section = '# Tables\n\n::table{src="tables/big.csv"}\n';
    expect(findings({ [SECTION]: section, 'content/tables/big.csv': csv(5000) })).toEqual([]);
    expect(findings({ [SECTION]: section, 'content/tables/big.csv': csv(100_000) })).toEqual([
      'content/tables/big.csv:5002:1  error  the table has 100000 rows; a table that long would take minutes to lay out and no reader pages through it: split it, or publish it as a data file (expected at most 5000 rows, found 100000 rows)  content/too-complex',
    ]);
  });
});
