import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Diagnostics } from '../../src/diagnostics';
import { MAX_FILE_BYTES, readSource } from '../../src/load';
import { testdir } from '../helpers/testdir';
import { lines } from './fixtures';

/** Reads `content/x.md` written with `bytes`; returns the source and the diagnostic lines. */
function read(bytes: string | Buffer) {
  const root = testdir({ 'content/x.md': bytes });
  const diagnostics = new Diagnostics();
  const source = readSource(path.join(root, 'content/x.md'), 'content/x.md', diagnostics, { expected: 'Markdown text' });
  return { source, lines: lines(diagnostics) };
}

describe('readSource', () => {
  test('a byte order mark is accepted and stripped', () => {
    const { source, lines } = read('\ufeff# Title\n');
    expect(lines).toEqual([]);
    expect(source?.text).toBe('# Title\n');
  });

  test('invalid UTF-8 is an error at the line and column of the first bad byte', () => {
    const { source, lines } = read(Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    expect(source).toBeUndefined();
    expect(lines).toEqual([
      'content/x.md:3:4  error  the file is not valid UTF-8; re-save it with UTF-8 encoding (expected UTF-8 text, found byte 0xE9 at byte 12)  content/encoding',
    ]);
  });

  test('columns before a bad byte count characters, not bytes', () => {
    const { lines } = read(Buffer.concat([Buffer.from('é€'), Buffer.from([0xff])]));
    expect(lines).toEqual([
      'content/x.md:1:3  error  the file is not valid UTF-8; re-save it with UTF-8 encoding (expected UTF-8 text, found byte 0xFF at byte 5)  content/encoding',
    ]);
  });

  test('an overlong encoding is invalid UTF-8', () => {
    const { lines } = read(Buffer.from([0x61, 0xc0, 0xaf]));
    expect(lines).toEqual([
      'content/x.md:1:2  error  the file is not valid UTF-8; re-save it with UTF-8 encoding (expected UTF-8 text, found byte 0xC0 at byte 1)  content/encoding',
    ]);
  });

  test('a file with a NUL byte is reported as binary at that byte', () => {
    const { lines } = read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(lines).toEqual([
      'content/x.md:3:1  error  this looks like a binary file, not text: it contains a NUL byte; save it as plain UTF-8 text (expected UTF-8 text, found a NUL byte at byte 8)  content/binary',
    ]);
  });

  test('a file over 5 MB is refused without being read', () => {
    const { source, lines } = read(Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    expect(source).toBeUndefined();
    expect(lines).toEqual([
      'content/x.md:1:1  error  the file is too large to be a trust package source; split it or remove what does not belong (expected at most 5242880 bytes (5 MB), found 5242881 bytes)  content/too-large',
    ]);
  });

  test('a file of only whitespace is reported as empty', () => {
    const { lines } = read(' \n\t\n');
    expect(lines).toEqual(['content/x.md:1:1  error  the file is empty (expected Markdown text, found an empty file)  content/empty']);
  });

  test('a folder where a file is expected is reported, not read', () => {
    const root = testdir({ 'content/x.md/inner.txt': 'x' });
    const diagnostics = new Diagnostics();
    expect(readSource(path.join(root, 'content/x.md'), 'content/x.md', diagnostics, { expected: 'Markdown text' })).toBeUndefined();
    expect(lines(diagnostics)).toEqual([
      'content/x.md:1:1  error  "content/x.md" is not a regular file; replace it with a text file (expected a regular file, found a folder)  content/not-a-file',
    ]);
  });

  test('a missing file is reported', () => {
    const root = testdir({});
    const diagnostics = new Diagnostics();
    readSource(path.join(root, 'content/x.md'), 'content/x.md', diagnostics, { expected: 'Markdown text' });
    expect(lines(diagnostics)).toEqual(['content/x.md:1:1  error  "content/x.md" does not exist; create it  content/missing-file']);
  });

  test.skipIf(process.getuid?.() === 0)('an unreadable file is reported with the reason', () => {
    const root = testdir({ 'content/x.md': '# x\n' });
    fs.chmodSync(path.join(root, 'content/x.md'), 0o000);
    const diagnostics = new Diagnostics();
    readSource(path.join(root, 'content/x.md'), 'content/x.md', diagnostics, { expected: 'Markdown text' });
    expect(lines(diagnostics)).toEqual(['content/x.md:1:1  error  "content/x.md" cannot be read (EACCES); check its permissions  content/unreadable']);
  });
});
