import path from 'node:path';
import type { Diagnostics } from '../diagnostics';
import type { Locator } from './locate';
import type { Config } from './types';
import { parsePublicKey } from '../ssh/ssh-key';
import { builtInStrings, LANGUAGES, STRING_KEYS } from '../text/strings';

/** What a config rule sees: the parsed config, where its file is, and where its values were written. */
export interface ConfigRuleContext {
  config: Config;
  /** Absolute path of the project root. */
  root: string;
  locate: Locator;
  diagnostics: Diagnostics;
  /** Whether an absolute path names a regular file: the rules ask, the loader's edge looks. */
  isFile: (abs: string) => boolean;
  /** Whether an absolute path's symlinks lead outside the project root; absent means the rules do not ask. */
  outside?: (abs: string) => boolean;
  /** The text of a file the rules have checked exists; throws when it cannot be read. */
  readText: (abs: string) => string;
}

/** A check that needs more than one field, or the file system. */
export type ConfigRule = (ctx: ConfigRuleContext) => void;

/** What a rule on a config that broke the schema sees: the data as written, of any shape. */
export type WrittenConfigContext = Omit<ConfigRuleContext, 'config'> & { written: unknown };

/** The value at a path of data of unknown shape, or undefined. */
function at(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** The shape a config rule needs, taken from data as written: only what has the right type. */
function writtenAsConfig(written: unknown): Config {
  const logo = at(written, 'brand', 'logo');
  const fonts = at(written, 'brand', 'fonts');
  const faces = ['normal', 'bold', 'italics', 'bolditalics'].every((face) => typeof at(fonts, face) === 'string');
  const variables = at(written, 'variables');
  const isMapping = typeof variables === 'object' && variables !== null && !Array.isArray(variables);
  return {
    brand: { ...(typeof logo === 'string' ? { logo } : {}), ...(faces ? { fonts } : {}) },
    variables: isMapping ? variables : {},
  } as Config;
}

/**
 * The config rules that can run on a config that broke the schema, each on the settings that have the
 * right type: a missing logo, a missing font and a bad variable name are reported in the same run.
 */
export const writtenConfigRules: readonly ((ctx: WrittenConfigContext) => void)[] = [
  (ctx) => logoFileExists({ ...ctx, config: writtenAsConfig(ctx.written) }),
  (ctx) => fontFilesExist({ ...ctx, config: writtenAsConfig(ctx.written) }),
  (ctx) => variableNames({ ...ctx, config: writtenAsConfig(ctx.written) }),
];

const IMAGE_TYPES = ['.svg', '.png', '.jpg', '.jpeg'];
const FONT_TYPES = ['.ttf', '.otf'];

/** The logo is an SVG, PNG or JPEG file inside the project. */
export const logoFileExists: ConfigRule = (ctx) => {
  const { logo } = ctx.config.brand;
  if (logo !== undefined) checkAsset(ctx, ['brand', 'logo'], logo, IMAGE_TYPES);
};

/** Each brand font face is a TTF or OTF file inside the project. */
export const fontFilesExist: ConfigRule = (ctx) => {
  const { fonts } = ctx.config.brand;
  if (!fonts) return;
  for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
    checkAsset(ctx, ['brand', 'fonts', face], fonts[face], FONT_TYPES);
  }
};

/** signing.publicKey is a file inside the project holding one ssh-ed25519 public key. */
export const signingKeyFileIsPublicKey: ConfigRule = (ctx) => {
  const file = ctx.config.signing?.publicKey;
  if (file === undefined || !checkAsset(ctx, ['signing', 'publicKey'], file, ['.pub'])) return;
  try {
    parsePublicKey(ctx.readText(path.resolve(ctx.root, file)), file);
  } catch (error) {
    ctx.diagnostics.error(ctx.locate.value(['signing', 'publicKey']), 'config/public-key', `"signing.publicKey" names a file that is not an Ed25519 public key`, {
      expected: 'one line "ssh-ed25519 AAAA... comment", as ssh-keygen -t ed25519 writes to the .pub file',
      actual: (error as Error).message,
    });
  }
};
/** A variable's name must be one `{{vars.<name>}}` can write: a letter, then letters, digits, `_` or `-`. */
export const variableNames: ConfigRule = (ctx) => {
  for (const name of Object.keys(ctx.config.variables)) {
    if (/^[a-zA-Z][a-zA-Z0-9_-]*$/.test(name)) continue;
    ctx.diagnostics.error(ctx.locate.key(['variables', name]), 'config/variable-name', `variable name "${name}" cannot be used as {{vars.${name}}}; rename it`, {
      expected: 'a letter, then letters, digits, _ or -, e.g. dpoEmail',
      actual: JSON.stringify(name),
    });
  }
};

/** A language the tool has no words for prints them in English: say so, and how to translate them. */
export const languageHasStrings: ConfigRule = (ctx) => {
  const { language } = ctx.config.document;
  if (builtInStrings(language) || STRING_KEYS.every((key) => ctx.config.strings[key] !== undefined)) return;
  ctx.diagnostics.warning(
    ctx.locate.value(['document', 'language']),
    'config/language-strings',
    `the tool has no built-in words for "${language}", so its own words (Contents, Page X of Y, table headers ...) print in English; translate them under strings:`,
    { expected: `one of ${Object.keys(LANGUAGES).join(', ')}, or strings: for each key of src/text/strings/en.ts`, actual: JSON.stringify(language) },
  );
};

/** Every config rule, in the order they run. */
export const configRules: readonly ConfigRule[] = [logoFileExists, fontFilesExist, signingKeyFileIsPublicKey, variableNames, languageHasStrings];

/** Reports a path that is outside the project, of the wrong type or missing; true when it is none of these. */
function checkAsset(ctx: ConfigRuleContext, at: string[], file: string, types: readonly string[]): boolean {
  const where = ctx.locate.value(at);
  const name = at.join('.');
  const abs = path.resolve(ctx.root, file);
  const relative = path.relative(ctx.root, abs);
  // Absolute paths and `..` would make the build depend on files outside the repository.
  if (path.isAbsolute(file) || relative.startsWith('..') || path.isAbsolute(relative)) {
    ctx.diagnostics.error(where, 'config/path', `"${name}" must be a path inside the project, relative to its root`, {
      expected: 'a project-relative path such as assets/logo.svg',
      actual: JSON.stringify(file),
    });
    return false;
  }
  if (!types.includes(path.extname(file).toLowerCase())) {
    ctx.diagnostics.error(where, 'config/file-type', `"${name}" has an unsupported file type`, {
      expected: `a ${types.join(', ')} file`,
      actual: JSON.stringify(file),
    });
    return false;
  }
  if (ctx.outside?.(abs)) {
    ctx.diagnostics.error(where, 'content/outside-project', `"${name}" names a symbolic link to a file outside the project; the build reads only project files, so copy the file in instead`, {
      expected: 'a file inside the project',
      actual: JSON.stringify(file),
    });
    return false;
  }
  if (!ctx.isFile(abs)) {
    ctx.diagnostics.error(where, 'config/missing-file', `"${name}" names a file that does not exist; add the file or fix the path`, {
      expected: 'an existing file, relative to the project root',
      actual: JSON.stringify(file),
    });
    return false;
  }
  return true;
}
