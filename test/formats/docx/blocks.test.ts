import { describe, expect, it } from 'vitest';
import { docxBytes } from '../../../src/formats/docx/document';
import { makeDocxTheme } from '../../../src/formats/docx/theme';
import type { DocBlock, DocumentModel } from '../../../src/model/document';
import { DATE, docxParts, png, xmlText } from './helpers';

const BLOCKS: DocBlock[] = [
  { type: 'heading', depth: 1, runs: [{ text: 'Overview' }], text: 'Overview', anchor: 'overview' },
  { type: 'paragraph', runs: [{ text: 'Plain, ' }, { text: 'bold', bold: true }, { text: ', ' }, { text: 'code', code: true }, { text: ' and ' }, { text: 'gone', strike: true }] },
  { type: 'list', ordered: true, start: 3, items: [[{ type: 'paragraph', runs: [{ text: 'third' }] }, { type: 'list', ordered: false, start: 1, items: [[{ type: 'paragraph', runs: [{ text: 'nested' }] }]] }], [{ type: 'paragraph', runs: [{ text: 'fourth' }] }]] },
  { type: 'table', role: 'markdown', align: ['left', 'right'], header: [[[{ text: 'Name' }]], [[{ text: 'Count' }]]], rows: [[[[{ text: 'alpha' }]], [[{ text: '1' }], [{ text: 'second line' }]]]] },
  { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: 'Quoted words' }] }] },
  { type: 'code', text: 'line one\n  line two', lang: 'sh' },
  { type: 'rule' },
  { type: 'image', src: 'assets/flow.png', alt: 'A flow' },
  { type: 'image', src: 'assets/net.svg', alt: 'A network' },
  { type: 'image', src: 'assets/missing.png', alt: 'Not loaded' },
  { type: 'field', label: 'Governing law', value: 'England and Wales' },
  { type: 'signatures', parties: [{ heading: 'For A', lines: [{ label: 'Name' }] }, { heading: 'For B', lines: [{ label: 'Name', value: 'B Ltd' }] }] },
  { type: 'facts', facts: [{ label: 'Effective', value: '1 July 2026', strong: true }] },
  { type: 'heading', depth: 2, runs: [{ text: 'Annex' }], text: 'Annex', anchor: 'annex', pageBreakBefore: true },
  { type: 'paragraph', runs: [{ text: 'Back to the ' }, { text: 'overview', anchor: 'overview' }, { text: '.' }] },
];

const DOC: DocumentModel = {
  kind: 'whitepaper',
  name: 'Test',
  meta: { title: 'Test', author: 'Tesults', subject: 'A test', keywords: ['test'], language: 'en-GB' },
  frame: { brand: 'Tesults', title: 'Test', classification: 'Internal', note: 'Reviewed 26 June 2026', firstPage: 2 },
  cover: { company: 'Tesults', title: 'Security Overview', facts: [{ label: 'Last reviewed', value: '26 June 2026' }] },
  contents: { title: 'Contents', depth: 2 },
  logoHeading: false,
  outlineDepth: 3,
  blocks: BLOCKS,
};

describe('every kind of block in Word', async () => {
  const images = new Map([
    ['assets/flow.png', { kind: 'raster' as const, format: 'png' as const, bytes: png(800, 100) }],
    ['assets/net.svg', { kind: 'svg' as const, svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' }],
  ]);
  const parts = await docxParts(await docxBytes(DOC, { images }, makeDocxTheme({ primaryColor: '#1F3A5F', accentColor: '#2BB3A3' }), DATE));
  const body = parts.get('word/document.xml') ?? '';

  it('writes the text of every block, and the cover and contents before it', () => {
    expect(xmlText(body)).toBe(
      [
        'Tesults', 'Security Overview', 'Last reviewed', '26 June 2026', 'Contents', 'Overview', '\t', 'Annex', '\t',
        'Overview', 'Plain, ', 'bold', ', ', 'code', ' and ', 'gone', 'third', 'nested', 'fourth', 'Name', 'Count', 'alpha', '1', 'second line',
        'Quoted words', 'line one', '  line two', 'A network', 'Not loaded', 'England and Wales', 'Governing law',
        'For A', 'Name', 'For B', 'B Ltd', 'Name', 'Effective', '1 July 2026', 'Annex', 'Back to the ', 'overview', '.',
      ].join(''),
    );
  });

  it('starts an ordered list at its own first number and nests a bullet list a level deeper', () => {
    const numbering = parts.get('word/numbering.xml') ?? '';
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/);
    expect(body).toMatch(/<w:ilvl w:val="1"\/>(?:(?!<\/w:p>).)*nested/);
  });

  it('embeds a PNG shrunk to the text width with its proportions, and writes an SVG as its alt text', () => {
    expect(body).toMatch(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/);
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(body) ?? [];
    expect(Number(cx) / Number(cy)).toBeCloseTo(8, 1);
    expect(Number(cx)).toBe(633 * 9525);
    expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(body).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*A network/);
  });

  it('keeps strike-through, code in a monospace style and page breaks before annexes', () => {
    expect(body).toMatch(/<w:strike\/>(?:(?!<\/w:r>).)*gone/);
    expect(body).toMatch(/<w:rStyle w:val="CodeChar"\/>(?:(?!<\/w:r>).)*>code</);
    expect(body).toMatch(/<w:pStyle w:val="CodeBlock"\/>/);
    expect(body).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*Annex/);
  });

  it('gives the cover page no running header and only the stamp line in its footer', () => {
    expect(body).toMatch(/<w:titlePg\/>/);
    expect(body).toMatch(/<w:headerReference w:type="first"/);
  });

  it('writes the document language into the default run properties', () => {
    expect(parts.get('word/styles.xml')).toMatch(/<w:lang w:val="en-GB"\/>/);
  });
});
