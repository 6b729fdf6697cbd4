import type { RuleId } from '../../diagnostics/rules';
import { posix } from 'node:path';
import type { TokenizerExtension, Tokens } from 'marked';
import { describeValue } from '../../diagnostics';
import type { Scope } from './context';
import type { Block, DirectiveName } from '../blocks';
import { resolvePlain } from './placeholders';
import { sliceFrame, type Frame } from './source';
import { closest, listOf } from '../../text/suggest';

// A whole line: `::name` or `::name{...}`, up to three spaces of indentation as for other blocks.
const LINE = / {0,3}::([A-Za-z][\w-]*)(?:\{([^\n]*)\})?[ \t]*(?:\n|$)/;
const AT_START = new RegExp(`^${LINE.source}`);
const AFTER_NEWLINE = new RegExp(`\\n${LINE.source}`);
const ATTRIBUTE = /\s*([A-Za-z][\w-]*)\s*=\s*"([^"\n]*)"/y;

/** marked's token for a directive line; validated later, where positions and context are known. */
export interface DirectiveToken extends Tokens.Generic {
  type: 'directive';
  name: string;
  /** What is between the braces, undefined without braces. */
  attributes?: string;
}

/** The marked block extension that recognises directive lines. */
export const directiveExtension: TokenizerExtension = {
  name: 'directive',
  level: 'block',
  // marked cuts a paragraph where this says a directive may start. It passes the source minus its
  // first character, which is never a line start there, so only a line after a newline counts.
  start(src) {
    const match = AFTER_NEWLINE.exec(src);
    return match ? match.index + 1 : undefined;
  },
  tokenizer(src): DirectiveToken | undefined {
    const match = AT_START.exec(src);
    if (!match) return undefined;
    return { type: 'directive', raw: match[0], name: match[1], attributes: match[2] };
  },
};

const ATTRIBUTES: Record<DirectiveName, { required: string[]; optional: string[] }> = {
  controls: { required: [], optional: [] },
  subprocessors: { required: [], optional: [] },
  table: { required: ['src'], optional: [] },
  field: { required: ['label'], optional: ['key'] },
  signatures: { required: [], optional: [] },
  processing: { required: [], optional: [] },
};

/** Validates a directive token; a directive with errors is reported and left out. */
export function directiveBlock(token: DirectiveToken, frame: Frame, scope: Scope): Block | undefined {
  const nameAt = token.raw.indexOf('::');
  const at = scope.at(frame(nameAt));
  const fail = (rule: RuleId, offset: number, message: string, expected: string, actual: string): undefined => {
    scope.ctx.diagnostics.error(scope.at(frame(offset)), rule, message, { expected, actual });
    return undefined;
  };
  const names = Object.keys(ATTRIBUTES);
  if (!Object.hasOwn(ATTRIBUTES, token.name)) {
    return fail(
      'markdown/unknown-directive', nameAt,
      `Unknown directive ::${token.name}; use one of the directives listed, or write \\:: to print the line as text`,
      listOf(names.map((n) => `::${n}`)), `::${token.name}`,
    );
  }
  const name = token.name as DirectiveName;
  const spec = ATTRIBUTES[name];
  const attributesAt = token.raw.indexOf('{') + 1;
  const parsed = parseAttributes(token.attributes ?? '');
  if ('error' in parsed) {
    return fail(
      'markdown/directive-attribute', attributesAt + parsed.offset,
      `Cannot read the attributes of ::${name}; write them as key="value" pairs separated by spaces`,
      'key="value"', describeValue(parsed.error),
    );
  }
  let valid = true;
  for (const { key, offset } of parsed.attributes) {
    if (spec.required.includes(key) || spec.optional.includes(key)) continue;
    valid = false;
    const allowed = [...spec.required, ...spec.optional];
    fail(
      'markdown/directive-attribute', attributesAt + offset,
      allowed.length === 0
        ? `::${name} takes no attributes; remove ${key}="..."`
        : `::${name} has no attribute "${key}"; remove it or correct its name`,
      allowed.length === 0 ? 'no attributes' : listOf(allowed), JSON.stringify(key),
    );
  }
  const attrs: Record<string, string> = {};
  for (const { key, value, offset } of parsed.attributes) {
    if (Object.hasOwn(attrs, key)) {
      valid = false;
      fail('markdown/directive-attribute', attributesAt + offset, `Attribute "${key}" is given twice in ::${name}; keep one`, 'each attribute once', `${key} twice`);
    }
    attrs[key] = value;
  }
  for (const key of spec.required) {
    if (Object.hasOwn(attrs, key)) continue;
    valid = false;
    const example = name === 'table' ? '::table{src="tables/retention.csv"}' : '::field{label="Effective date"}';
    fail('markdown/directive-attribute', nameAt, `::${name} needs a ${key} attribute, e.g. ${example}`, `${key}="..."`, 'none');
  }
  if (!valid) return undefined;

  const valueAt = (key: string): Frame => {
    const found = parsed.attributes.find((a) => a.key === key);
    return sliceFrame(frame, attributesAt + (found?.valueOffset ?? 0));
  };
  if (name === 'table' && !checkTableSrc(attrs.src, valueAt('src'), scope)) return undefined;
  if (name === 'field') {
    attrs.label = resolvePlain(attrs.label, valueAt('label'), scope);
    if (attrs.key !== undefined && !checkFieldKey(attrs.key, valueAt('key'), scope)) return undefined;
  }
  return { type: 'directive', name, attrs, at };
}

interface Attribute {
  key: string;
  value: string;
  offset: number;
  valueOffset: number;
}

function parseAttributes(text: string): { attributes: Attribute[] } | { error: string; offset: number } {
  const attributes: Attribute[] = [];
  let index = 0;
  while (text.slice(index).trim() !== '') {
    ATTRIBUTE.lastIndex = index;
    const match = ATTRIBUTE.exec(text);
    if (!match) {
      const offset = index + (text.slice(index).length - text.slice(index).trimStart().length);
      return { error: text.slice(offset), offset };
    }
    const offset = index + match[0].indexOf(match[1]);
    attributes.push({ key: match[1], value: match[2], offset, valueOffset: index + match[0].lastIndexOf('"', match[0].length - 2) + 1 });
    index = ATTRIBUTE.lastIndex;
  }
  return { attributes };
}

function checkTableSrc(src: string, frame: Frame, scope: Scope): boolean {
  const at = scope.at(frame(0));
  const tables = scope.ctx.tables;
  if (posix.normalize(src) !== src || !src.startsWith('tables/')) {
    scope.ctx.diagnostics.error(at, 'markdown/table-src', `::table src must name a file in content/tables, written relative to content/`, {
      expected: 'a path like tables/retention.csv',
      actual: JSON.stringify(src),
    });
    return false;
  }
  if (!tables.has(src)) {
    scope.ctx.diagnostics.error(at, 'markdown/table-src', `::table src names no table in content/tables; check the file name and extension`, {
      expected: tables.size === 0 ? 'a table file in content/tables (there are none)' : listOf(closest(src, tables)),
      actual: JSON.stringify(src),
    });
    return false;
  }
  return true;
}

// counterparty.* values belong to the other party and optional settings may be unset: both are
// filled in by hand on the printed line, so only a key nobody defines is a mistake.
function checkFieldKey(key: string, frame: Frame, scope: Scope): boolean {
  const { values, optionalKeys = new Set<string>() } = scope.ctx;
  if (values.has(key) || optionalKeys.has(key) || key.startsWith('counterparty.')) return true;
  scope.ctx.diagnostics.error(
    scope.at(frame(0)),
    'markdown/unknown-placeholder',
    `::field key "${key}" names no known value; use a known key, or a counterparty.* key for a value the other party fills in`,
    // A set: a setting that is optional and also given is one key, offered once.
    { expected: `a known key such as ${listOf(closest(key, new Set([...values.keys(), ...optionalKeys])))}`, actual: JSON.stringify(key) },
  );
  return false;
}
