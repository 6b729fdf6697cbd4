import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeZip, packageContents, sha256Hex, timestampFor, verifyPackage } from '../../src/package';
import { archivePackage, listArchive } from '../../src/archive';
import { spawnTs } from './helpers/run-ts';
import { sampleFiles, sampleMeta } from './helpers/sample';
import { tempDir } from './helpers/temp';

/** Every file under `root` with its SHA-256, so a test can see that nothing changed. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(root, path)] = sha256Hex(readFileSync(path));
    }
  };
  walk(root);
  return out;
}

/**
 * Runs a helper script and SIGKILLs it `delayMs` after `started()` first returns true (polled every 2 ms).
 * Resolves with whether the kill landed before the script finished by itself.
 */
function killPartWay(script: string, args: string[], started: () => boolean, delayMs: number): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawnTs(script, args);
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const poll = setInterval(() => {
      if (!started()) return;
      clearInterval(poll);
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }, 2);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve({ killed: true });
      else if (code === 0) resolve({ killed: false });
      else reject(new Error(`${script} failed before it was killed: ${err}`));
    });
  });
}

async function archiveSmallPackage(archiveDir: string): Promise<string> {
  const { entries } = packageContents(sampleFiles('small'), sampleMeta());
  const zip = await makeZip(entries, timestampFor('2026-06-26', {}));
  const result = await archivePackage({ archiveDir, reviewDate: '2026-06-26', zipName: 'tesults-trust-package-2026-06-26.zip', zip, files: entries });
  return result.dir;
}

describe('a build killed part-way', () => {
  it.each([0, 40, 150])('leaves the archive as it was and no partial folder when killed %i ms into the archive write', async (delayMs) => {
    const archiveDir = tempDir();
    const oldDir = await archiveSmallPackage(archiveDir);
    const before = snapshot(oldDir);
    const listed = listArchive(archiveDir);

    const staging = () => readdirSync(archiveDir).some((name) => name.startsWith('.tmp-'));
    const { killed } = await killPartWay('archive-child.ts', [archiveDir, '120', `big-${delayMs}`, 'yes'], staging, delayMs);

    // The old package is untouched, whatever happened to the new one.
    expect(snapshot(oldDir)).toEqual(before);
    expect((await verifyPackage(oldDir)).ok).toBe(true);
    const revision = join(archiveDir, '2026-06-26-r2');
    if (killed && !existsSync(revision)) {
      // Killed before the rename: the archive lists exactly what it listed before; only staging is left.
      expect(listArchive(archiveDir)).toEqual(listed);
      expect(readdirSync(archiveDir).filter((name) => name !== '2026-06-26').every((name) => name.startsWith('.tmp-'))).toBe(true);
    } else {
      // The rename happened: then the new revision is complete.
      expect(await verifyPackage(revision)).toMatchObject({ ok: true, problems: [] });
    }
  });

  it('was really killed in the middle at least once, so the test above proves something', async () => {
    const archiveDir = tempDir();
    await archiveSmallPackage(archiveDir);
    const staging = () => readdirSync(archiveDir).some((name) => name.startsWith('.tmp-'));
    const { killed } = await killPartWay('archive-child.ts', [archiveDir, '120', 'big', 'yes'], staging, 0);
    expect(killed).toBe(true);
    expect(existsSync(join(archiveDir, '2026-06-26-r2'))).toBe(false);
    expect(listArchive(archiveDir).map((entry) => entry.revision)).toEqual([1]);
  });

  it('leaves a file written with writeFileAtomic either as it was or complete, never partial', async () => {
    const dir = tempDir();
    const path = join(dir, 'tesults-trust-package-2026-06-26.zip');
    writeFileSync(path, 'old zip');
    const temp = () => readdirSync(dir).some((name) => name.includes('.tmp-'));
    const { killed } = await killPartWay('write-child.ts', [path, '200'], temp, 20);
    const bytes = readFileSync(path);
    const complete = bytes.length === 200 * 1024 * 1024 && bytes[0] === 7 && bytes[bytes.length - 1] === 7;
    expect(bytes.toString() === 'old zip' || complete).toBe(true);
    // And the kill did land in the middle, so the line above was tested on an interrupted write.
    expect(killed).toBe(true);
    expect(bytes.toString()).toBe('old zip');
  });
});
