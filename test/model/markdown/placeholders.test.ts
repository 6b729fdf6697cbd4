import { describe, expect, test } from 'vitest';
import { FILE, parse } from './helpers';

const UNKNOWN = (line: number, column: number, key: string, known = 'company.name, company.legalName or document.reviewDate') =>
  `${FILE}:${line}:${column}  error  Unknown placeholder {{ ${key} }}: no value has this key; correct the key, or write \\{{ to print the braces (expected a known key such as ${known}, found "${key}")  markdown/unknown-placeholder`;

describe('placeholders', () => {
  test('resolve in paragraph text, with or without spaces inside the braces', () => {
    expect(parse('{{company.name}} and {{  company.legalName  }}').doc.blocks[0]).toMatchObject({
      runs: [{ text: 'Tesults and Tesults Ltd' }],
    });
  });

  test('resolve in headings, and the anchor is made from the resolved text', () => {
    expect(parse('## About {{ company.name }}').doc.blocks[0]).toMatchObject({ text: 'About Tesults', anchor: 'about-tesults' });
  });

  test('resolve in link text and in a link destination', () => {
    expect(parse('[Write to {{ company.name }}](mailto:{{company.securityContact}})').doc.blocks[0]).toMatchObject({
      runs: [{ text: 'Write to Tesults', link: 'mailto:help@tesults.com' }],
    });
  });

  test('resolve in table cells', () => {
    const { doc } = parse('| Party |\n|---|\n| {{ company.legalName }} |');
    expect(doc.blocks[0]).toMatchObject({ rows: [[[{ text: 'Tesults Ltd' }]]] });
  });

  test('resolve in image alt text', () => {
    expect(parse('![{{ company.name }} logo](../../assets/logo.png)').doc.blocks[0]).toMatchObject({ type: 'image', alt: 'Tesults logo' });
  });

  test('resolve inside emphasis and keep its formatting', () => {
    expect(parse('**{{ company.name }}**').doc.blocks[0]).toMatchObject({ runs: [{ text: 'Tesults', bold: true }] });
  });

  test('stay literal in code spans', () => {
    expect(parse('`{{ company.name }}`').doc.blocks[0]).toMatchObject({ runs: [{ text: '{{ company.name }}', code: true }] });
  });

  test('stay literal after a backslash', () => {
    expect(parse('\\{{ company.name }}').doc.blocks[0]).toMatchObject({ runs: [{ text: '{{ company.name }}' }] });
  });

  test('insert a value as text, never as Markdown', () => {
    const values = new Map([['company.name', '*Acme* <b>']]);
    expect(parse('{{ company.name }}', { values }).doc.blocks[0]).toMatchObject({ runs: [{ text: '*Acme* <b>' }] });
  });

  test('a destination with spaces around the key is no link, as CommonMark says, so write {{key}} there', () => {
    expect(parse('[mail](mailto:{{ company.securityContact }})').doc.blocks[0]).toMatchObject({
      runs: [{ text: '[mail](mailto:help@tesults.com)' }],
    });
  });

  test('an unknown key is an error at the {{ and the text is kept as written', () => {
    const { doc, lines } = parse('Hello\nWe are {{ compnay.name }}.');
    expect(doc.blocks[0]).toMatchObject({ runs: [{ text: 'Hello We are {{ compnay.name }}.' }] });
    // A swap of two letters is one edit, so the keys that share company. come first.
    expect(lines).toEqual([UNKNOWN(2, 8, 'compnay.name', 'company.name, company.legalName or company.securityContact')]);
  });

  test('the message suggests the closest known keys first', () => {
    expect(parse('{{ document.reviewdate }}').lines).toEqual([
      UNKNOWN(1, 1, 'document.reviewdate', 'document.reviewDate, company.legalName or company.name'),
    ]);
  });

  test('an unknown key in a nested list item is reported at its own line and column', () => {
    expect(parse('- one\n  - two {{ x }}').lines).toEqual([UNKNOWN(2, 9, 'x')]);
  });

  test('an unknown key on the second line of a block quote is reported at its own line and column', () => {
    expect(parse('> one\n>   two {{ x }}').lines[0]).toMatch(/:2:9 {2}error/);
  });

  test('an unknown key in a table cell is reported at the cell', () => {
    expect(parse('| a | b |\n|---|---|\n| 1 | {{ x }} |').lines[0]).toMatch(/:3:7 {2}error/);
  });

  test('an unknown key in a table cell after an escaped pipe is reported at the {{', () => {
    expect(parse('| a |\n|---|\n| x \\| {{ w }} |').lines[0]).toMatch(/:3:8 {2}error/);
  });

  test('an unknown key in an autolink is reported once', () => {
    expect(parse('<https://a.example/{{x}}>').lines).toHaveLength(1);
  });

  test('an unknown key in a heading is reported at the {{', () => {
    expect(parse('### About {{ x }}').lines[0]).toMatch(/:1:11 {2}error/);
  });

  test('an unterminated {{ is printed as written with a warning', () => {
    const { doc, lines } = parse('Use {{ company.name to start');
    expect(doc.blocks[0]).toMatchObject({ runs: [{ text: 'Use {{ company.name to start' }] });
    expect(lines).toEqual([
      `${FILE}:1:5  warning  Placeholder opened with {{ is never closed, so it is printed as written; close it with }} or write \\{{ to print the braces (expected }} on the same line or paragraph, found no }})  markdown/unterminated-placeholder`,
    ]);
  });
});
