import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONFIG, CONTROLS } from '../load/fixtures';
import { cli, listing, projectDir, withoutClockWarnings } from './helpers';

/** Runs `validate` and `build` on a project; both must fail cleanly with `line` among their findings, leaving out/ as it was. */
function expectCleanFailure(overrides: Record<string, string | Buffer | undefined>, line: string): void {
  const root = projectDir({ ...overrides, 'out/keep.txt': 'untouched' });
  const content = path.join(root, 'content');
  for (const args of [['validate', '--content', content], ['build', '--content', content, '--out', path.join(root, 'out')]]) {
    const run = cli(args);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toContain(line);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  }
  expect(listing(path.join(root, 'out'))).toEqual(['keep.txt']);
  expect(fs.readFileSync(path.join(root, 'out', 'keep.txt'), 'utf8')).toBe('untouched');
}

describe('malformed input through the real CLI: a clear message, exit 1, no stack trace, out/ untouched', () => {
  test('bad YAML indentation', () => {
    expectCleanFailure(
      { 'content/controls.yaml': '- id: a\n  area: A\n   control: C\n' },
      'content/controls.yaml:2:9  error  Nested mappings are not allowed in compact mappings; put the nested mapping on its own indented lines, or quote the value  yaml/syntax',
    );
  });

  test('a tab indenting a YAML line', () => {
    expectCleanFailure(
      { 'content/trust-package.yaml': CONFIG.replace('  legalName', '\tlegalName') },
      'content/trust-package.yaml:3:1  error  a tab indents this line; YAML indentation must be spaces (expected spaces, found a tab)  yaml/syntax',
    );
  });

  test('an empty file', () => {
    expectCleanFailure(
      { 'content/controls.yaml': '' },
      'content/controls.yaml:1:1  error  the file is empty (expected a list of controls, each a mapping with id, area and control, found an empty file)  content/empty',
    );
  });

  test('a value of the wrong type', () => {
    expectCleanFailure(
      { 'content/trust-package.yaml': CONFIG.replace('reviewDate: 2026-06-26', 'reviewDate: [2026, 6, 26]') },
      'content/trust-package.yaml:8:15  error  "document.reviewDate" must be text (expected the "Last reviewed" date, YYYY-MM-DD; names the package and its archive entry, found a list)  config/type',
    );
  });

  test('invalid UTF-8', () => {
    expectCleanFailure(
      { 'content/sections/01-overview.md': Buffer.concat([Buffer.from('# Overview\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' latin-1.\n')]) },
      'content/sections/01-overview.md:3:4  error  the file is not valid UTF-8; re-save it with UTF-8 encoding (expected UTF-8 text, found byte 0xE9 at byte 15)  content/encoding',
    );
  });

  test('a binary file', () => {
    expectCleanFailure(
      { 'content/sections/02-image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
      'content/sections/02-image.md:3:1  error  this looks like a binary file, not text: it contains a NUL byte; save it as plain UTF-8 text (expected UTF-8 text, found a NUL byte at byte 8)  content/binary',
    );
  });

  test('a 20 MB file', () => {
    expectCleanFailure(
      { 'content/sections/02-huge.md': `# Huge\n\n${'a'.repeat(20 * 1024 * 1024 - 9)}\n` },
      'content/sections/02-huge.md:1:1  error  the file is too large to be a trust package source; split it or remove what does not belong (expected at most 5242880 bytes (5 MB), found 20971520 bytes)  content/too-large',
    );
  });

  test('a byte order mark and CRLF line ends are accepted', () => {
    const crlf = (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`;
    const root = projectDir({
      'content/trust-package.yaml': crlf(CONFIG),
      'content/controls.yaml': crlf(CONTROLS),
      'content/sections/01-overview.md': crlf('# Overview\n\nWe offer:\n\n- backups\n- encryption\n'),
      'content/tables/retention.csv': crlf('Plan,Days\nFree,30\n'),
    });
    const run = cli(['validate', '--content', path.join(root, 'content')]);
    expect(withoutClockWarnings(run.stderr)).toBe('');
    expect(run.status).toBe(0);
  });
});
