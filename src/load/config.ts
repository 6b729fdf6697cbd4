import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostics } from '../diagnostics';
import { removeControlCharacters } from './control-characters';
import { reportIssues } from './issues';
import { findPositions, Positions } from './positions';
import { readSource, type Source } from './read';
import type { Config } from './types';
import { parseYaml } from './yaml';
import { configRules, type ConfigRuleContext } from './config-rules';
import { configSchema } from './schema';

/** The configuration file's name inside the content folder. */
export const CONFIG_FILE = 'trust-package.yaml';

const EXPECTED = 'a mapping of company, document and brand settings';

/** A checked configuration and where each of its settings was written. */
export interface LoadedConfig {
  config: Config;
  positions: Positions;
}

/**
 * Reads and checks content/trust-package.yaml. Returns the config with defaults applied, or
 * undefined when it is missing or breaks the schema (every problem is reported first).
 */
export function loadConfig(contentDir: string, diagnostics: Diagnostics): LoadedConfig | undefined {
  const abs = path.join(path.resolve(contentDir), CONFIG_FILE);
  const root = path.dirname(path.resolve(contentDir));
  const file = path.relative(root, abs).split(path.sep).join('/');
  const source = readSource(abs, file, diagnostics, { expected: EXPECTED });
  return source && parseConfig(source, root, diagnostics, { isFile, readText: (abs) => readFileSync(abs, 'utf8') });
}

/**
 * Checks the text of a trust-package.yaml; `root` is the project root that asset paths are relative to,
 * and `files` says whether an asset exists and reads a public key (parsing itself reads nothing).
 */
export function parseConfig(source: Source, root: string, diagnostics: Diagnostics, files: Pick<ConfigRuleContext, 'isFile' | 'readText'>): LoadedConfig | undefined {
  const yaml = parseYaml(source, { schema: 'core', expected: EXPECTED }, diagnostics);
  if (!yaml) return undefined;
  const value = removeControlCharacters(withoutNulls(yaml.value), (path) => yaml.locate.value(path), diagnostics);
  const result = configSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    reportIssues(result.error.issues, { scope: 'config', schema: configSchema, locate: yaml.locate, diagnostics });
    return undefined;
  }
  const positions = findPositions(value, yaml.locate);
  // A `rules:` entry is about its key, the rule id, more than its value.
  for (const id of Object.keys(result.data.rules)) positions.set(`rules.${id}`, yaml.locate.key(['rules', id]));
  const config: Config = result.data;
  for (const rule of configRules) rule({ config, root, locate: yaml.locate, diagnostics, ...files });
  return { config, positions: new Positions(source.file, positions) };
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

/**
 * `key:` with no value parses as null; treat it as absent, so that optional settings may be left
 * blank and required ones are reported as missing rather than as the wrong type.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== null);
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutNulls(v)]));
}
