import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintRules } from '../../src/checks';
import { RULES } from '../../src/diagnostics';
import { rulesDoc } from '../../src/diagnostics/rules-doc';
import { CONFIG } from '../load/fixtures';
import { check, SECTION } from './helpers';

const withRules = (rules: string) => ({ 'content/trust-package.yaml': `${CONFIG}rules:\n${rules}` });
const DANGLING = '# Overview\n\nWe offer:\n';
const DANGLING_LINE = `${SECTION}:3:9  %s  Paragraph ends with a colon, but no list or table follows it; add what it introduces below it, or end the sentence with a full stop (expected a list, table or text after the colon, found the end of the file)  content/dangling-colon`;

describe('rules: in trust-package.yaml', () => {
  test('off silences a rule', () => {
    const { lines } = check({ ...withRules('  content/dangling-colon: off\n'), [SECTION]: DANGLING });
    expect(lines).toEqual([]);
  });

  test('warning lowers an error, which then no longer fails the build', () => {
    const { lines } = check({ ...withRules('  content/dangling-colon: warning\n'), [SECTION]: DANGLING });
    expect(lines).toEqual([DANGLING_LINE.replace('%s', 'warning')]);
  });

  test('error raises a warning', () => {
    const { lines } = check({ ...withRules('  controls/no-frameworks: error\n'), 'content/controls.yaml': '- id: mfa\n  area: A\n  control: C.\n' });
    expect(lines).toEqual([
      'content/controls.yaml:1:3  error  Control "mfa" maps to no framework, so the matrix shows "None mapped"; add frameworks, e.g. { soc2: [CC6.1] }, or turn this rule off (expected at least one framework reference, found none)  controls/no-frameworks',
    ]);
  });

  test('the settings apply to the Markdown stage\'s rules too', () => {
    const { lines } = check({ ...withRules('  markdown/raw-html: off\n'), [SECTION]: '# Overview\n\n<div>Hi</div>\n' });
    expect(lines).toEqual([]);
  });

  test('an unknown rule id is an error at its key, with a suggestion', () => {
    const { lines } = check(withRules('  content/dangling-colons: off\n'));
    expect(lines).toEqual([
      'content/trust-package.yaml:14:3  error  rules names an unknown rule "content/dangling-colons"; did you mean "content/dangling-colon"? (expected a rule id from docs/rules.md, found "content/dangling-colons")  config/unknown-rule',
    ]);
  });

  test('a rule that guards against lost content cannot be turned off', () => {
    const { lines } = check(withRules('  yaml/syntax: off\n'));
    expect(lines).toEqual([
      'content/trust-package.yaml:14:3  error  rule "yaml/syntax" cannot be set to off: the file or value could not be read, so content would be missing from the package; fix what it reports instead (expected error, or no entry, found off)  config/rule-fixed',
    ]);
  });

  test('a setting other than off, warning or error is refused by the schema', () => {
    const { lines } = check(withRules('  content/secret: info\n'));
    expect(lines).toEqual([
      'content/trust-package.yaml:14:19  error  "rules.content/secret" has an unsupported value (expected one of "off", "warning", "error", found "info")  config/invalid-value',
    ]);
  });
});

describe('the rule catalogue', () => {
  test('every lint rule has a unique id', () => {
    const ids = lintRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every rule id written in the source is in the catalogue', () => {
    const found = new Set<string>();
    const scopes = ['config', 'controls', 'subprocessors', 'tables'];
    for (const file of sourceFiles(path.join(__dirname, '../../src'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'((?:yaml|csv|content|config|controls|subprocessors|tables|markdown)\/[a-z-]+)'/g)) found.add(m[1]);
      for (const m of text.matchAll(/`\$\{[\w.]*scope\}\/([a-z-]+)`|rule: '([a-z-]+)'/g)) for (const scope of scopes) found.add(`${scope}/${m[1] ?? m[2]}`);
    }
    // A check's rule is a second half combined with the scope of the schema that uses it.
    const missing = [...found].filter((id) => !RULES.has(id) && !/^(config|controls|subprocessors|tables)\/(id-format|url|date|color|email|language|number)$/.test(id));
    expect(missing).toEqual([]);
  });

  test('every content check is registered as a rule of the checks stage', () => {
    expect(lintRules.filter((r) => RULES.get(r.id)?.stage !== 'checks').map((r) => r.id)).toEqual([]);
  });

  test('every recipients rule is registered and fixed, so rules: cannot silence a bad recipients file', () => {
    const ids = new Set<string>();
    for (const file of sourceFiles(path.join(__dirname, '../../src'))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/'(recipients\/[a-z-]+)'/g)) ids.add(m[1]);
    }
    expect(ids.size).toBeGreaterThan(5);
    expect([...ids].filter((id) => !RULES.get(id)?.fixed)).toEqual([]);
  });

  test('docs/rules.md is what the registry writes (make rules-doc)', () => {
    const docs = fs.readFileSync(path.join(__dirname, '../../docs/rules.md'), 'utf8');
    expect(docs).toBe(rulesDoc());
  });
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('rules: for the recipients file', () => {
  test('a recipients rule is known, and refused as fixed rather than as an unknown id', () => {
    const { lines } = check(withRules('  recipients/email: warning\n'));
    expect(lines).toEqual([
      'content/trust-package.yaml:14:3  error  rule "recipients/email" cannot be set to warning: the recipients file is checked before any edition is built, and every finding stops the build; fix what it reports instead (expected error, or no entry, found warning)  config/rule-fixed',
    ]);
  });
});
