import { describe, expect, it } from 'vitest';
import { makeZip, packageContents, readZip, sha256Hex, timestampFor } from '../../src/package';
import { sampleFiles, sampleMeta } from './helpers/sample';

const noon = timestampFor('2026-06-26', {});

/** Every central directory record of a zip: name, DOS time and date fields, Unix mode, method. */
function centralRecords(zip: Buffer): { name: string; time: number; date: number; mode: number; method: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const records = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    records.push({
      method: zip.readUInt16LE(offset + 10),
      time: zip.readUInt16LE(offset + 12),
      date: zip.readUInt16LE(offset + 14),
      mode: zip.readUInt32LE(offset + 38) >>> 16,
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return records;
}

describe('makeZip', () => {
  it('makes identical bytes twice from the same input', async () => {
    const { entries } = packageContents(sampleFiles(), sampleMeta());
    const first = await makeZip(entries, noon);
    const second = await makeZip(entries, new Date(noon.getTime()));
    expect(sha256Hex(second)).toBe(sha256Hex(first));
  });

  it('makes identical bytes whatever order the entries come in', async () => {
    const { entries } = packageContents(sampleFiles(), sampleMeta());
    expect((await makeZip([...entries].reverse(), noon)).equals(await makeZip(entries, noon))).toBe(true);
  });

  it('makes different bytes when one file changes', async () => {
    const a = await makeZip(packageContents(sampleFiles('v1'), sampleMeta()).entries, noon);
    const b = await makeZip(packageContents(sampleFiles('v2'), sampleMeta()).entries, noon);
    expect(a.equals(b)).toBe(false);
  });

  it('stores every entry sorted, uncompressed, mode 0644, at 12:00:00 on the review date', async () => {
    const { entries } = packageContents(sampleFiles(), sampleMeta());
    const records = centralRecords(await makeZip(entries, noon));
    expect(records.map((record) => record.name)).toEqual(entries.map((entry) => entry.path));
    for (const record of records) {
      expect(record.method).toBe(0);
      expect(record.mode).toBe(0o100644);
      expect(record.time).toBe((12 << 11) | (0 << 5) | 0);
      expect(record.date).toBe(((2026 - 1980) << 9) | (6 << 5) | 26);
    }
  });

  it('stamps 1980-01-01 on entries dated before 1980, the earliest a zip can hold', async () => {
    const [record] = centralRecords(await makeZip([{ path: 'a.txt', bytes: Buffer.from('a') }], new Date(0)));
    expect(record.date).toBe((0 << 9) | (1 << 5) | 1);
    expect(record.time).toBe(0);
  });

  it('round-trips every file through a zip reader', async () => {
    const { entries } = packageContents(sampleFiles(), sampleMeta());
    const files = await readZip(await makeZip(entries, noon), 'test.zip');
    expect(files.map((file) => [file.path, file.bytes.toString()])).toEqual(entries.map((entry) => [entry.path, entry.bytes.toString()]));
  });

  it('accepts the plain Uint8Array a worker thread hands back', async () => {
    const bytes = Buffer.from('hello');
    const plain = new Uint8Array(bytes);
    const a = await makeZip([{ path: 'a.txt', bytes }], noon);
    const b = await makeZip([{ path: 'a.txt', bytes: plain as Buffer }], noon);
    expect(b.equals(a)).toBe(true);
  });
});
