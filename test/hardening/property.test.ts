import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dehyphenate, readPdf } from '../helpers/pdf';
import { render } from './helpers';

// Letters Roboto draws, accents included; words of letters only, so they can be found as tokens.
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzéèüñøåçß'];
const RESERVED = new Set(['fixme', 'lorem', 'ipsum']);
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 3, maxLength: 10 }).map((l) => l.join('')).filter((w) => !RESERVED.has(w));
const words = (max = 6) => fc.array(word, { minLength: 1, maxLength: max });

/** A piece of Markdown and the words a reader must find in the PDF. */
interface Piece {
  markdown: string;
  words: string[];
}

const plain = words().map((w): Piece => ({ markdown: w.join(' '), words: w }));
const inline: fc.Arbitrary<Piece> = fc.oneof(
  plain,
  words(3).map((w) => ({ markdown: `*${w.join(' ')}*`, words: w })),
  words(3).map((w) => ({ markdown: `**${w.join(' ')}**`, words: w })),
  words(3).map((w) => ({ markdown: `\`${w.join(' ')}\``, words: w })),
  words(3).map((w) => ({ markdown: `~~${w.join(' ')}~~`, words: w })),
  words(3).map((w) => ({ markdown: `[${w.join(' ')}](https://example.com/${w[0]})`, words: w })),
  fc.constantFrom<Piece>({ markdown: '&amp;', words: [] }, { markdown: '&copy;', words: [] }, { markdown: '&lt;', words: [] }),
);
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((pieces) => join(pieces, ' '));

const block: fc.Arbitrary<Piece> = fc.oneof(
  line,
  fc.tuple(fc.integer({ min: 1, max: 4 }), words(4)).map(([depth, w]) => ({ markdown: `${'#'.repeat(depth)} ${w.join(' ')}`, words: w })),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => join(items.map((i) => ({ ...i, markdown: `- ${i.markdown}` })), '\n')),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => join(items.map((i, n) => ({ ...i, markdown: `${n + 1}. ${i.markdown}` })), '\n')),
  fc.array(words(3), { minLength: 1, maxLength: 3 }).map((lines) => ({ markdown: `\`\`\`\n${lines.map((l) => l.join(' ')).join('\n')}\n\`\`\``, words: lines.flat() })),
  line.map((l) => ({ markdown: `> ${l.markdown}`, words: l.words })),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([columns, rows]) =>
    fc.array(fc.array(words(2), { minLength: columns, maxLength: columns }), { minLength: rows + 1, maxLength: rows + 1 }).map((cells) => {
      const row = (r: string[][]) => `| ${r.map((c) => c.join(' ')).join(' | ')} |`;
      const [header, ...body] = cells;
      return { markdown: [row(header), `|${' --- |'.repeat(columns)}`, ...body.map(row)].join('\n'), words: cells.flat(2) };
    }),
  ),
);

const document = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => join(blocks, '\n\n'));

function join(pieces: readonly Piece[], separator: string): Piece {
  return { markdown: pieces.map((p) => p.markdown).join(separator), words: pieces.flatMap((p) => p.words) };
}

/** Data values: a control, a subprocessor and a table row made of random words. */
const data = fc.record({ area: words(3), control: words(12), purpose: words(5), location: words(2), cells: fc.array(words(3), { minLength: 2, maxLength: 2 }) });

/** The letter-only tokens of PDF text, hyphenated words joined as a search joins them. */
async function tokens(bytes: Buffer): Promise<Set<string>> {
  const { text } = await readPdf(bytes);
  return new Set(dehyphenate(text).replace(/\u200B/g, '').split(/[^\p{L}]+/u));
}

describe('random input never crashes, hangs or loses a word', () => {
  test('random Markdown renders with every word in the PDF text', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (doc) => {
        const { lines, documents } = await render({ 'content/sections/01-overview.md': `# Overview\n\n${doc.markdown}\n` });
        expect(lines.filter((l) => l.includes('  error  '))).toEqual([]);
        const found = await tokens(documents[0].bytes);
        expect(doc.words.filter((w) => !found.has(w))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  test('random data values render with every word in the PDF text', async () => {
    await fc.assert(
      fc.asyncProperty(data, async (d) => {
        const { lines, documents } = await render({
          'content/sections/01-overview.md': '# Overview\n\n::controls\n\n::subprocessors\n\n::table{src="tables/retention.csv"}\n',
          'content/controls.yaml': `- id: random\n  area: ${d.area.join(' ')}\n  control: ${d.control.join(' ')}\n  frameworks: { soc2: [CC6.1] }\n`,
          'content/subprocessors.yaml': `- name: Example Ltd\n  purpose: ${d.purpose.join(' ')}\n  data: All data\n  location: ${d.location.join(' ')}\n`,
          'content/tables/retention.csv': `Plan,Notes\n${d.cells.map((c) => c.join(' ')).join(',')}\n`,
        });
        expect(lines.filter((l) => l.includes('  error  '))).toEqual([]);
        const found = await tokens(documents[0].bytes);
        const expected = [...d.area, ...d.control, ...d.purpose, ...d.location, ...d.cells.flat()];
        expect(expected.filter((w) => !found.has(w))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});
