import { describe, expect, test } from 'vitest';
import { Diagnostics } from '../../../src/diagnostics';
import { lineFrame, prepareSource } from '../../../src/model/markdown/source';
import { FILE, parse } from './helpers';

describe('source positions', () => {
  test('a diagnostic on a CRLF file points at the same line and column as on the LF file', () => {
    const lf = parse('# Title\n\nSome {{ nope }} text\n').lines;
    const crlf = parse('# Title\r\n\r\nSome {{ nope }} text\r\n').lines;
    expect(crlf).toEqual(lf);
    expect(lf[0]).toMatch(/^content\/sections\/01-intro\.md:3:6 {2}error/);
  });

  test('a lone CR counts as a line ending', () => {
    const { doc } = parse('one\r\rtwo');
    expect(doc.blocks.map((b) => b.at.line)).toEqual([1, 3]);
  });

  test('a leading BOM is stripped and does not shift columns', () => {
    const { doc, lines } = parse('\uFEFF# Title {{ nope }}');
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', text: 'Title {{ nope }}', at: { line: 1, column: 1 } });
    expect(lines[0]).toMatch(/:1:9 {2}error/);
  });

  test('a control character is removed with a warning at its exact place', () => {
    const { doc, lines } = parse('Line one\nA\u0007B and {{ nope }}');
    expect(doc.blocks[0]).toMatchObject({ runs: [{ text: 'Line one AB and {{ nope }}' }] });
    expect(lines).toEqual([
      `${FILE}:2:2  warning  Removed the invisible control character U+0007: it renders unpredictably in a PDF; delete it from the file (expected printable text, found U+0007)  markdown/control-character`,
      `${FILE}:2:9  error  Unknown placeholder {{ nope }}: no value has this key; correct the key, or write \\{{ to print the braces (expected a known key such as company.name, company.legalName or document.reviewDate, found "nope")  markdown/unknown-placeholder`,
    ]);
  });

  test('C1 control characters and DEL are removed, tab is kept', () => {
    const { doc, lines } = parse('a\u0085b\u007Fc\td');
    expect(doc.blocks[0]).toMatchObject({ runs: [{ text: 'abc\td' }] });
    expect(lines.map((l) => l.split('  ')[0])).toEqual([`${FILE}:1:2`, `${FILE}:1:4`]);
  });

  test('prepareSource maps offsets after removed characters back to the original column', () => {
    const source = prepareSource('\u0000\u0001ab', FILE, new Diagnostics());
    expect(source.text).toBe('ab');
    expect(source.at(1)).toEqual({ file: FILE, line: 1, column: 4 });
  });

  test('lineFrame maps a line stripped of its marker back onto the raw line', () => {
    const frame = lineFrame((offset) => offset, '> one\n> two  ', 'one\ntwo');
    expect([frame(0), frame(4), frame(6)]).toEqual([2, 8, 10]);
  });
});
