import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../src/package/unzip';
import { runTs } from '../../package/helpers/run-ts';
import { testdir } from '../../helpers/testdir';
import { DATE, docxFiles, docxParts, pick, renderProject } from './helpers';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** runTs runs scripts next to its own file; this one lives here. */
const CHILD = '../../formats/docx/render-child.ts';

describe('the Word editions are byte-reproducible', () => {
  it('in two folders, two time zones and three processes', async () => {
    const first = testdir(docxFiles());
    const second = testdir(docxFiles());
    const here = await renderProject(first);
    const expected = {
      'Tesults-Mutual-NDA.docx': sha(pick(here, '-Mutual-NDA.docx')),
      'Tesults-DPA.docx': sha(pick(here, '-DPA.docx')),
    };
    const runs = await Promise.all([
      runTs(CHILD, [first, DATE.toISOString()], { env: { TZ: 'UTC' } }),
      // UTC+12:45 in June: the day is already the next one at noon UTC, and the offset is not whole hours.
      runTs(CHILD, [second, DATE.toISOString()], { env: { TZ: 'Pacific/Chatham' }, cwd: tmpdir() }),
    ]);
    expect(runs.map((out) => JSON.parse(out))).toEqual([expected, expected]);
  }, 60_000);

  it('whatever was rendered before in the same process: a DPA after the NDA equals the DPA alone', async () => {
    const root = testdir(docxFiles());
    // Render twice here, so the library's counters have moved on, then once alone in a fresh process.
    await renderProject(root);
    const here = sha(pick(await renderProject(root), '-DPA.docx'));
    const alone = JSON.parse(await runTs(CHILD, [root, DATE.toISOString(), 'dpa-only'], { env: { TZ: 'America/Los_Angeles' } })) as Record<string, string>;
    expect(alone).toEqual({ 'Tesults-DPA.docx': here });
  }, 60_000);

  it('with ids that count from one in each document, not from where the last one stopped', async () => {
    const docs = await renderProject(testdir(docxFiles()));
    const body = (await docxParts(pick(docs, '-DPA.docx'))).get('word/document.xml') ?? '';
    expect([...body.matchAll(/<wp:docPr [^>]*\bid="(\d+)"/g)].map((m) => m[1])).toEqual(['1']);
    for (const suffix of ['-Mutual-NDA.docx', '-DPA.docx']) {
      for (const [name, xml] of await docxParts(pick(docs, suffix))) {
        // Every relationship id is the library's counted rId<n> or one of ours, never a random one.
        if (name.endsWith('.rels')) for (const m of xml.matchAll(/\bId="([^"]+)"/g)) expect(m[1], name).toMatch(/^rId(?:Tp)?\d+$/);
      }
    }
    const nda = (await docxParts(pick(docs, '-Mutual-NDA.docx'))).get('word/document.xml') ?? '';
    expect([...nda.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => m[1])).toEqual(['1']);
  });

  it('with zip entries in sorted order, dated the document day at noon', async () => {
    const bytes = pick(await renderProject(testdir(docxFiles())), '-DPA.docx');
    const names = (await readZip(bytes, 'docx')).map((f) => f.path);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('[Content_Types].xml');
    // DOS date and time of the first local header: 2026-06-26 12:00:00.
    expect(bytes.readUInt16LE(10)).toBe(12 << 11);
    expect(bytes.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (6 << 5) | 26);
  });
});
