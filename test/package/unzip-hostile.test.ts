import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZIP_LIMITS, readZip, verifyPackage } from '../../src/package';
import { UserError } from '../../src/diagnostics';
import { rawZip } from './helpers/raw-zip';
import { tempDir } from './helpers/temp';

const MIB = 1024 * 1024;
const file = (name: string, text = 'x') => ({ name, data: Buffer.from(text) });

describe('readZip on hostile zips', () => {
  it('reads the hand-made zip of the tests like any other', async () => {
    const files = await readZip(rawZip([file('a.txt', 'one'), { name: 'data/b.json', data: Buffer.from('{}'.repeat(100)), deflate: true }]), 'p.zip');
    expect(files.map((f) => [f.path, f.bytes.toString().length])).toEqual([
      ['a.txt', 3],
      ['data/b.json', 200],
    ]);
  });

  it('refuses a deflate bomb while inflating it, long before it is all in memory', async () => {
    // 256 MiB of zeros deflate to about 256 KiB: the ratio check stops it after about 25 MiB.
    const zip = rawZip([{ name: 'data/subprocessors.json', data: Buffer.alloc(256 * MIB), deflate: true }]);
    expect(zip.length).toBeLessThan(MIB);
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      await expect(readZip(zip, 'bomb.zip')).rejects.toThrow(
        /^bomb\.zip is refused: "data\/subprocessors\.json" inflates to more than 100 times its compressed size of \d+ bytes, more than any trust package; it looks like a compression bomb/,
      );
    } finally {
      clearInterval(timer);
    }
    expect(peak - before).toBeLessThan(128 * MIB);
  }, 30_000);

  it('counts what entries inflate to, not what their headers declare', async () => {
    const limits = { ...ZIP_LIMITS, maxTotalBytes: MIB };
    const half = () => Buffer.alloc(MIB / 2 + 1, 'a');
    await expect(readZip(rawZip([{ name: 'a', data: half() }, { name: 'b', data: half() }]), 'big.zip', limits)).rejects.toThrow(
      /^big\.zip is refused: its entries declare more than 1 MiB/,
    );
    // A header that claims 10 bytes for a megabyte is caught as the bytes stream, not believed.
    await expect(readZip(rawZip([{ name: 'a', data: Buffer.alloc(MIB), deflate: true, declaredSize: 10 }]), 'lying.zip', limits)).rejects.toThrow(
      /^lying\.zip is not a readable zip file \(too many bytes in the stream/,
    );
  });

  it.each([
    ['a symbolic link', 0o120777],
    ['a FIFO', 0o010644],
    ['a character device', 0o020644],
    ['a block device', 0o060644],
    ['a socket', 0o140644],
  ])('refuses an entry that is %s', async (kind, mode) => {
    const zip = rawZip([file('manifest.json'), { name: 'SHA256SUMS', data: Buffer.from('/etc/passwd'), mode }]);
    await expect(readZip(zip, 'p.zip')).rejects.toThrow(
      `p.zip is refused: the entry "SHA256SUMS" is ${kind}; a package holds only regular files, and unpacking a link or device is unsafe.`,
    );
  });

  it('refuses names that differ only in letter case', async () => {
    await expect(readZip(rawZip([file('Tesults-DPA.pdf'), file('tesults-dpa.PDF')]), 'p.zip')).rejects.toThrow(
      'p.zip is refused: the entries "Tesults-DPA.pdf" and "tesults-dpa.PDF" differ only in letter case, so they unpack to one file on macOS and Windows.',
    );
  });

  it('refuses absolute names and names that climb out with ..', async () => {
    await expect(readZip(rawZip([file('/etc/cron.d/x')]), 'p.zip')).rejects.toThrow(
      'p.zip is refused: the entry name "/etc/cron.d/x" is absolute, so it would unpack outside its folder.',
    );
    await expect(readZip(rawZip([file('data/../../.bashrc')]), 'p.zip')).rejects.toThrow(
      'p.zip is refused: the entry name "data/../../.bashrc" is a path that climbs out with "..", so it would unpack outside its folder.',
    );
  });

  it('makes verify refuse a package holding a link, as a UserError (exit 1)', async () => {
    const path = join(tempDir(), 'p.zip');
    writeFileSync(path, rawZip([file('manifest.json', '{"files":[]}'), { name: 'SHA256SUMS', data: Buffer.from('x'), mode: 0o120777 }]));
    const error = await verifyPackage(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('is a symbolic link');
  });
});
