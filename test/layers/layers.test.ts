import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { testdir } from '../helpers/testdir';

const REPO = path.resolve(__dirname, '..', '..');
const CRUISE = path.join(REPO, 'node_modules', '.bin', 'depcruise');

/** Runs the project's layering check over a tree of `files` laid out like src/. */
function cruise(files: Record<string, string>): { status: number | null; out: string } {
  const root = testdir({ ...files, 'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "strict": true } }\n' });
  fs.copyFileSync(path.join(REPO, '.dependency-cruiser.cjs'), path.join(root, '.dependency-cruiser.cjs'));
  // CI sets CI=true, which makes the reporter colour its output: ask for none, and strip any escape left.
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const run = spawnSync(CRUISE, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: root, encoding: 'utf8', env });
  // eslint-disable-next-line no-control-regex
  return { status: run.status, out: `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('the layering check', () => {
  test('passes on the project itself', () => {
    expect(() => execFileSync(CRUISE, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: REPO, encoding: 'utf8' })).not.toThrow();
  });

  test('passes imports that run down the pipeline', () => {
    const { status } = cruise({ 'src/load/a.ts': "export const a = 1;\n", 'src/commands/b.ts': "import { a } from '../load/a';\nexport const b = a;\n" });
    expect(status).toBe(0);
  });

  test('fails on an import against the direction of the pipeline', () => {
    const { status, out } = cruise({ 'src/load/a.ts': "import { b } from '../commands/b';\nexport const a = b;\n", 'src/commands/b.ts': 'export const b = 1;\n' });
    expect(status).not.toBe(0);
    expect(out).toContain('layer-load: src/load/a.ts → src/commands/b.ts');
  });

  test('fails on a cycle inside one stage', () => {
    const { status, out } = cruise({ 'src/model/a.ts': "import { b } from './b';\nexport const a = () => b;\n", 'src/model/b.ts': "import { a } from './a';\nexport const b = () => a;\n" });
    expect(status).not.toBe(0);
    expect(out).toContain('no-cycles');
  });

  test('fails when one output format imports another', () => {
    const { status, out } = cruise({ 'src/formats/pdf/a.ts': 'export const a = 1;\n', 'src/formats/docx/b.ts': "import { a } from '../pdf/a';\nexport const b = a;\n" });
    expect(status).not.toBe(0);
    expect(out).toContain('formats-apart');
  });
});
