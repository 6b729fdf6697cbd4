import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Pair } from 'yaml';
import type { Diagnostics, Position } from '../diagnostics';
import type { DataPath, Locator } from './locate';
import type { Source } from './read';
import { MAX_YAML_DEPTH, tooDeep } from './yaml-depth';

/** Aliases may repeat a shared block a few times; more than this is a "billion laughs" attack. */
export const MAX_ALIAS_COUNT = 100;

/** Syntax errors reported per file; beyond this they are counted, not listed. */
export const MAX_YAML_ERRORS = 10;

/** A parsed YAML file: its plain data, and a locator back into the source. */
export interface YamlData {
  value: unknown;
  locate: Locator;
}

/**
 * `core` for configuration (numbers are numbers, unquoted dates stay strings); `failsafe` for
 * content data, where every scalar is text: `1.10` stays "1.10" and `yes` stays "yes".
 */
export type YamlSchema = 'core' | 'failsafe';

/** How to read a YAML file. */
export interface YamlOptions {
  schema: YamlSchema;
  /** What the file should hold, for the message when it holds nothing, e.g. "a list of controls". */
  expected: string;
}

/** Parses YAML, reporting syntax errors and alias bombs at their places; undefined when unusable. */
export function parseYaml(source: Source, options: YamlOptions, diagnostics: Diagnostics): YamlData | undefined {
  const { schema } = options;
  const lines = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { file: source.file, line, column: col };
  };
  const deep = tooDeep(source.text);
  if (deep) {
    diagnostics.error({ file: source.file, ...deep }, 'yaml/too-deep', 'the data is nested too deeply to read; flatten it', {
      expected: `at most ${MAX_YAML_DEPTH} levels of nesting`,
    });
    return undefined;
  }
  let doc: Document.Parsed;
  try {
    // An explicit schema also overrides a `%YAML 1.1` directive, which would turn dates into Date objects.
    doc = parseDocument(source.text, { lineCounter: lines, schema, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    diagnostics.error(at(0), 'yaml/syntax', `the file cannot be parsed: ${(error as Error).message}`);
    return undefined;
  }
  // The parser's complaints about a tab-indented line are cryptic and come in threes; one plain one replaces them.
  const tabLines = doc.errors.length ? reportTabIndents(source, diagnostics) : new Set<number>();
  const errors = doc.errors.filter((error) => !tabLines.has(at(error.pos[0]).line));
  // Hostile nesting yields an error per level; the first few say all there is to say.
  for (const error of errors.slice(0, MAX_YAML_ERRORS)) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    diagnostics.error(at(error.pos[0]), duplicate ? 'yaml/duplicate-key' : 'yaml/syntax', yamlMessage(error.code, error.message));
  }
  if (errors.length > MAX_YAML_ERRORS) {
    const rest = errors[MAX_YAML_ERRORS];
    diagnostics.error(at(rest.pos[0]), 'yaml/syntax', `${errors.length - MAX_YAML_ERRORS} more YAML errors not shown; fix the ones above first`);
  }
  for (const warning of doc.warnings) {
    diagnostics.warning(at(warning.pos[0]), 'yaml/warning', yamlMessage(warning.code, warning.message));
  }
  // Duplicate keys leave a well-formed tree, so the file is still worth checking; other errors do not.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return undefined;
  if (doc.contents === null) {
    diagnostics.error(at(0), 'content/empty', 'the file holds only comments, no data', {
      expected: options.expected,
      actual: 'no data',
    });
    return undefined;
  }
  const value = toPlainData(doc, at, source, diagnostics);
  if (value === FAILED) return undefined;
  return { value, locate: yamlLocator(doc, at) };
}

const FAILED = Symbol('failed');

/** Reports each line whose indentation holds a tab, at the tab; returns their line numbers. */
function reportTabIndents(source: Source, diagnostics: Diagnostics): Set<number> {
  const found = new Set<number>();
  source.text.split(/\r?\n/).forEach((text, i) => {
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const tab = indent.indexOf('\t');
    if (tab === -1 || indent.length === text.length) return;
    found.add(i + 1);
    diagnostics.error({ file: source.file, line: i + 1, column: tab + 1 }, 'yaml/syntax', 'a tab indents this line; YAML indentation must be spaces', {
      expected: 'spaces',
      actual: 'a tab',
    });
  });
  return found;
}

function toPlainData(doc: Document, at: (offset: number) => Position, source: Source, diagnostics: Diagnostics): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAlias(doc);
    diagnostics.error(alias ? at(alias) : { file: source.file, line: 1, column: 1 }, 'yaml/alias', `${(error as Error).message}; write the values out instead of using anchors and aliases`, {
      expected: `at most ${MAX_ALIAS_COUNT} alias expansions, each naming an anchor defined before it`,
    });
    return FAILED;
  }
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** The yaml package's messages carry the position and a code excerpt; keep the sentence only. */
function yamlMessage(code: string, message: string): string {
  const sentence = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  const hint = YAML_HINTS[code];
  return hint ? `${sentence}; ${hint}` : sentence;
}

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces',
  BAD_INDENT: 'line up entries of the same list or mapping in the same column',
  DUPLICATE_KEY: 'remove or rename one of them',
  MULTIPLE_DOCS: 'keep a single document: remove the `---` line',
  MISSING_CHAR: 'add the missing character',
  BLOCK_AS_IMPLICIT_KEY: 'put the nested mapping on its own indented lines, or quote the value',
  TAG_RESOLVE_FAILED: 'remove the tag: only plain values are read',
};

function yamlLocator(doc: Document, at: (offset: number) => Position): Locator {
  // Nodes without a range (an absent or synthetic value) fall back to the start of the file.
  const start = (node: unknown): Position => at(isNode(node) && node.range ? node.range[0] : 0);
  const walk = (path: DataPath) => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    let depth = 0;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      const next = child(node, segment);
      if (!next) break;
      ({ node, pair } = next);
      depth++;
    }
    return { node, pair, complete: depth === path.length };
  };
  return {
    value(path) {
      const { node, pair } = walk(path);
      // An empty value (`key:`) has no text of its own; its key is where the author looks.
      if (pair && (node == null || (isScalar(node) && node.range && node.range[0] === node.range[1]))) return start(pair.key);
      return start(node);
    },
    missing(path) {
      // A key written with no value is where to add it; an absent key, the mapping that lacks it.
      const { node, pair, complete } = walk(path);
      return start(complete && pair ? pair.key : node);
    },
    key(path) {
      const { node, pair, complete } = walk(path);
      return complete && pair ? start(pair.key) : start(node);
    },
  };
}

function child(node: unknown, segment: PropertyKey): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}
