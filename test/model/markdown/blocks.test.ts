import { describe, expect, test } from 'vitest';
import { FILE, parse } from './helpers';

describe('inline runs', () => {
  test('nested formatting becomes flat runs, each carrying all its flags', () => {
    expect(parse('**bold _and italic_**').doc.blocks[0]).toMatchObject({
      runs: [{ text: 'bold ', bold: true }, { text: 'and italic', bold: true, italics: true }],
    });
  });

  test('adjacent runs with the same flags are merged', () => {
    const { doc } = parse('plain \\*star\\* &amp; more');
    expect(doc.blocks[0]).toEqual({ type: 'paragraph', runs: [{ text: 'plain *star* & more' }], at: { file: FILE, line: 1, column: 1 } });
  });

  test('strikethrough sets strike and a code span sets code', () => {
    expect(parse('~~old~~ `new`').doc.blocks[0]).toMatchObject({ runs: [{ text: 'old', strike: true }, { text: ' ' }, { text: 'new', code: true }] });
  });

  test('a soft line break becomes a space', () => {
    expect(parse('one\n   two').doc.blocks[0]).toMatchObject({ runs: [{ text: 'one two' }] });
  });

  test('a hard line break is a run of its own holding a newline', () => {
    expect(parse('one  \ntwo\\\nthree').doc.blocks[0]).toMatchObject({
      runs: [{ text: 'one' }, { text: '\n' }, { text: 'two' }, { text: '\n' }, { text: 'three' }],
    });
  });
});

describe('blocks', () => {
  test('a tight list item holds a paragraph', () => {
    expect(parse('- one\n- two').doc.blocks[0]).toEqual({
      type: 'list',
      ordered: false,
      start: 1,
      items: [
        [{ type: 'paragraph', runs: [{ text: 'one' }], at: { file: FILE, line: 1, column: 3 } }],
        [{ type: 'paragraph', runs: [{ text: 'two' }], at: { file: FILE, line: 2, column: 3 } }],
      ],
      at: { file: FILE, line: 1, column: 1 },
    });
  });

  test('an ordered list keeps its start number', () => {
    expect(parse('3. three\n4. four').doc.blocks[0]).toMatchObject({ type: 'list', ordered: true, start: 3 });
  });

  test('a task item keeps its box as text', () => {
    expect(parse('- [x] done\n- [ ] open').doc.blocks[0]).toMatchObject({
      items: [[{ runs: [{ text: '[x] done' }] }], [{ runs: [{ text: '[ ] open' }] }]],
    });
  });

  test('a task item of a loose list keeps its box as text too', () => {
    expect(parse('- [x] done\n\n- [ ] open').doc.blocks[0]).toMatchObject({
      items: [[{ runs: [{ text: '[x] done' }] }], [{ runs: [{ text: '[ ] open' }] }]],
    });
  });

  test('fenced code keeps its language and its text verbatim', () => {
    expect(parse('```yaml title="x"\nkey: {{ company.name }}\n```').doc.blocks[0]).toEqual({
      type: 'code',
      text: 'key: {{ company.name }}',
      lang: 'yaml',
      at: { file: FILE, line: 1, column: 1 },
    });
  });

  test('indented code has no language', () => {
    expect(parse('Text\n\n    code line').doc.blocks[1]).toEqual({ type: 'code', text: 'code line', at: { file: FILE, line: 3, column: 5 } });
  });

  test('a thematic break is a rule', () => {
    expect(parse('a\n\n---\n\nb').doc.blocks[1]).toEqual({ type: 'rule', at: { file: FILE, line: 3, column: 1 } });
  });

  test('a block quote holds blocks', () => {
    expect(parse('> # Note\n> text').doc.blocks[0]).toMatchObject({
      type: 'blockquote',
      blocks: [{ type: 'heading', text: 'Note', at: { line: 1, column: 3 } }, { type: 'paragraph', runs: [{ text: 'text' }], at: { line: 2, column: 3 } }],
    });
  });

  test('a table keeps alignment, header and rows', () => {
    expect(parse('| L | C | R | N |\n|:--|:-:|--:|---|\n| 1 | **2** | 3 | a \\| b |').doc.blocks[0]).toEqual({
      type: 'table',
      align: ['left', 'center', 'right', null],
      header: [[{ text: 'L' }], [{ text: 'C' }], [{ text: 'R' }], [{ text: 'N' }]],
      rows: [[[{ text: '1' }], [{ text: '2', bold: true }], [{ text: '3' }], [{ text: 'a | b' }]]],
      at: { file: FILE, line: 1, column: 1 },
    });
  });
});
