import { de } from './de';
import { en, type Strings } from './en';

export type { Strings };

/** A key of the strings, as `strings:` in trust-package.yaml names it. */
export type StringKey = keyof Strings;

/** Every key, in the order of en.ts. */
export const STRING_KEYS = Object.keys(en) as StringKey[];

/** The languages that ship with the tool, by primary language subtag. */
export const LANGUAGES: Readonly<Record<string, Strings>> = { en, de };

/** The built-in strings of a BCP 47 tag (`de-AT` uses `de`), or undefined when none ship for it. */
export function builtInStrings(language: string): Strings | undefined {
  return LANGUAGES[language.split('-')[0].toLowerCase()];
}

/** The strings a document in `language` uses: the built-in ones (English when none ship), then the team's overrides. */
export function stringsFor(language: string, overrides: Partial<Record<StringKey, string>> = {}): Strings {
  return { ...(builtInStrings(language) ?? en), ...overrides };
}

/** A string with its `{name}` values filled in; a name without a value is left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** A comma-separated string (`months`, `annexWords`) as its items. */
export function items(list: string): string[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
