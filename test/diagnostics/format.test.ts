import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, type Diagnostic, type RuleId } from '../../src/diagnostics';
import { cli, projectDir } from '../hardening/helpers';

const warning = (file: string, line: number, ruleId: RuleId): Diagnostic => ({ file, line, column: 1, ruleId, severity: 'warning', message: 'Something to look at' });

describe('formatReport with a limit per rule', () => {
  const items = [
    ...[1, 2, 3, 4, 5].map((line) => warning('content/controls.yaml', line, 'controls/no-frameworks')),
    warning('content/sections/01-a.md', 2, 'markdown/raw-html'),
    { ...warning('content/subprocessors.yaml', 9, 'subprocessors/near-duplicate'), severity: 'error' as const },
  ];

  it('prints the first lines of each rule, one line for the rest, and still counts every finding', () => {
    expect(formatReport(items, { perRule: 3 }).split('\n')).toEqual([
      'content/controls.yaml:1:1  warning  Something to look at  controls/no-frameworks',
      'content/controls.yaml:2:1  warning  Something to look at  controls/no-frameworks',
      'content/controls.yaml:3:1  warning  Something to look at  controls/no-frameworks',
      'content/sections/01-a.md:2:1  warning  Something to look at  markdown/raw-html',
      'content/subprocessors.yaml:9:1  error  Something to look at  subprocessors/near-duplicate',
      '... and 2 more like this (controls/no-frameworks): run make validate to see all',
      '1 error, 6 warnings',
    ]);
  });

  it('prints every line without a limit', () => {
    expect(formatReport(items).split('\n')).toHaveLength(items.length + 1);
    expect(formatReport(items)).not.toContain('more like this');
  });
});

describe('the CLI', () => {
  const controls = [1, 2, 3, 4, 5].map((n) => `- id: c${n}\n  area: Area ${n}\n  control: Control ${n}.\n`).join('');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-package-format-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));
  const findings = (stderr: string) => stderr.split('\n').filter((l) => l.includes('controls/no-frameworks'));

  it('shortens repeated findings in build but prints them all in validate', () => {
    const content = path.join(projectDir({ 'content/controls.yaml': controls }), 'content');
    const built = cli(['build', '--content', content, '--out', out, '--quiet']);
    expect(built.status).toBe(0);
    expect(findings(built.stderr).map((l) => l.replace(/^(\S+?:\d+:\d+).*$/, '$1'))).toEqual([
      'content/controls.yaml:1:3',
      'content/controls.yaml:4:3',
      'content/controls.yaml:7:3',
      '... and 2 more like this (controls/no-frameworks): run make validate to see all',
    ]);
    const validated = cli(['validate', '--content', content]);
    expect(findings(validated.stderr)).toHaveLength(5);
    expect(validated.stderr).not.toContain('more like this');
  });
});
