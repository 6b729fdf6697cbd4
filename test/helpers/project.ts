import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root, where the compiled CLI lives. */
export const REPO = path.resolve(__dirname, '..', '..');

/**
 * The example company's content and assets, frozen as a test fixture: the tests of the tool never read
 * the user's content/, which a team replaces with its own (only test/content.test.ts looks at it).
 */
export const EXAMPLE = path.join(REPO, 'test', 'fixtures', 'tesults');

/** The second fixture company: German, controls in CSV, a PNG logo, umlauts in names and places. */
export const NORTHWIND = path.join(REPO, 'test', 'fixtures', 'northwind');
const CLI = path.join(REPO, 'dist', 'cli.js');

/**
 * Copies a fixture company's content and assets (the example company unless `from` names another) into a
 * fresh temporary project and returns its path. The caller removes it (see removeProject); end-to-end
 * tests share one across a file.
 */
export function copyProject(prefix = 'trust-package-e2e-', from = EXAMPLE): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const dir of fs.readdirSync(from)) fs.cpSync(path.join(from, dir), path.join(root, dir), { recursive: true });
  return root;
}

export function removeProject(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

/** Runs the compiled CLI (`make test` compiles it first) in a project folder. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** Every file under a folder, as sorted project-relative paths. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push(path.relative(dir, abs).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
