import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPdf } from '../helpers/pdf';
import { cli, listing, projectDir, render, withoutClockWarnings } from './helpers';

/** `n` distinct words, so that a lost line shows as a missing word. */
const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
const HASH = Array.from({ length: 4000 }, (_, i) => 'abcdef0123456789'[(i * 7 + (i >> 4)) % 16]).join('');
const URL = `https://example.com/${'segment/'.repeat(60)}end`;

const controls = (description: string) => `- id: long\n  area: Logging\n  control: >-\n    ${description}\n  frameworks: { soc2: [CC7.2] }\n`;
const section = '# Overview\n\n::controls\n\n::table{src="tables/retention.csv"}\n';

/** PDF text without any white space or zero-width break hints, to find strings that wrapped. */
const squeezed = (text: string) => text.replace(/[\s\u200B]+/g, '');

/** The body text of a whitepaper's pages, squeezed: running header, footer and repeated table headers taken out. */
function body(pages: readonly string[]): string {
  const lines = pages.flatMap((page) => page.split('\n'));
  const frame = (line: string) => line === 'Tesults Security and Compliance Overview CONFIDENTIAL' || /^Last reviewed .* Page \d+ of \d+$/.test(line);
  // A table's header row repeats on every page it spans, and a row split across pages is read
  // column by column per page: the frameworks cell comes between the two halves of the description.
  // The header cells are so narrow there that their words are hyphenated ("Con-trol").
  return squeezed(lines.filter((line) => !frame(line)).join('\n')).replace(/Con-?trolareaWhatisinplaceFrame-?workrefer-?ences|PlanDigest|SOC2:CC7\.2/g, '');
}

describe('no silent loss', () => {
  test('a control description taller than a page comes out whole', async () => {
    const { documents, lines } = await render({ 'content/controls.yaml': controls(words('ctl', 1500)), 'content/sections/01-overview.md': section, 'content/tables/retention.csv': 'Plan,Days\nFree,30\n' });
    expect(lines).toEqual([]);
    const pdf = await readPdf(documents[0].bytes);
    const found = new Set(pdf.text.split(/\s+/));
    const missing = words('ctl', 1500).split(' ').filter((w) => !found.has(w));
    expect(missing).toEqual([]);
    expect(pdf.pages.length).toBeGreaterThan(4);
  });

  test('a paragraph longer than a page before a table comes out whole, with its heading', async () => {
    // It introduces the table, but cannot be kept on one page with it: pdfmake would drop the group.
    const { documents } = await render({ 'content/sections/01-overview.md': `# Overview\n\n${words('lead', 900)}\n\n::controls\n` });
    const text = (await readPdf(documents[0].bytes)).text;
    const found = new Set(text.split(/\s+/));
    expect(words('lead', 900).split(' ').filter((w) => !found.has(w))).toEqual([]);
    expect(text.split('\n')).toContain('Overview');
  });

  test('a table cell taller than a page comes out whole', async () => {
    const { documents, lines } = await render({ 'content/sections/01-overview.md': section, 'content/tables/retention.csv': `Plan,Notes\nFree,${words('cell', 1500)}\n` });
    expect(lines).toEqual([]);
    const found = new Set((await readPdf(documents[0].bytes)).text.split(/\s+/));
    expect(words('cell', 1500).split(' ').filter((w) => !found.has(w))).toEqual([]);
  });

  test('a 4,000-character hash and a long URL wrap and come out whole in a paragraph, a control and a table cell, across pages', async () => {
    const { documents, lines } = await render({
      'content/sections/01-overview.md': `# Overview\n\nDigest ${HASH} and ${URL} end.\n\n::controls\n\n::table{src="tables/retention.csv"}\n`,
      'content/controls.yaml': controls(`Checksums such as ${HASH} are kept.`),
      'content/tables/retention.csv': `Plan,Digest\nFree,${HASH}\n`,
    });
    expect(lines).toEqual([]);
    const text = body((await readPdf(documents[0].bytes)).pages);
    expect(text.split(HASH).length - 1).toBe(3);
    expect(text).toContain(squeezed(URL));
  });

  test('long unbroken tokens in narrow cells lay out in a bounded time, through the real CLI', () => {
    const cells = Array.from({ length: 5 }, () => HASH).join(',');
    const root = projectDir({
      'content/sections/01-overview.md': section,
      'content/controls.yaml': controls(HASH),
      'content/tables/retention.csv': `A,B,C,D,E\n${cells}\n`,
    });
    const run = cli(['build', '--quiet', '--content', path.join(root, 'content'), '--out', path.join(root, 'out')], 90_000);
    expect(withoutClockWarnings(run.stderr)).toBe('');
    expect(run.status).toBe(0);
    expect(listing(path.join(root, 'out')).filter((f) => f.endsWith('.zip'))).toHaveLength(2);
  });
});
