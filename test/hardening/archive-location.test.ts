import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { testdir } from '../helpers/testdir';
import { cli, listing, projectDir } from './helpers';
import { files } from '../checks/helpers';

const CONFIG = files()['content/trust-package.yaml'].toString();

/** Builds a project whose archive.dir is `dir`, after `arrange` has laid out the project. */
function build(dir: string, arrange: (root: string) => void) {
  const root = projectDir({ 'content/trust-package.yaml': `${CONFIG}archive:\n  dir: ${dir}\n` });
  arrange(root);
  const run = cli(['build', '--content', path.join(root, 'content'), '--out', path.join(root, 'out')]);
  return { root, ...run, lastLine: run.stderr.trim().split('\n').at(-1) };
}

const isRoot = process.getuid?.() === 0;
if (isRoot) console.warn('running as root: the read-only archive folder test is skipped (root writes anywhere)');

describe('unwritable or odd archive locations', () => {
  test('archive.dir through a file is a clear error, exit 1, and nothing in out/', () => {
    const { status, lastLine, root } = build('afile/archive', (root) => fs.writeFileSync(path.join(root, 'afile'), 'x'));
    expect(status).toBe(1);
    expect(lastLine).toBe(`trust-package: archive.dir "afile/archive" cannot be used: ${path.join(root, 'afile')} is a file, not a folder. Set archive.dir in content/trust-package.yaml to a folder, or move the file away.`);
    expect(listing(path.join(root, 'out'))).toEqual([]);
  });

  test('a project-relative archive.dir that leads outside through a symbolic link is refused', () => {
    const away = testdir({});
    const { status, lastLine } = build('linked/archive', (root) => fs.symlinkSync(away, path.join(root, 'linked')));
    expect(status).toBe(1);
    expect(lastLine).toBe(`trust-package: archive.dir "linked/archive" leads out of the project through a symbolic link, to ${fs.realpathSync(away)}. Write an absolute path in archive.dir if the archive is meant to live there.`);
    expect(fs.readdirSync(away)).toEqual([]);
  });

  test.skipIf(isRoot)('a read-only archive folder is a clear error, not an internal one', () => {
    const { status, lastLine } = build('ro', (root) => fs.mkdirSync(path.join(root, 'ro'), { mode: 0o555 }));
    expect(status).toBe(1);
    expect(lastLine).toMatch(/^trust-package: Cannot write the archive in .*\/ro \(.*\): permission denied\. Make the folder writable or point it elsewhere\.$/);
  });

  test('a register that is a folder is a clear error, and no edition is written', () => {
    const root = projectDir();
    fs.mkdirSync(path.join(root, 'out', 'archive', 'register.jsonl'), { recursive: true });
    const run = cli(['build', '--content', path.join(root, 'content'), '--out', path.join(root, 'out'), '--recipient', 'Acme Corp']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`trust-package: Cannot read the distribution register ${path.join(root, 'out', 'archive', 'register.jsonl')}: a folder is in the way. Make it readable, or move it away.`);
    expect(listing(path.join(root, 'out')).filter((name) => name.endsWith('.zip'))).toEqual([]);
  });

  test.each([
    ['site', ['site', '--out', 'OUT'], 'afile/archive/sites'],
    ['list', ['list'], 'afile/archive'],
    ['diff', ['diff', '2026-01-01', '2026-06-26', '--out', 'OUT'], 'afile/archive'],
    ['verify', ['verify', '2026-06-26'], 'afile/archive'],
  ])('make %s with archive.dir through a file says what is wrong, exit 1, no stack trace', (_name, args, shown) => {
    const root = projectDir({ 'content/trust-package.yaml': `${CONFIG}archive:\n  dir: afile/archive\n`, afile: 'x' });
    const run = cli([...args.map((arg) => (arg === 'OUT' ? path.join(root, 'out') : arg)), '--content', path.join(root, 'content')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`trust-package: Cannot read ${path.join(root, shown)}: a part of the path is a file, not a folder.`);
    expect(listing(path.join(root, 'out'))).toEqual([]);
  });
});
