import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const created: string[] = [];

// Every tree made during a test is removed after it, pass or fail.
afterEach(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes a temporary file tree from an object literal of `/`-separated relative paths to contents
 * and returns its absolute path; the tree is removed after the current test.
 */
export function testdir(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-package-test-'));
  created.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, ...name.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}
