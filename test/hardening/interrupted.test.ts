import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listArchive, listArchivedSites, removeStaleStaging, writeFileAtomic } from '../../src/archive';
import { KILL_AT_VARIABLE, STEPS_VARIABLE } from '../../src/archive/steps';
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

  test('a build killed at each step of its writes leaves out/ recoverable; the next build recovers it', () => {
    const root = projectDir();
    const out = path.join(root, 'out');
    const site = path.join(out, 'site');
    const first = build(root, '2026-11-01');
    expect(first.status, first.stderr).toBe(0);
    const published = snapshot(site);
    expect(Object.keys(published)).toContain('index.html');
    // The steps of a build that has a package and a site to replace, in order.
    const sequence = build(root, '2026-11-02').steps;
    const names = sequence.map(stepName);
    // One kill per step, but one for a run of the same step in the same folder (the PDFs beside the zip, say);
    // last step first, so that each build must recover from a kill later in the sequence than it gets itself.
    const kills = sequence.flatMap((step, i) => (i > 0 && stepKind(sequence[i - 1]) === stepKind(step) ? [] : [i + 1])).reverse();
    for (const [i, k] of kills.entries()) {
      const run = build(root, `2026-11-${String(i + 3).padStart(2, '0')}`, String(k));
      const at = names[k - 1];
      // Killed exactly at step k, whatever the machine's load, after the same steps as the whole build.
      expect(run.killed, `a kill at ${at}`).toBe(true);
      expect(run.steps.map(stepName)).toEqual(names.slice(0, k));
      // Nothing is sent without its register line.
      const known = registered(out);
      for (const zip of editions(out)) expect(known.has(sha256Hex(fs.readFileSync(zip))), `${zip} after a kill at ${at}`).toBe(true);
      // This build began by recovering from the kill before it: only its own staging is left.
      const staging = listing(out).filter((name) => STAGING.test(name));
      expect(staging.filter((name) => Number(STAGING.exec(name)![1]) !== run.pid), `after a kill at ${at}`).toEqual([]);
      // out/site is the whole site; killed between the swap's two renames, the whole old site is beside it, to go back.
      if (at.startsWith('swap-moved-aside#')) {
        expect(fs.existsSync(site)).toBe(false);
        const aside = fs.readdirSync(out).filter((name) => name.startsWith('.site.old.tmp-'));
        expect(aside).toHaveLength(1);
        expect(snapshot(path.join(out, aside[0]))).toEqual(published);
      } else expect(snapshot(site), `out/site after a kill at ${at}`).toEqual(published);
    }
    // The kills covered the package, the site swap and the editions.
    expect([...new Set(kills.map((k) => names[k - 1].replace(/#.*/, '')))].sort()).toEqual([
      'file-staged',
      'once-linked',
      'once-staged',
      'register-append',
      'swap-moved-aside',
      'swap-renamed',
      'swap-staged',
    ]);
    // The next whole build recovers from the last kill and leaves nothing behind.
    const last = build(root, '2026-11-30');
    expect(last.status, last.stderr).toBe(0);
    expect(listing(out).filter((name) => name.includes('.tmp-'))).toEqual([]);
    expect(snapshot(site)).toEqual(published);
  }, 300_000);

  test('a first build killed while staging the archived package or site leaves no partial folder; the next build finishes it', () => {
    const root = projectDir();
    const out = path.join(root, 'out');
    const archive = path.join(out, 'archive');
    const packageKill = build(root, '2026-11-01', 'dir-staged#1');
    expect(packageKill.killed).toBe(true);
    expect(packageKill.steps.at(-1)).toMatch(/^dir-staged#1 .*2026-06-26$/);
    expect(listArchive(archive)).toEqual([]);
    expect(fs.existsSync(path.join(out, 'site'))).toBe(false);
    // The package is archived this time; the kill lands on the site's copy in the archive.
    const siteKill = build(root, '2026-11-02', 'dir-staged#2');
    expect(siteKill.killed).toBe(true);
    expect(siteKill.steps.at(-1)).toMatch(/^dir-staged#2 .*sites.2026-06-26$/);
    expect(listArchive(archive)).toHaveLength(1);
    expect(listArchivedSites(archive)).toEqual([]);
    expect(listing(out).filter((name) => STAGING.test(name)).map((name) => Number(STAGING.exec(name)![1]))).not.toContain(packageKill.pid);
    const whole = build(root, '2026-11-03');
    expect(whole.status, whole.stderr).toBe(0);
    expect(listing(out).filter((name) => name.includes('.tmp-'))).toEqual([]);
    expect(listArchivedSites(archive)).toHaveLength(1);
    expect(snapshot(path.join(out, 'site'))).toEqual(snapshot(listArchivedSites(archive)[0].dir));
  }, 120_000);
});

/** `file-staged#3` of a line of the steps file. */
const stepName = (line: string): string => line.split(' ')[0];
/** A step's name without its count, and the folder of its target: `file-staged out/`. */
const stepKind = (line: string): string => `${stepName(line).replace(/#.*/, '')} ${path.dirname(line.slice(line.indexOf(' ') + 1))}`;

/** A staging file or folder in a listing, with the process id that made it. */
const STAGING = /(?:^|\/)\.(?:[^/]+\.)?tmp-(\d+)-[0-9a-f]+$/;

/**
 * Builds the project with an edition for Acme Corp sent on `sent`; with `killAt`, the build kills itself
 * at that step of its writes (src/archive/steps.ts). Returns the steps it reached, in order.
 */
function build(root: string, sent: string, killAt?: string): { status: number | null; killed: boolean; pid: number; steps: string[]; stderr: string } {
  const trace = path.join(root, 'steps.txt');
  fs.rmSync(trace, { force: true });
  const env = { ...process.env, [STEPS_VARIABLE]: trace, ...(killAt ? { [KILL_AT_VARIABLE]: killAt } : {}) };
  const args = ['build', '--quiet', '--content', path.join(root, 'content'), '--out', path.join(root, 'out'), '--recipient', 'Acme Corp', '--sent', sent];
  const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...args], { env, encoding: 'utf8', timeout: 120_000 });
  const steps = fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').trim().split('\n').filter(Boolean) : [];
  return { status: run.status, killed: run.signal === 'SIGKILL', pid: run.pid!, steps, stderr: run.stderr };
}

/** The sha256 of every edition zip the register lists. */
function registered(out: string): Set<string> {
  const file = path.join(out, 'archive', 'register.jsonl');
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
  return new Set(lines.map((line) => (JSON.parse(line) as { zipSha256: string }).zipSha256));
}

/** Every edition zip in the archive and in out/. */
function editions(out: string): string[] {
  const archived = path.join(out, 'archive', 'editions');
  return [
    ...listing(archived).filter((name) => name.endsWith('.zip') && !STAGING.test(name)).map((name) => path.join(archived, name)),
    ...fs.readdirSync(out).filter((name) => name.endsWith('-acme-corp.zip')).map((name) => path.join(out, name)),
  ];
}

/** Every file under `dir` with its sha256. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of listing(dir)) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) files[name] = sha256Hex(fs.readFileSync(file));
  }
  return files;
}
