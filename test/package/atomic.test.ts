import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics';
import { writeDirAtomic, writeFileAtomic } from '../../src/archive';
import { tempDir } from './helpers/temp';

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, 'out.zip');
    await writeFileAtomic(path, Buffer.from('first'));
    await writeFileAtomic(path, Buffer.from('second'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['out.zip']);
  });

  it('fails with a UserError naming the path when the folder does not exist', async () => {
    const dir = tempDir();
    const path = join(dir, 'missing', 'out.zip');
    await expect(writeFileAtomic(path, Buffer.from('x'))).rejects.toThrow(UserError);
    await expect(writeFileAtomic(path, Buffer.from('x'))).rejects.toThrow(path);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes its temporary file when the final rename fails', async () => {
    const dir = tempDir();
    // A non-empty folder at the final path: the bytes get written, then the rename over it fails.
    mkdirSync(join(dir, 'out.zip'));
    writeFileSync(join(dir, 'out.zip', 'keep'), 'kept');
    await expect(writeFileAtomic(join(dir, 'out.zip'), Buffer.alloc(1024 * 1024, 1))).rejects.toThrow(UserError);
    expect(readdirSync(dir)).toEqual(['out.zip']);
    expect(readFileSync(join(dir, 'out.zip', 'keep'), 'utf8')).toBe('kept');
  });
});

describe('writeDirAtomic', () => {
  it('creates the folder with every file, readable by others like any folder the user makes', async () => {
    const dir = tempDir();
    const target = join(dir, 'archive', '2026-06-26');
    await writeDirAtomic(target, [
      { path: 'a.pdf', bytes: Buffer.from('a') },
      { path: 'data/b.json', bytes: Buffer.from('b') },
    ]);
    expect(readFileSync(join(target, 'a.pdf'), 'utf8')).toBe('a');
    expect(readFileSync(join(target, 'data', 'b.json'), 'utf8')).toBe('b');
    expect(readdirSync(join(dir, 'archive'))).toEqual(['2026-06-26']);
    expect(statSync(target).mode & 0o055).not.toBe(0); // not mkdtemp's 0700
  });

  it('refuses to replace an existing folder and leaves it as it was', async () => {
    const dir = tempDir();
    const target = join(dir, '2026-06-26');
    mkdirSync(target);
    writeFileSync(join(target, 'old.pdf'), 'old');
    await expect(writeDirAtomic(target, [{ path: 'new.pdf', bytes: Buffer.from('new') }])).rejects.toThrow(/never replaces/);
    expect(readdirSync(target)).toEqual(['old.pdf']);
    expect(readdirSync(dir)).toEqual(['2026-06-26']);
  });

  it('leaves neither the folder nor its staging folder behind when a write fails half-way', async () => {
    const dir = tempDir();
    // "a" as a file, then "a/b" needs "a" as a folder: the second write fails after the first succeeded.
    const files = [
      { path: 'a', bytes: Buffer.from('file') },
      { path: 'a/b', bytes: Buffer.from('nested') },
    ];
    await expect(writeDirAtomic(join(dir, '2026-06-26'), files)).rejects.toThrow(UserError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
