import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, listing, projectDir } from './helpers';
import { files } from '../checks/helpers';

const CONFIG = files()['content/trust-package.yaml'].toString();

/** Builds a project whose archive.dir is `dir`, with a recipient, so that the register would hold a name. */
function build(dir: string, timeout?: number) {
  const root = projectDir({ 'content/trust-package.yaml': `${CONFIG}archive:\n  dir: ${dir}\n` });
  const run = cli(['build', '--content', path.join(root, 'content'), '--out', path.join(root, 'out'), '--recipient', 'Acme Corp'], timeout);
  return { root, ...run, lastLine: run.stderr.trim().split('\n').at(-1) };
}

describe('an archive and the outputs the build replaces stay apart', () => {
  test.each(['site', 'draft', 'answers'])('an archive inside out/%s is refused before anything is written', (name) => {
    const { root, status, lastLine } = build(`out/${name}/.well-known/archive`);
    expect(status).toBe(1);
    const output = path.join(root, 'out', name);
    expect(lastLine).toBe(`trust-package: archive.dir "out/${name}/.well-known/archive" cannot be used: it is inside ${output}, which the build replaces or publishes. Set archive.dir in content/trust-package.yaml to a folder outside ${output}.`);
    expect(listing(path.join(root, 'out'))).toEqual([]);
  });

  test('an archive that would hold out/ is refused, and nothing is written', () => {
    const { root, status, lastLine } = build('.');
    expect(status).toBe(1);
    expect(lastLine).toBe(`trust-package: archive.dir "." cannot be used: the output folder ${path.join(root, 'out')} would be inside the archive. Set archive.dir in content/trust-package.yaml to a folder that does not hold ${path.join(root, 'out')}.`);
    expect(listing(path.join(root, 'out'))).toEqual([]);
    expect(listing(root).filter((name) => name.endsWith('.zip') || name.endsWith('register.jsonl'))).toEqual([]);
  });

  test('archive.dir under /proc is a message and exit 1, not an internal error', () => {
    const { root, status, stderr, lastLine } = build('/proc/trust-archive', 20_000);
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(lastLine).toBe('trust-package: archive.dir "/proc/trust-archive" cannot be used: /proc is a system folder the kernel provides, not storage. Set archive.dir in content/trust-package.yaml to a folder on a disk.');
    expect(listing(path.join(root, 'out')).filter((name) => name.endsWith('.zip'))).toEqual([]);
  });
});
