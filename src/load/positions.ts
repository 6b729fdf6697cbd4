import type { Position } from '../diagnostics';
import type { DataPath, Locator } from './locate';

/**
 * Where each field of a loaded value (a control, a subprocessor, a table, the config) was written,
 * keyed by its label (`area`, `certifications[1]`, `company.name`, `rows[2][0]`). It travels with the
 * value as a field of its own, so a copy keeps it and a finding always names the file it came from.
 */
export class Positions {
  constructor(
    /** The project-relative file the value was read from. */
    readonly file: string,
    private readonly places: ReadonlyMap<string, Position> = new Map(),
  ) {}

  /** These places and `more` (labels of its own, such as where each `{{` of a text starts). */
  with(more: ReadonlyMap<string, Position>): Positions {
    return new Positions(this.file, new Map([...this.places, ...more]));
  }

  /** Where the field `label` was written; `fallback`, or the start of the file, for a field it does not have (a default). */
  of(label: string, fallback?: Position): Position {
    return this.places.get(label) ?? fallback ?? { file: this.file, line: 1, column: 1 };
  }
}

/** The place of every value in `data`, found through `locate` under `prefix`. */
export function findPositions(data: unknown, locate: Locator, prefix: DataPath = []): Map<string, Position> {
  const map = new Map<string, Position>();
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (path.length > 0) map.set(fieldLabel(path), locate.value([...prefix, ...path]));
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(data, []);
  return map;
}

/** A data path as authors write it: `frameworks.soc2[0]`, `rows[2][0]`. */
export function fieldLabel(path: DataPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}
