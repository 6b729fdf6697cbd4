import type { Config } from '../content/types';

/** Config branches that are not text an author would place in a document. */
const EXCLUDED = new Set(['rules', 'brand.fonts']);

/**
 * The values `{{...}}` placeholders resolve to: every scalar setting under its dotted key
 * (`company.name`, `legal.subprocessorNoticeDays`), numbers as text. Settings left out are absent.
 */
export function placeholderValues(config: Config): Map<string, string> {
  const values = new Map<string, string>();
  const walk = (value: unknown, key: string): void => {
    if (EXCLUDED.has(key) || value === undefined || value === null) return;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, child] of Object.entries(value)) walk(child, key ? `${key}.${name}` : name);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      values.set(key, String(value));
    }
  };
  walk(config, '');
  return values;
}
