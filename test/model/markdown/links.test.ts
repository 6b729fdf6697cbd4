import { describe, expect, test } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../../src/diagnostics';
import { checkAnchors, parseMarkdown } from '../../../src/model/markdown';
import { context, FILE, parse } from './helpers';

const SCHEME = (column: number, href: string) =>
  `${FILE}:1:${column}  error  Link target ${JSON.stringify(href)} cannot be followed from a PDF; use an https:, http: or mailto: URL or a #heading-anchor. The link text is kept as plain text (expected https:, http:, mailto: or #anchor, found ${JSON.stringify(href)})  markdown/link-scheme`;

describe('links', () => {
  test('https, http and mailto links become link runs', () => {
    const { doc, lines } = parse('[a](https://a.example) [b](http://b.example) [c](mailto:c@example.com)');
    expect(doc.blocks[0]).toMatchObject({
      runs: [
        { text: 'a', link: 'https://a.example' },
        { text: ' ' },
        { text: 'b', link: 'http://b.example' },
        { text: ' ' },
        { text: 'c', link: 'mailto:c@example.com' },
      ],
    });
    expect(lines).toEqual([]);
  });

  test('a #fragment becomes an anchor run and is recorded for checking', () => {
    const { doc } = parse('See [retention](#data-retention).');
    expect(doc.blocks[0]).toMatchObject({ runs: [{ text: 'See ' }, { text: 'retention', anchor: 'data-retention' }, { text: '.' }] });
    expect(doc.anchorRefs).toEqual([{ anchor: 'data-retention', at: { file: FILE, line: 1, column: 5 } }]);
  });

  test('formatting inside link text is kept on each run', () => {
    expect(parse('[**bold** link](https://x.example)').doc.blocks[0]).toMatchObject({
      runs: [{ text: 'bold', bold: true, link: 'https://x.example' }, { text: ' link', link: 'https://x.example' }],
    });
  });

  test('autolinks, bare URLs and bare email addresses are links', () => {
    expect(parse('<https://a.example> www.b.example c@example.com').doc.blocks[0]).toMatchObject({
      runs: [
        { text: 'https://a.example', link: 'https://a.example' },
        { text: ' ' },
        { text: 'www.b.example', link: 'http://www.b.example' },
        { text: ' ' },
        { text: 'c@example.com', link: 'mailto:c@example.com' },
      ],
    });
  });

  test('reference-style links resolve to their definition', () => {
    expect(parse('[docs][d]\n\n[d]: https://docs.example').doc.blocks).toMatchObject([{ runs: [{ text: 'docs', link: 'https://docs.example' }] }]);
  });

  test('character references in a destination are decoded', () => {
    expect(parse('[q](https://x.example/?a=1&amp;b=2)').doc.blocks[0]).toMatchObject({ runs: [{ link: 'https://x.example/?a=1&b=2' }] });
  });

  test('a javascript: link is an error and its text is kept as plain text', () => {
    const { doc, lines } = parse('Click [here](javascript:alert(1)) now');
    expect(doc.blocks[0]).toMatchObject({ runs: [{ text: 'Click here now' }] });
    expect(lines).toEqual([SCHEME(7, 'javascript:alert(1)')]);
  });

  test.each([['file:///etc/passwd'], ['ftp://files.example'], ['other.md'], ['../README.md']])('the target %s is refused', (href) => {
    expect(parse(`[x](${href})`).lines).toEqual([SCHEME(1, href)]);
  });
});

describe('checkAnchors', () => {
  const parseAs = (file: string, source: string, diagnostics: Diagnostics, anchors: Set<string>) =>
    parseMarkdown(source, { ...context(), file, diagnostics, anchors });

  test('accepts a link to a heading in another file of the same document', () => {
    const diagnostics = new Diagnostics();
    const anchors = new Set<string>();
    const docs = [parseAs('content/sections/01.md', 'See [b](#backups).', diagnostics, anchors), parseAs('content/sections/02.md', '# Backups', diagnostics, anchors)];
    checkAnchors(docs, diagnostics);
    expect(diagnostics.items).toEqual([]);
  });

  test('reports a link to no heading at the link, suggesting the closest anchors', () => {
    const diagnostics = new Diagnostics();
    const docs = [parseAs(FILE, '# Backups\n\n## Backup tests\n\nSee [b](#backup).', diagnostics, new Set())];
    checkAnchors(docs, diagnostics);
    expect(diagnostics.items.map(formatDiagnostic)).toEqual([
      `${FILE}:5:5  error  Link to #backup matches no heading in this document; link to a heading's anchor (its text in lower case, spaces as hyphens) (expected #backups or #backup-tests, found #backup)  markdown/unknown-anchor`,
    ]);
  });

  test('accepts anchors the caller knows from elsewhere', () => {
    const diagnostics = new Diagnostics();
    checkAnchors([parseAs(FILE, '[c](#controls)', diagnostics, new Set())], diagnostics, ['controls']);
    expect(diagnostics.items).toEqual([]);
  });

  test('finds headings nested in block quotes and list items', () => {
    const diagnostics = new Diagnostics();
    checkAnchors([parseAs(FILE, '> # Quoted\n\n- # Listed\n\n[a](#quoted) [b](#listed)', diagnostics, new Set())], diagnostics);
    expect(diagnostics.items).toEqual([]);
  });
});
