import { describe, expect, test } from 'vitest';
import { FILE, parse } from './helpers';

describe('raw HTML', () => {
  test('an HTML comment block is dropped silently', () => {
    const { doc, lines } = parse('Before\n\n<!-- internal: check with legal -->\n\nAfter');
    expect(doc.blocks).toMatchObject([{ runs: [{ text: 'Before' }] }, { runs: [{ text: 'After' }] }]);
    expect(lines).toEqual([]);
  });

  test('a multi-line comment is dropped silently', () => {
    expect(parse('<!--\nTODO: update\n-->').doc.blocks).toEqual([]);
  });

  test('a comment inside a paragraph is dropped silently', () => {
    const { doc, lines } = parse('Visible <!-- hidden --> text');
    expect(doc.blocks).toMatchObject([{ runs: [{ text: 'Visible  text' }] }]);
    expect(lines).toEqual([]);
  });

  test('a block of other HTML is dropped with a warning', () => {
    const { doc, lines } = parse('<div align="center">\nHi\n</div>');
    expect(doc.blocks).toEqual([]);
    expect(lines).toEqual([
      `${FILE}:1:1  warning  Raw HTML is not rendered in the PDF, so this block is left out; write it in Markdown, or put notes in <!-- --> (expected Markdown, found "<div align=\\"center\\">")  markdown/raw-html`,
    ]);
  });

  test('text after a comment on the same line is reported, not lost silently', () => {
    expect(parse('<!-- note --> words').lines[0]).toMatch(/^content\/sections\/01-intro\.md:1:15 {2}warning .*found "words"\)  markdown\/raw-html$/);
  });

  test('inline tags are dropped and the text between them kept, with a warning per opening tag', () => {
    const { doc, lines } = parse('A <b>bold</b> claim');
    expect(doc.blocks).toMatchObject([{ runs: [{ text: 'A bold claim' }] }]);
    expect(lines).toEqual([
      `${FILE}:1:3  warning  Raw HTML tag is not rendered in the PDF; it is left out and the text around it kept, use Markdown formatting instead (expected Markdown, found "<b>")  markdown/raw-html`,
    ]);
  });
});
