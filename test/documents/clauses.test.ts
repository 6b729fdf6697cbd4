import { describe, expect, it } from 'vitest';
import { numberClauses, numberSections } from '../../src/documents/clauses';
import type { DocBlock } from '../../src/model/document';

const heading = (depth: 1 | 2 | 3, text: string): DocBlock => ({ type: 'heading', depth, runs: [{ text }], text, anchor: text.toLowerCase().replace(/[^a-z0-9]+/g, '-') });
const paragraph = (text: string): DocBlock => ({ type: 'paragraph', runs: [{ text }] });

/** Each numbered block as "number text", each other block as its text, for reading at a glance. */
function outline(blocks: readonly DocBlock[]): string[] {
  return blocks.map((b) => {
    if (b.type === 'heading') return `${b.number ? `${b.number} ` : ''}${b.text}`;
    if (b.type === 'paragraph') return `${b.clause ? `${b.clause} ` : ''}${b.runs.map((r) => r.text).join('')}`;
    return b.type;
  });
}

describe('numberClauses', () => {
  it('counts sub-clause headings and clause paragraphs on one level, as a Word multi-level list does', () => {
    const blocks = [heading(1, 'NDA'), paragraph('Between the parties.'), heading(2, 'Terms'), paragraph('First.'), heading(3, 'Detail'), paragraph('Deeper.'), heading(2, 'Law'), paragraph('English law.')];
    expect(outline(numberClauses(blocks))).toEqual(['NDA', 'Between the parties.', '1 Terms', '1.1 First.', '1.2 Detail', '1.2.1 Deeper.', '2 Law', '2.1 English law.']);
  });

  it('leaves the signature section and everything from the first annex on unnumbered', () => {
    const blocks = [heading(1, 'DPA'), heading(2, 'Scope'), paragraph('It covers data.'), heading(2, 'Signatures'), paragraph('Signed.'), { type: 'signatures', parties: [] }, heading(1, 'Annex I'), heading(2, 'Measures'), paragraph('Encryption.')] as DocBlock[];
    expect(outline(numberClauses(blocks))).toEqual(['DPA', '1 Scope', '1.1 It covers data.', 'Signatures', 'Signed.', 'signatures', 'Annex I', 'Measures', 'Encryption.']);
  });

  it('drops a typed number that equals the tool\'s and keeps one that does not', () => {
    const blocks = [heading(2, '1. Parties'), paragraph('1.1 This agreement.'), paragraph('1.5 Typed out of order.')];
    expect(outline(numberClauses(blocks))).toEqual(['1 Parties', '1.1 This agreement.', '1.2 1.5 Typed out of order.']);
  });

  it('marks lists (a) in a clause, (i) nested, and (1) before the first clause', () => {
    const nested: DocBlock = { type: 'list', ordered: false, start: 1, items: [[paragraph('inner')]] };
    const blocks: DocBlock[] = [
      { type: 'list', ordered: true, start: 1, items: [[paragraph('Party one')]] },
      heading(2, 'Terms'),
      { type: 'list', ordered: true, start: 3, items: [[paragraph('outer'), nested]] },
    ];
    const [parties, , list] = numberClauses(blocks);
    expect(parties).toMatchObject({ markers: 'numbers', start: 1 });
    expect(list).toMatchObject({ markers: 'letters', start: 1, items: [[{}, { markers: 'roman' }]] });
  });

  it('follows a link to a numbered heading with its number, and leaves a link to an unnumbered one as written', () => {
    const blocks: DocBlock[] = [
      heading(2, 'Confidentiality'),
      { type: 'paragraph', runs: [{ text: 'See ' }, { text: 'clause', anchor: 'confidentiality' }, { text: ' and ' }, { text: 'Annex I', anchor: 'annex-i' }, { text: '.' }] },
      heading(1, 'Annex I'),
    ];
    const [, ref] = numberClauses(blocks);
    expect(ref.type === 'paragraph' && ref.runs.map((r) => r.text).join('')).toBe('See clause\u00A01 and Annex I.');
  });
});

describe('numberSections', () => {
  it('numbers headings 1, 1.1, 1.1.1 down to the depth given, restarting below each level', () => {
    const blocks = [heading(1, 'A'), heading(2, 'B'), heading(3, 'C'), heading(2, 'D'), heading(1, 'E'), heading(2, 'F')];
    expect(outline(numberSections(blocks, 3))).toEqual(['1 A', '1.1 B', '1.1.1 C', '1.2 D', '2 E', '2.1 F']);
    expect(outline(numberSections(blocks, 1))).toEqual(['1 A', 'B', 'C', 'D', '2 E', 'F']);
  });
});
