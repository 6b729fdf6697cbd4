import { scopedRule, type SchemaScope } from '../diagnostics/rules';
import { z } from 'zod';
import { describeValue, type Diagnostics, type Position } from '../diagnostics';
import { removeControlCharacters } from './control-characters';
import { csvEntries, type CsvColumns } from './csv-entries';
import { parseCsv } from './csv';
import { reportIssues } from './issues';
import type { Locator } from './locate';
import { findPositions, Positions } from './positions';
import type { Source } from './read';
import { parseYaml } from './yaml';

/** How to read one kind of list file (controls, subprocessors) in either format. */
export interface ListSpec<T> {
  /** Rule id scope, e.g. `controls`. */
  scope: SchemaScope;
  /** What the file holds, for messages: `a list of controls`. */
  expected: string;
  /** One entry. */
  schema: z.ZodType<T>;
  columns: CsvColumns;
}

/** A list file of the content folder: `<base>.yaml` or `<base>.csv`, and how to load it. */
export interface ListFile<T> {
  base: string;
  /** What the file holds, for messages. */
  expected: string;
  load: (source: Source, diagnostics: Diagnostics) => T[];
}

/** An entry that passed its schema, with where it starts. */
export interface Entry<T> {
  value: T;
  at: Position;
  /** Where each field was written, by label (`area`, `certifications[1]`). */
  positions: Positions;
  /** Fields that were written but could not be read (already reported), so they are absent. */
  unread: ReadonlySet<string>;
}

interface RawEntry {
  value: unknown;
  locate: Locator;
  prefix: PropertyKey[];
  at: Position;
  /** Fields whose problems were already reported for the whole file. */
  reported?: ReadonlySet<string>;
}

/**
 * Reads a YAML or CSV list file. Each entry is checked on its own, so that one bad entry neither
 * hides the problems of the others nor drops the good ones.
 */
export function loadEntries<T>(source: Source, spec: ListSpec<T>, diagnostics: Diagnostics): Entry<T>[] {
  const raw = source.file.endsWith('.csv') ? csvRaw(source, spec, diagnostics) : yamlRaw(source, spec, diagnostics);
  const entries: Entry<T>[] = [];
  for (const entry of raw) {
    const value = removeControlCharacters(entry.value, (path) => entry.locate.value([...entry.prefix, ...path]), diagnostics);
    const result = spec.schema.safeParse(value, { reportInput: true });
    if (result.success) {
      const positions = new Positions(source.file, findPositions(result.data, entry.locate, entry.prefix));
      entries.push({ value: result.data, at: entry.at, positions, unread: entry.reported ?? new Set() });
    } else {
      const issues = result.error.issues.filter((issue) => !entry.reported?.has(String(issue.path[0])));
      reportIssues(issues, { scope: spec.scope, schema: spec.schema, locate: entry.locate, diagnostics, prefix: entry.prefix });
    }
  }
  return entries;
}

function yamlRaw<T>(source: Source, spec: ListSpec<T>, diagnostics: Diagnostics): RawEntry[] {
  const yaml = parseYaml(source, { schema: 'failsafe', expected: spec.expected }, diagnostics);
  if (!yaml) return [];
  if (!Array.isArray(yaml.value)) {
    const hint = isPlainObject(yaml.value) ? '; start each entry with "- "' : '';
    diagnostics.error(yaml.locate.value([]), scopedRule(spec.scope, 'type'), `the file must hold a list${hint}`, { expected: spec.expected, actual: describeValue(yaml.value) });
    return [];
  }
  return yaml.value.map((value, i) => ({ value, locate: yaml.locate, prefix: [i], at: yaml.locate.value([i]) }));
}

function csvRaw<T>(source: Source, spec: ListSpec<T>, diagnostics: Diagnostics): RawEntry[] {
  const csv = parseCsv(source, diagnostics);
  const entries = csv && csvEntries(csv, spec.columns, diagnostics);
  return (entries ?? []).map((entry) => ({ ...entry, prefix: [] }));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
