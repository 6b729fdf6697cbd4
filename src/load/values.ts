import type { Audience, Config } from './types';
import { configSchema } from './schema';
import { longDate } from '../text/dates';
import { stringsFor } from '../text/strings';

/** Config branches that are not text an author would place in a document; `variables` become `vars.*`. */
const EXCLUDED = new Set(['rules', 'brand.fonts', 'signing', 'company.certifications', 'variables', 'frameworks', 'strings']);

/** Settings that hold a date: a placeholder prints them as the cover does, in the document's language. */
const DATES = new Set(['document.reviewDate']);

/** Who may see an item that names no audience: `site.defaultAudience`, public unless the settings say nda. */
export function defaultAudience(config: Config): Audience {
  return config.site?.defaultAudience ?? 'public';
}

/**
 * The values `{{...}}` placeholders resolve to: every scalar setting under its dotted key
 * (`company.name`, `legal.subprocessorNoticeDays`), numbers as text, dates as long dates in the document's
 * language (`16 November 2026`, `16. November 2026`), and each `variables:` entry as `vars.<name>`.
 * Settings left out are absent.
 */
export function placeholderValues(config: Config): Map<string, string> {
  const strings = stringsFor(config.document.language, config.strings);
  const values = new Map<string, string>();
  const walk = (value: unknown, key: string): void => {
    if (EXCLUDED.has(key) || value === undefined || value === null) return;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, child] of Object.entries(value)) walk(child, key ? `${key}.${name}` : name);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      values.set(key, DATES.has(key) ? longDate(String(value), config.document.language, strings) : String(value));
    }
  };
  walk(config, '');
  for (const [name, value] of Object.entries(config.variables)) values.set(`vars.${name}`, value);
  return values;
}

/** The schema's structure, as much of zod's definition as the walk below reads. */
interface SchemaNode {
  def: { type: string; innerType?: SchemaNode; shape?: Record<string, SchemaNode> };
}

/**
 * Settings the schema lets a user leave out, with no default (`company.address`, `legal.governingLaw`...):
 * a `::field` naming one prints a fill-in line while it is unset. Read from the schema, so that a new
 * optional setting needs no second list.
 */
export function optionalSettingKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (node: SchemaNode, prefix: string): void => {
    let type = node;
    while ((type.def.type === 'default' || type.def.type === 'prefault') && type.def.innerType) type = type.def.innerType;
    for (const [name, child] of Object.entries(type.def.shape ?? {})) {
      const key = prefix ? `${prefix}.${name}` : name;
      if (EXCLUDED.has(key)) continue;
      if (child.def.type === 'optional' && child.def.innerType?.def.type !== 'object') keys.add(key);
      else walk(child, key);
    }
  };
  walk(configSchema as unknown as SchemaNode, '');
  return keys;
}

/**
 * Placeholder values for checking the Markdown of a config that broke the schema: every required or
 * defaulted key the schema knows (as its own `{{key}}`, when its setting is missing or wrong), the scalars as written, and the
 * variables as written. So `{{company.legalName}}` is not called unknown just because the setting is
 * missing, and `{{compnay.name}}` still is.
 */
export function writtenPlaceholderValues(written: unknown): Map<string, string> {
  const values = new Map<string, string>();
  const walk = (node: SchemaNode, prefix: string): void => {
    // An optional setting left out has no value with a valid config either: `{{company.address}}` is unknown then too.
    if (node.def.type === 'optional' && node.def.innerType?.def.type !== 'object') return;
    let type = node;
    while (['default', 'prefault', 'optional'].includes(type.def.type) && type.def.innerType) type = type.def.innerType;
    if (!type.def.shape) {
      if (prefix && !EXCLUDED.has(prefix)) values.set(prefix, `{{${prefix}}}`);
      return;
    }
    for (const [name, child] of Object.entries(type.def.shape)) {
      const key = prefix ? `${prefix}.${name}` : name;
      if (!EXCLUDED.has(key)) walk(child, key);
    }
  };
  walk(configSchema as unknown as SchemaNode, '');
  const scalars = (value: unknown, key: string): void => {
    if (EXCLUDED.has(key) || value === null || value === undefined) return;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, child] of Object.entries(value)) scalars(child, key ? `${key}.${name}` : name);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      values.set(key, String(value));
    }
  };
  scalars(written, '');
  const variables = typeof written === 'object' && written !== null ? (written as Record<string, unknown>).variables : undefined;
  if (typeof variables === 'object' && variables !== null && !Array.isArray(variables)) {
    for (const [name, value] of Object.entries(variables)) if (typeof value === 'string') values.set(`vars.${name}`, value);
  }
  return values;
}
