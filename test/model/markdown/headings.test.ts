import { describe, expect, test } from 'vitest';
import { FILE, parse } from './helpers';

describe('headings', () => {
  test('each depth from 1 to 6 is kept', () => {
    const { doc } = parse('# a\n## b\n### c\n#### d\n##### e\n###### f');
    expect(doc.blocks.map((b) => (b.type === 'heading' ? b.depth : 0))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('text is the plain text of the runs, and the runs keep formatting', () => {
    expect(parse('## The `api` *key*').doc.blocks[0]).toMatchObject({
      text: 'The api key',
      runs: [{ text: 'The ' }, { text: 'api', code: true }, { text: ' ' }, { text: 'key', italics: true }],
    });
  });

  test('closing hashes and setext underlines are not part of the text', () => {
    expect(parse('## Closed ##\n\nSetext\n------').doc.blocks).toMatchObject([
      { text: 'Closed', depth: 2 },
      { text: 'Setext', depth: 2 },
    ]);
  });

  test('anchors are GitHub slugs, deduplicated with -1, -2', () => {
    const { doc } = parse('# Access Control\n# Access control\n# Access control');
    expect(doc.blocks.map((b) => (b.type === 'heading' ? b.anchor : ''))).toEqual(['access-control', 'access-control-1', 'access-control-2']);
  });

  test('anchors are deduplicated against those already used in the output document, and added to them', () => {
    const anchors = new Set(['overview']);
    const { doc } = parse('# Overview', { anchors });
    expect(doc.blocks[0]).toMatchObject({ anchor: 'overview-1' });
    expect([...anchors]).toEqual(['overview', 'overview-1']);
  });

  test('a heading of punctuation only gets a usable anchor', () => {
    expect(parse('# ???').doc.blocks[0]).toMatchObject({ text: '???', anchor: 'section' });
  });

  test('an empty heading is dropped with a warning', () => {
    const { doc, lines } = parse('Text\n\n#\n\n## <!-- later -->');
    expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(lines).toEqual([
      `${FILE}:3:1  warning  Heading has no text, so it is left out; give it a title or delete the line (expected heading text, found "#")  markdown/empty-heading`,
      `${FILE}:5:1  warning  Heading has no text, so it is left out; give it a title or delete the line (expected heading text, found "## <!-- later -->")  markdown/empty-heading`,
    ]);
  });
});
