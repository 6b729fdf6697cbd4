import type { Position } from '../diagnostics';
import type { DataPath, Locator } from './locate';

/**
 * Where each field of a loaded entry (a control, a subprocessor, a table, the config) was written,
 * keyed by its label (`area`, `certifications[1]`, `company.name`, `rows[2][0]`). Kept beside the
 * data rather than in it, so that entries stay plain values that compare and serialise as before.
 */
const recorded = new WeakMap<object, ReadonlyMap<string, Position>>();

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

/** Keeps `positions` as the places of `owner`'s fields; returns `owner`. */
export function withPositions<T extends object>(owner: T, positions: ReadonlyMap<string, Position>): T {
  recorded.set(owner, positions);
  return owner;
}

/** Where the field `label` of `owner` was written, when it was loaded from a file. */
export function positionOf(owner: object, label: string): Position | undefined {
  return recorded.get(owner)?.get(label);
}

/** A data path as authors write it: `frameworks.soc2[0]`, `rows[2][0]`. */
export function fieldLabel(path: DataPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}
