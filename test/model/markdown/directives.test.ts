import { describe, expect, test } from 'vitest';
import { FILE, parse } from './helpers';

const at = (line: number, column = 1) => ({ file: FILE, line, column });

describe('directives', () => {
  test('::controls, ::subprocessors and ::signatures alone on their lines become directive blocks', () => {
    expect(parse('::controls\n\n::subprocessors\n::signatures').doc.blocks).toEqual([
      { type: 'directive', name: 'controls', attrs: {}, at: at(1) },
      { type: 'directive', name: 'subprocessors', attrs: {}, at: at(3) },
      { type: 'directive', name: 'signatures', attrs: {}, at: at(4) },
    ]);
  });

  test('::table carries its src', () => {
    expect(parse('::table{src="tables/retention.csv"}').doc.blocks).toEqual([
      { type: 'directive', name: 'table', attrs: { src: 'tables/retention.csv' }, at: at(1) },
    ]);
  });

  test('::field carries its label, with placeholders resolved, and an optional key', () => {
    const { doc, lines } = parse('::field{label="Signed for {{ company.name }}"}\n::field{label="Name" key="counterparty.name"}');
    expect(doc.blocks).toEqual([
      { type: 'directive', name: 'field', attrs: { label: 'Signed for Tesults' }, at: at(1) },
      { type: 'directive', name: 'field', attrs: { label: 'Name', key: 'counterparty.name' }, at: at(2) },
    ]);
    expect(lines).toEqual([]);
  });

  test('a ::field key may be a known placeholder key', () => {
    expect(parse('::field{label="Party" key="company.legalName"}').lines).toEqual([]);
  });

  test('a directive line interrupts a paragraph without a blank line', () => {
    expect(parse('Our controls:\n::controls\nMore text.').doc.blocks.map((b) => b.type)).toEqual(['paragraph', 'directive', 'paragraph']);
  });

  test('a directive line right after a list is not swallowed by the last item', () => {
    expect(parse('- one\n- two\n::controls').doc.blocks).toMatchObject([
      { type: 'list', items: [[{ type: 'paragraph' }], [{ type: 'paragraph' }]] },
      { type: 'directive', name: 'controls', at: at(3) },
    ]);
  });

  test('a directive line right after a block quote is not swallowed by it', () => {
    expect(parse('> quote\n::subprocessors').doc.blocks).toMatchObject([
      { type: 'blockquote', blocks: [{ type: 'paragraph' }] },
      { type: 'directive', name: 'subprocessors', at: at(2) },
    ]);
  });

  test('a directive indented into a list item stays in the item', () => {
    expect(parse('- one\n\n  ::controls').doc.blocks).toMatchObject([{ type: 'list', items: [[{ type: 'paragraph' }, { type: 'directive', at: at(3, 3) }]] }]);
  });

  test('a :: that is not alone on its line stays text', () => {
    const { doc, lines } = parse('See ::controls below\n\n::controls and more');
    expect(doc.blocks).toMatchObject([{ runs: [{ text: 'See ::controls below' }] }, { runs: [{ text: '::controls and more' }] }]);
    expect(lines).toEqual([]);
  });

  test('a directive inside fenced code stays code', () => {
    expect(parse('```\n::controls\n```').doc.blocks).toMatchObject([{ type: 'code', text: '::controls' }]);
  });

  test('an unknown directive is an error at its line', () => {
    const { doc, lines } = parse('Text\n\n  ::control');
    expect(doc.blocks).toHaveLength(1);
    expect(lines).toEqual([
      `${FILE}:3:3  error  Unknown directive ::control; use one of the directives listed, or write \\:: to print the line as text (expected ::controls, ::subprocessors, ::table, ::field, ::signatures or ::processing, found ::control)  markdown/unknown-directive`,
    ]);
  });

  test('an escaped directive line is printed as text', () => {
    expect(parse('\\::controls').doc.blocks).toMatchObject([{ runs: [{ text: '::controls' }] }]);
  });

  test('an attribute a directive does not take is an error at the attribute', () => {
    expect(parse('::controls{area="x"}').lines).toEqual([
      `${FILE}:1:12  error  ::controls takes no attributes; remove area="..." (expected no attributes, found "area")  markdown/directive-attribute`,
    ]);
  });

  test('an unknown attribute of ::table is an error naming the allowed ones', () => {
    expect(parse('::table{src="tables/retention.csv" caption="Retention"}').lines).toEqual([
      `${FILE}:1:36  error  ::table has no attribute "caption"; remove it or correct its name (expected src, found "caption")  markdown/directive-attribute`,
    ]);
  });

  test('a missing required attribute is an error', () => {
    expect(parse('::field{key="counterparty.name"}').lines).toEqual([
      `${FILE}:1:1  error  ::field needs a label attribute, e.g. ::field{label="Effective date"} (expected label="...", found none)  markdown/directive-attribute`,
    ]);
  });

  test('attributes that are not key="value" pairs are an error', () => {
    expect(parse('::table{src=tables/retention.csv}').lines).toEqual([
      `${FILE}:1:9  error  Cannot read the attributes of ::table; write them as key="value" pairs separated by spaces (expected key="value", found "src=tables/retention.csv")  markdown/directive-attribute`,
    ]);
  });

  test('an attribute given twice is an error', () => {
    expect(parse('::table{src="tables/retention.csv" src="tables/retention.csv"}').lines[0]).toMatch(/^content\/sections\/01-intro\.md:1:36 .*given twice.*markdown\/directive-attribute$/);
  });

  test('a ::table src outside tables/ is an error at the value', () => {
    expect(parse('::table{src="../secrets.csv"}').lines).toEqual([
      `${FILE}:1:14  error  ::table src must name a file in content/tables, written relative to content/ (expected a path like tables/retention.csv, found "../secrets.csv")  markdown/table-src`,
    ]);
  });

  test('a ::table src that sneaks out of tables/ with .. is an error', () => {
    expect(parse('::table{src="tables/../controls.yaml"}').lines[0]).toMatch(/markdown\/table-src$/);
  });

  test('a ::table src that names no loaded table is an error suggesting the known ones', () => {
    expect(parse('::table{src="tables/retension.csv"}').lines).toEqual([
      `${FILE}:1:14  error  ::table src names no table in content/tables; check the file name and extension (expected tables/retention.csv, found "tables/retension.csv")  markdown/table-src`,
    ]);
  });

  test('a ::field key may be an optional setting that is unset, printed as a fill-in line', () => {
    const { doc, lines } = parse('::field{label="Governing law" key="legal.governingLaw"}', { optionalKeys: new Set(['legal.governingLaw']) });
    expect(doc.blocks).toMatchObject([{ type: 'directive', attrs: { key: 'legal.governingLaw' } }]);
    expect(lines).toEqual([]);
  });

  test('a ::field key that is neither known nor counterparty.* is an error', () => {
    expect(parse('::field{label="Law" key="legal.law"}').lines).toEqual([
      `${FILE}:1:26  error  ::field key "legal.law" names no known value; use a known key, or a counterparty.* key for a value the other party fills in (expected a known key such as company.name, company.legalName or document.reviewDate, found "legal.law")  markdown/unknown-placeholder`,
    ]);
  });
});
