import { scopedRule, type SchemaScope } from '../diagnostics/rules';
import type { z } from 'zod';
import { describeValue, type Diagnostics } from '../diagnostics';
import type { CheckParams } from './checks';
import type { DataPath, Locator } from './locate';
import { didYouMean } from '../text/suggest';
import { descriptionAt, keysAt } from './zodpath';

/** How to turn one file's schema issues into diagnostics. */
export interface IssueContext {
  /** First half of every rule id: `config`, `controls`, `subprocessors`, `tables`. */
  scope: SchemaScope;
  /** The schema the data was checked against, for descriptions and known keys. */
  schema: z.ZodType;
  locate: Locator;
  diagnostics: Diagnostics;
  /** Path segments before the entry itself (a list index), left out of field names in messages. */
  prefix?: DataPath;
}

/** Reports every zod issue as a diagnostic at the place in the file the issue is about. */
export function reportIssues(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): void {
  for (const issue of issues) reportIssue(issue, ctx);
}

function reportIssue(issue: z.core.$ZodIssue, ctx: IssueContext): void {
  const { scope, locate, diagnostics } = ctx;
  const path = [...(ctx.prefix ?? []), ...issue.path];
  const local = issue.path;
  const name = label(local);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(ctx.schema, local);
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, known);
        const fix = suggestion ? `did you mean "${suggestion}"?` : 'remove it or check the spelling';
        diagnostics.error(locate.key([...path, key]), scopedRule(scope, 'unknown-key'), `unknown key "${label([...local, key])}"; ${fix}`, {
          expected: known.length ? `one of ${known.join(', ')}` : 'no further keys',
        });
      }
      return;
    }
    case 'invalid_type': {
      const expected = descriptionAt(ctx.schema, local) ?? typeName(issue.expected);
      if (issue.input === undefined || issue.input === null) {
        const at = issue.input === undefined ? locate.missing(path) : locate.value(path);
        diagnostics.error(at, scopedRule(scope, 'required-field'), `${quoted(name)} is required`, { expected, actual: describeInput(issue.input) });
        return;
      }
      const what = local.length > 0 ? `${quoted(name)} must be` : ctx.prefix?.length ? 'each entry must be' : 'the file must hold';
      diagnostics.error(locate.value(path), scopedRule(scope, 'type'), `${what} ${typeName(issue.expected)}`, { expected, actual: describeInput(issue.input) });
      return;
    }
    case 'invalid_value':
      diagnostics.error(locate.value(path), scopedRule(scope, 'invalid-value'), `${quoted(name)} has an unsupported value`, {
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        actual: describeInput(issue.input),
      });
      return;
    case 'custom': {
      const params = issue.params as CheckParams | undefined;
      if (params) {
        diagnostics.error(locate.value(path), scopedRule(scope, params.rule), `${quoted(name)} ${params.problem}`, {
          expected: params.expected,
          actual: describeInput(issue.input),
        });
        return;
      }
      break;
    }
    default:
      break;
  }
  diagnostics.error(locate.value(path), scopedRule(scope, 'invalid-value'), `${quoted(name)} is invalid: ${issue.message}`, { actual: describeInput(issue.input) });
}

/** A field's name as authors write it: `document.reviewDate`, `frameworks.soc2[0]`. */
function label(path: DataPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}

function quoted(name: string): string {
  return name === '' ? 'the value' : `"${name}"`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** Like `describeValue`, but an empty list is told apart from a list, for "at least one" checks. */
function describeInput(value: unknown): string {
  return Array.isArray(value) && value.length === 0 ? 'an empty list' : describeValue(value);
}
