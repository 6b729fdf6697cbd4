import { statSync } from 'node:fs';
import { inspectProjectFile, readProjectFile } from './inside';
import path from 'node:path';
import type { Diagnostics } from '../diagnostics';
import { removeControlCharacters } from './control-characters';
import { reportIssues } from './issues';
import { findPositions, Positions } from './positions';
import { readSource, type Source } from './read';
import type { Config } from './types';
import { parseYaml } from './yaml';
import { configRules, writtenConfigRules, type ConfigRuleContext } from './config-rules';
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
 * What a configuration gives when it breaks the schema: the data as written, so that the Markdown can
 * still be checked with the placeholder values that are known, in the same run as the config errors.
 */
export interface ConfigResult {
  loaded?: LoadedConfig;
  /** The parsed YAML, when the file could be read and parsed at all. */
  written?: unknown;
}

/**
 * Reads and checks content/trust-package.yaml. Returns the config with defaults applied, or
 * undefined when it is missing or breaks the schema (every problem is reported first).
 */
export function loadConfig(contentDir: string, diagnostics: Diagnostics): LoadedConfig | undefined {
  return readConfig(contentDir, diagnostics).loaded;
}

/** Like loadConfig, and when the config breaks the schema, also the data as written (see ConfigResult). */
export function readConfig(contentDir: string, diagnostics: Diagnostics): ConfigResult {
  const abs = path.join(path.resolve(contentDir), CONFIG_FILE);
  const root = path.dirname(path.resolve(contentDir));
  const file = path.relative(root, abs).split(path.sep).join('/');
  const source = readSource(abs, file, diagnostics, { expected: EXPECTED, root });
  return source ? checkConfig(source, root, diagnostics, { isFile, outside: (abs) => inspectProjectFile(root, abs).kind === 'outside', readText: (abs) => readProjectFile(root, abs).toString('utf8') }) : {};
}

/**
 * Checks the text of a trust-package.yaml; `root` is the project root that asset paths are relative to,
 * and `files` says whether an asset exists and reads a public key (parsing itself reads nothing).
 */
export function parseConfig(source: Source, root: string, diagnostics: Diagnostics, files: Pick<ConfigRuleContext, 'isFile' | 'readText' | 'outside'>): LoadedConfig | undefined {
  return checkConfig(source, root, diagnostics, files).loaded;
}

function checkConfig(source: Source, root: string, diagnostics: Diagnostics, files: Pick<ConfigRuleContext, 'isFile' | 'readText' | 'outside'>): ConfigResult {
  const yaml = parseYaml(source, { schema: 'core', expected: EXPECTED }, diagnostics);
  if (!yaml) return {};
  const value = removeControlCharacters(withoutNulls(yaml.value), (path) => yaml.locate.value(path), diagnostics);
  const result = configSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    reportIssues(result.error.issues, { scope: 'config', schema: configSchema, locate: yaml.locate, diagnostics });
    // The checks of files and names that need no valid config run anyway, so a missing logo is not
    // reported only once the other settings are fixed.
    for (const rule of writtenConfigRules) rule({ written: value, root, locate: yaml.locate, diagnostics, ...files });
    return { written: value };
  }
  const positions = findPositions(value, yaml.locate);
  // A `rules:` entry is about its key, the rule id, more than its value.
  for (const id of Object.keys(result.data.rules)) positions.set(`rules.${id}`, yaml.locate.key(['rules', id]));
  const config: Config = result.data;
  for (const rule of configRules) rule({ config, root, locate: yaml.locate, diagnostics, ...files });
  return { loaded: { config, positions: new Positions(source.file, positions) } };
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
