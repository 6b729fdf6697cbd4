import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { testdir } from '../helpers/testdir';
import { REPO } from './helpers';

/**
 * Runs the real Makefile with NODE pointing at a script that prints its arguments, so the test sees
 * exactly what the CLI would get; the stamps are taken as up to date, so nothing is compiled.
 */
function make(target: string, variables: Record<string, string>, env: Record<string, string> = {}) {
  const dir = testdir({ 'argv.js': 'console.log(JSON.stringify(process.argv.slice(3)));\n' });
  const node = path.join(dir, 'node');
  fs.writeFileSync(node, `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, 'argv.js')}" "$@"\n`, { mode: 0o755 });
  const args = ['-s', '-o', 'dist/.stamp-built', '-o', 'node_modules/.stamp-installed', target, `NODE=${node}`, 'NODE_FLAGS=', ...Object.entries(variables).map(([k, v]) => `${k}=${v}`)];
  const result = spawnSync('make', args, { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });
  return { dir, status: result.status, stderr: result.stderr, argv: result.status === 0 ? (JSON.parse(result.stdout.trim().split('\n').at(-1)!) as string[]) : undefined };
}

const hasMake = spawnSync('make', ['--version']).status === 0;
if (!hasMake) console.warn('make is not installed: the make variable tests are skipped');

describe.skipIf(!hasMake)('make variables are data', () => {
  test('a hostile recipient and e-mail reach the CLI literally and run nothing', () => {
    const pwned = testdir({});
    const hostile = `Acme $(touch ${pwned}/a) \`touch ${pwned}/b\` "q" 'single' $HOME $$ $(shell touch ${pwned}/c) ; touch ${pwned}/d # end`;
    const { argv, status } = make('trust-package', { RECIPIENT: hostile, EMAIL: `x$(shell touch ${pwned}/e)@example.com` });
    expect(status).toBe(0);
    expect(argv).toEqual(['build', '--content', 'content', '--out', 'out', '--recipient', hostile, '--email', `x$(shell touch ${pwned}/e)@example.com`]);
    expect(fs.readdirSync(pwned)).toEqual([]);
  });

  test('values from the environment are not expanded either', () => {
    const pwned = testdir({});
    const { argv } = make('trust-package', {}, { SIGNING_KEY: `$(shell touch ${pwned}/a)` });
    expect(argv).toEqual(['build', '--content', 'content', '--out', 'out', '--signing-key', `$(shell touch ${pwned}/a)`]);
    expect(fs.readdirSync(pwned)).toEqual([]);
  });

  test.each([
    ['verify', { PACKAGE: `a'b $(x) "c"`, ALLOWED_SIGNERS: '`id`' }, ['verify', `a'b $(x) "c"`, '--content', 'content', '--allowed-signers', '`id`']],
    ['answer', { QUESTIONNAIRE: 'q $(id).xlsx', SHEET: "'S'", QUESTION_COLUMN: '`B`', ANSWER_COLUMN: '$C', RECIPIENT: 'a;b' },
      ['answer', 'q $(id).xlsx', '--content', 'content', '--out', 'out', '--sheet', "'S'", '--question-column', '`B`', '--answer-column', '$C', '--recipient', 'a;b']],
    ['site', { CONTENT: '$(shell id)' }, ['site', '--content', '$(shell id)', '--out', 'out']],
    ['draft', { ADDRESS: '`id`', SIGNATORY: '$(id)' }, ['build', '--content', 'content', '--out', 'out', '--address', '`id`', '--signatory', '$(id)', '--draft']],
    ['diff', { FROM: '$(shell id)', TO: "it's", CONTENT: 'c d', OUT: '$$o' }, ['diff', '$(shell id)', "it's", '--content', 'c d', '--out', '$$o', '--format', 'text']],
    ['diff', { FROM: 'a', TO: 'b', NOTICE_DATE: '$(x)', FORMAT: 'md' }, ['diff', 'a', 'b', '--content', 'content', '--out', 'out', '--format', 'md', '--notice-date', '$(x)']],
    ['validate', { CONTENT: '"; touch x; "' }, ['validate', '--content', '"; touch x; "']],
  ])('make %s passes every value as one literal argument', (target, variables, expected) => {
    expect(make(target, variables).argv).toEqual(expected);
  });

  test('a value with a line break is refused with a message, and nothing runs', () => {
    const { status, stderr, argv } = make('trust-package', { RECIPIENT: 'Acme\nCorp' });
    expect(status).toBe(2);
    expect(argv).toBeUndefined();
    expect(stderr).toContain('*** RECIPIENT holds a line break, which make cannot pass to the command safely; give it on one line.  Stop.');
  });
});
