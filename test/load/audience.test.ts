import { describe, expect, test } from 'vitest';
import { CONTROLS, SUBPROCESSORS, load } from './fixtures';

const SECTION = 'content/sections/01-overview.md';

describe('front matter of a section', () => {
  test('sets the audience and is blanked out of the text, keeping every body line where it was', () => {
    const { lines, content } = load({ [SECTION]: '---\naudience: nda\n---\n# Overview\n\nBody line five.\n' });
    expect(lines).toEqual([]);
    const [section] = content!.sections;
    expect(section.audience).toBe('nda');
    expect(section.text).toBe('\n\n\n# Overview\n\nBody line five.\n');
    expect(section.text.split('\n')[5]).toBe('Body line five.');
  });

  test('a section without front matter has no audience and its text unchanged', () => {
    const { content } = load({ [SECTION]: '# Overview\n\n---\n\nText.\n' });
    expect(content!.sections[0]).toEqual({ file: SECTION, text: '# Overview\n\n---\n\nText.\n' });
  });

  test('an unknown front matter key is an error at its line and column', () => {
    const { lines } = load({ [SECTION]: '---\naudience: public\naudeince: nda\n---\n# Overview\n' });
    expect(lines).toEqual([
      `${SECTION}:3:1  error  unknown key "audeince"; did you mean "audience"? (expected one of audience)  front-matter/unknown-key`,
    ]);
  });

  test('an audience other than public or nda is an error at the value', () => {
    const { lines, content } = load({ [SECTION]: '---\naudience: internal\n---\n# Overview\n' });
    expect(lines).toEqual([`${SECTION}:2:11  error  "audience" has an unsupported value (expected one of "public", "nda", found "internal")  front-matter/invalid-value`]);
    expect(content!.sections[0].audience).toBe('nda');
  });

  test('front matter that is never closed is an error on line 1', () => {
    const { lines } = load({ [SECTION]: '---\naudience: nda\n# Overview\n' });
    expect(lines).toEqual([
      `${SECTION}:1:1  error  the front matter opened on line 1 is never closed; end it with a line of "---" (expected a line "---" after the front matter, found none until the end of the file)  front-matter/unclosed`,
    ]);
  });
});

describe('the audience field of data', () => {
  test('controls and subprocessors read it from YAML, and leave it out when absent', () => {
    const { lines, content } = load({
      'content/controls.yaml': `${CONTROLS}- id: pentest\n  area: Penetration tests\n  control: Yearly.\n  audience: nda\n`,
      'content/subprocessors.yaml': `${SUBPROCESSORS}  audience: public\n`,
    });
    expect(lines.filter((l) => l.includes('error'))).toEqual([]);
    expect(content!.controls.map((c) => c.audience)).toEqual([undefined, 'nda']);
    expect(content!.subprocessors[0].audience).toBe('public');
  });

  test('controls.csv has an audience column', () => {
    const { lines, content } = load({
      'content/controls.yaml': undefined,
      'content/controls.csv': 'id,area,control,frameworks,audience\na,A,Text.,soc2: CC6.1,nda\nb,B,Text.,soc2: CC6.2,\n',
    });
    expect(lines).toEqual([]);
    expect(content!.controls.map((c) => c.audience)).toEqual(['nda', undefined]);
  });

  test('a misspelt audience value in subprocessors.yaml is an error at the value', () => {
    const { lines } = load({ 'content/subprocessors.yaml': `${SUBPROCESSORS}  audience: NDA\n` });
    expect(lines).toEqual([
      'content/subprocessors.yaml:7:13  error  "audience" has an unsupported value (expected one of "public", "nda", found "NDA")  subprocessors/invalid-value',
    ]);
  });

  test('a YAML table takes a table-wide audience', () => {
    const { content } = load({ 'content/tables/plans.yaml': 'columns: [Plan]\nrows: [[Free]]\naudience: nda\n' });
    expect(content!.tables[0]).toMatchObject({ columns: ['Plan'], rows: [['Free']], audience: 'nda' });
  });

  test('a CSV table takes an audience column per row, which is not one of its columns', () => {
    const { lines, content } = load({ 'content/tables/retention.csv': 'Plan,audience,Retention\nFree,,30 days\nEnterprise,nda,custom\n' });
    expect(lines).toEqual([]);
    expect(content!.tables[0]).toMatchObject({ columns: ['Plan', 'Retention'], rows: [['Free', '30 days'], ['Enterprise', 'custom']], rowAudience: [undefined, 'nda'] });
  });

  test('an unknown value in a CSV table audience column is an error at the cell', () => {
    const { lines } = load({ 'content/tables/retention.csv': 'Plan,audience\nFree,secret\n' });
    expect(lines).toEqual([
      'content/tables/retention.csv:2:6  error  "audience" has an unsupported value (expected one of "public", "nda", or empty for the default, found "secret")  tables/invalid-value',
    ]);
  });

  test('site.defaultAudience defaults to public and accepts nda', () => {
    expect(load().content!.config.site).toEqual({ enabled: true, defaultAudience: 'public' });
  });
});
