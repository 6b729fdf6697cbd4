import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSnapshots, formatMarkdown, formatText } from '../../src/diff';
import { loadVersion } from '../../src/archive';
import { makeZip, packageContents, timestampFor, type ZipEntry } from '../../src/package';
import { formatRegister } from '../../src/commands/register-table';
import { sampleMeta } from '../package/helpers/sample';
import { tempDir } from '../package/helpers/temp';

const ESC = '\u001b';
const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
const subprocessor = (name: string, purpose = 'Hosting') => ({ name, purpose, data: 'Account data', location: 'EU', certifications: ['ISO 27001'] });

function dataFiles(subprocessors: unknown[], controls: unknown[] = [{ id: 'tls', area: 'Transit', control: 'TLS 1.2+', frameworks: { soc2: ['CC6.7'] } }]) {
  return [
    { path: 'data/subprocessors.json', bytes: json({ company: 'Tesults', reviewDate: '2026-06-26', subprocessors }) },
    { path: 'data/controls.json', bytes: json({ company: 'Tesults', reviewDate: '2026-06-26', controls }) },
  ];
}

async function zipOf(entries: readonly ZipEntry[], name = 'p.zip'): Promise<string> {
  const file = join(tempDir(), name);
  writeFileSync(file, await makeZip(entries, timestampFor('2026-06-26', {})));
  return file;
}

const packaged = (subprocessors: unknown[], controls?: unknown[]) => packageContents(dataFiles(subprocessors, controls), sampleMeta()).entries;

describe('diff on packages it cannot trust', () => {
  it('refuses a package whose files no longer match its own SHA256SUMS', async () => {
    const entries = packaged([subprocessor('AWS')]).map((e) => (e.path === 'data/subprocessors.json' ? { ...e, bytes: json({ subprocessors: [] }) } : e));
    const file = await zipOf(entries);
    await expect(loadVersion(file, tempDir())).rejects.toThrow(
      new RegExp(`^${file} does not match its own manifest\\.json and SHA256SUMS \\(changed data/subprocessors\\.json: .*\\), so it is not compared; check it with make verify PACKAGE=`),
    );
  });

  it('refuses a package that holds a path twice', async () => {
    const entries = packaged([subprocessor('AWS')]);
    const file = join(tempDir(), 'twice.zip');
    // archiver would refuse the duplicate: write the two zips' entries through makeZip of distinct names, then rename one.
    const zip = await makeZip([...entries, { path: 'data/subprocessors.jsoX', bytes: json({ subprocessors: [] }) }], timestampFor('2026-06-26', {}));
    writeFileSync(file, Buffer.from(zip.toString('latin1').replaceAll('data/subprocessors.jsoX', 'data/subprocessors.json'), 'latin1'));
    await expect(loadVersion(file, tempDir())).rejects.toThrow(`${file} holds "data/subprocessors.json" twice, so it cannot be compared`);
  });

  it('reports a value of the wrong type as a refusal with its place, not a crash', async () => {
    const badName = await zipOf(packaged([{ ...subprocessor('AWS'), name: 42 }]));
    await expect(loadVersion(badName, tempDir())).rejects.toThrow(
      `${badName}: data/subprocessors.json item 1 cannot be compared: name, purpose, data and location must all be text. Check the package with verify, or rebuild it.`,
    );
    const badFrameworks = await zipOf(packaged([subprocessor('AWS')], [{ id: 'tls', area: 'Transit', control: 'TLS', frameworks: { soc2: 'CC6.7' } }]));
    await expect(loadVersion(badFrameworks, tempDir())).rejects.toThrow(`${badFrameworks}: data/controls.json item 1 cannot be compared: "frameworks.soc2" must be a list of text.`);
    const notAnObject = await zipOf(packaged(['AWS']));
    await expect(loadVersion(notAnObject, tempDir())).rejects.toThrow('data/subprocessors.json item 1 cannot be compared: it is not an object.');
  });

  it('prints package values with control characters escaped, so none can clear the screen or forge a line', async () => {
    const from = await loadVersion(await zipOf(packaged([subprocessor('AWS')]), 'from.zip'), tempDir());
    const evil = `Evil${ESC}[2J${ESC}[H\nSubprocessors: 0 added, 0 removed, 0 changed\r\u009b31m\u202e`;
    const to = await loadVersion(await zipOf(packaged([subprocessor('AWS', `Hosting${ESC}[8m`), subprocessor(evil)]), 'to.zip'), tempDir());
    const recipients = [{ recipient: `Acme${ESC}]0;owned\u0007`, email: null, reviewDate: '2026-06-26', revision: 1, sent: '2026-06-30', documentId: 'TP-AAAA-BBBB' }];
    const text = formatText(diffSnapshots(from, to), recipients);
    expect(text).toContain('Evil\\x1b[2J\\x1b[H\\nSubprocessors: 0 added, 0 removed, 0 changed\\r\\x9b31m\\u202e');
    expect(text).toContain('Acme\\x1b]0;owned\\x07');
    // Markdown escapes brackets and turns line breaks into spaces besides.
    const markdown = formatMarkdown(diffSnapshots(from, to), recipients);
    expect(markdown).toContain('Evil\\x1b\\[2J\\x1b\\[H Subprocessors: 0 added, 0 removed, 0 changed\\r\\x9b31m\\u202e');
    for (const output of [text, markdown]) {
      expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(output.split('\n').filter((line) => line.startsWith('Subprocessors: 0 added'))).toEqual([]);
    }
  });

  it('prints register values escaped in the list table', () => {
    const table = formatRegister(
      [{ recipient: `Acme${ESC}[2J`, email: `a@b${ESC}c`, reviewDate: '2026-06-26', revision: 1, sent: '2026-06-30', documentId: 'TP-1', zip: 'z.zip', zipSha256: 'f'.repeat(64), builtAt: 'x' }],
      'register.jsonl',
    );
    expect(table).toContain('Acme\\x1b[2J');
    expect(table).toContain('a@b\\x1bc');
    expect(table).not.toContain(ESC);
  });
});
