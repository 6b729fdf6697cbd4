import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeStaleStaging, writeFileAtomic } from '../../src/archive';
import { sha256Hex } from '../../src/package';
import { testdir } from '../helpers/testdir';
import { cli, listing, projectDir, REPO } from './helpers';

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('interrupted builds', () => {
  test('staging of dead processes is removed, a live process and other files are left alone', async () => {
    const live = spawn('sleep', ['30']);
    try {
      const dead = deadPid();
      const dir = testdir({
        [`.tmp-${dead}-0123abcd/a.pdf`]: 'half',
        [`.acme.zip.tmp-${dead}-0a1b`]: 'half',
        [`2026-06-26/.tmp-${dead}-ffff/b`]: 'half',
        [`.tmp-${live.pid}-abcdef/c`]: 'in progress',
        '.tmp-0123abcd/d': 'an older name without a process id',
        'acme.zip': 'done',
      });
      const removed = removeStaleStaging(dir).map((p) => path.relative(dir, p)).sort();
      expect(removed).toEqual([`.acme.zip.tmp-${dead}-0a1b`, `.tmp-${dead}-0123abcd`, path.join('2026-06-26', `.tmp-${dead}-ffff`)].sort());
      expect(listing(dir)).toEqual(['.tmp-0123abcd', '.tmp-0123abcd/d', `.tmp-${live.pid}-abcdef`, `.tmp-${live.pid}-abcdef/c`, '2026-06-26', 'acme.zip']);
      // The writer names its staging with its own process id, so a sweep can tell whose it is.
      await writeFileAtomic(path.join(dir, 'x.zip'), Buffer.from('x'));
      expect(fs.readFileSync(path.join(dir, 'x.zip'), 'utf8')).toBe('x');
    } finally {
      live.kill();
    }
  });

  test('the next build removes what a killed build left in out/ and the archive', () => {
    const dead = deadPid();
    const root = projectDir({ [`out/.tmp-${dead}-aa/x.pdf`]: 'half', [`out/archive/.tmp-${dead}-bb/y.pdf`]: 'half', [`out/.t.zip.tmp-${dead}-cc`]: 'half' });
    const run = cli(['build', '--content', path.join(root, 'content'), '--out', path.join(root, 'out')]);
    expect(run.status).toBe(0);
    expect(listing(path.join(root, 'out')).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  test('a build killed at any moment leaves no edition in out/ or the archive without its register line', async () => {
    const root = projectDir();
    const out = path.join(root, 'out');
    const registered = () => {
      const file = path.join(out, 'archive', 'register.jsonl');
      const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
      return new Set(lines.map((line) => (JSON.parse(line) as { zipSha256: string }).zipSha256));
    };
    const editions = () => [
      ...listing(path.join(out, 'archive', 'editions')).filter((name) => name.endsWith('.zip')).map((name) => path.join(out, 'archive', 'editions', name)),
      ...fs.readdirSync(out).filter((name) => name.endsWith('-acme-corp.zip')).map((name) => path.join(out, name)),
    ];
    const build = (sent: string, killAfterMs: number) =>
      new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'build', '--quiet', '--content', path.join(root, 'content'), '--out', out, '--recipient', 'Acme Corp', '--sent', sent], { stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        child.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    // One full build first, so that the kills below land in every stage, the editions' among them.
    await build('2026-11-01', 120_000);
    const delays = [100, 300, 500, 700, 900, 1100, 1300, 1600, 2000, 2500];
    for (const [i, delay] of delays.entries()) {
      await build(`2026-11-${String(i + 2).padStart(2, '0')}`, delay);
      const known = registered();
      for (const zip of editions()) expect(known.has(sha256Hex(fs.readFileSync(zip))), `${zip} after a kill at ${delay} ms`).toBe(true);
    }
    // The next whole build sweeps what the kills left.
    await build('2026-11-20', 120_000);
    expect(listing(out).filter((name) => name.includes('.tmp-'))).toEqual([]);
  }, 300_000);
});
