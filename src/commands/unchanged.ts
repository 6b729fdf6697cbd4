import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics';
// Single files, not the folders' index: the CLI loads this before (and, when unchanged, instead of) the build.
import { writeFileAtomic } from '../archive/atomic';
import { gitSource } from '../load/git';
import { todayUtc } from '../load/recipient';
import type { BuildOptions, BuildResult } from './build';
import type { WrittenPackage } from './package';

/**
 * An unchanged rebuild: when nothing the package is made from changed since the last build into the same
 * out/, and out/ and the archive still hold that build's zip, byte for byte, the build is a no-op.
 *
 * "Nothing changed" is one SHA-256 (the key) over everything that decides the package's bytes or the
 * build's findings: the tool (its code file, the lock file of its dependencies, the Node version), the
 * options (content and out folders, --revision, SOURCE_DATE_EPOCH), today's date (the review-date checks
 * read the clock), the git commit and dirty flag the manifest records, every file under the content
 * folder (so an added file counts), and the files outside it the last build read (logo, fonts, images).
 * A new reference to another file is an edit of a content file, so it changes the key too. The key is
 * computed before anything is read for the build and stored after the package is written; an edit made
 * while a build runs therefore makes the next build a full one.
 */

/** The record of the last build, kept in out/. */
interface BuildStamp {
  key: string;
  /** Project files outside the content folder the build read, absolute. */
  extras: string[];
  package: WrittenPackage;
  /** The archived copy of the zip, absolute. */
  archivedZip: string;
  diagnostics: Diagnostic[];
}

/** The key of a build and where its stamp goes. `base` covers all but the files outside the content folder. */
export interface UnchangedKey {
  key: string;
  base: string;
  extras: readonly string[];
  stampPath: string;
}

const STAMP_FILE = '.trust-package-build.json';

/** The stamp file's place in out/. */
export function stampPath(outDir: string): string {
  return path.join(path.resolve(outDir), STAMP_FILE);
}

export interface KeyInput {
  contentDir: string;
  outDir: string;
  revision: boolean;
  env: NodeJS.ProcessEnv;
  /** The running tool's code file (the bundle). */
  toolFile: string;
  now?: Date;
}

/**
 * The key of a build about to start (see the top of this file), over the files outside the content folder
 * that the last build into the same out/ read: computed before the build reads anything.
 */
export function keyForBuild(input: KeyInput): UnchangedKey {
  const hash = createHash('sha256');
  const field = fieldWriter(hash);
  const contentDir = path.resolve(input.contentDir);
  field('tool', readFileSync(input.toolFile));
  field('lock', readOptional(path.join(toolRoot(input.toolFile), 'package-lock.json')));
  field('node', process.version);
  field('content-dir', contentDir);
  field('out-dir', path.resolve(input.outDir));
  field('revision', String(input.revision));
  field('source-date-epoch', input.env.SOURCE_DATE_EPOCH ?? '');
  field('today', todayUtc(input.now ?? new Date()));
  field('git', JSON.stringify(gitSource(path.dirname(contentDir))));
  for (const file of listFiles(contentDir)) {
    field('file', file);
    field('bytes', readOptional(file));
  }
  const base = hash.digest('hex');
  return withExtras({ base, stampPath: stampPath(input.outDir) }, readStamp(input.outDir)?.extras ?? []);
}

/**
 * The key with the files outside the content folder this build found it uses (logo, fonts, images), when
 * they are not the ones the last build used; called once the content is loaded, before anything is rendered.
 */
export function keyWithExtras(key: UnchangedKey, used: readonly string[]): UnchangedKey {
  const sorted = [...used].sort();
  const same = sorted.length === key.extras.length && sorted.every((f, i) => f === key.extras[i]);
  return same ? key : withExtras(key, sorted);
}

function withExtras(key: { base: string; stampPath: string }, extras: readonly string[]): UnchangedKey {
  const hash = createHash('sha256');
  const field = fieldWriter(hash);
  field('base', key.base);
  const sorted = [...extras].sort();
  for (const file of sorted) {
    field('file', file);
    field('bytes', readOptional(file));
  }
  return { key: hash.digest('hex'), base: key.base, extras: sorted, stampPath: key.stampPath };
}

/** Length-prefixed fields, so that no two different inputs hash the same bytes. */
function fieldWriter(hash: ReturnType<typeof createHash>) {
  return (name: string, value: string | Buffer) => {
    hash.update(`${name}\0${Buffer.byteLength(value)}\0`);
    hash.update(value);
  };
}

/**
 * The result of `build(options)` when it would be a no-op: the last build's package and findings, or
 * undefined when anything changed (or the build makes editions, which are registered on every build).
 * The key is returned for `build` to use, so it is computed once.
 */
export function unchangedBuild(options: BuildOptions): { result?: BuildResult; key?: UnchangedKey } {
  const withEditions = (options.recipients?.length ?? 0) > 0 || options.recipientsFile !== undefined;
  // A signed build always runs: the key that signs it is no input the stamp could compare.
  if (!options.toolFile || withEditions || options.signingKey) return {};
  const started = performance.now();
  const env = options.env ?? process.env;
  const key = keyForBuild({ contentDir: options.contentDir, outDir: options.outDir, revision: options.revision, env, toolFile: options.toolFile });
  const last = unchangedPackage(options.outDir, key.key);
  if (!last) return { key };
  options.onProgress?.({ stage: 'unchanged', detail: 'inputs as last built; the zip in out/ and the archive are current', seconds: (performance.now() - started) / 1000 });
  return { result: { ok: true, diagnostics: last.diagnostics, package: last.package, summary: summaryLine(last.package) } };
}

/** The line saying where the package went and what the archive did. */
export function summaryLine(written: WrittenPackage): string {
  return `${path.relative(process.cwd(), written.zipPath) || written.zipPath} (archive: ${written.archive.status}, ${path.relative(process.cwd(), written.archive.dir) || written.archive.dir})`;
}

/** The last build's package, when its key matches `key` and out/ and the archive hold its zip as written. */
export function unchangedPackage(outDir: string, key: string): { package: WrittenPackage; diagnostics: Diagnostic[] } | undefined {
  const stamp = readStamp(outDir);
  if (!stamp || stamp.key !== key) return undefined;
  if (!stamp.package || !stamp.diagnostics) return undefined;
  const { zipPath, sha256 } = stamp.package;
  if (sha256Of(zipPath) !== sha256 || sha256Of(stamp.archivedZip) !== sha256) return undefined;
  return { package: { ...stamp.package, archive: { ...stamp.package.archive, status: 'unchanged' } }, diagnostics: stamp.diagnostics };
}

/** Records a finished build in out/, for the next build to compare its key with. */
export async function recordBuild(key: UnchangedKey, written: WrittenPackage, diagnostics: readonly Diagnostic[]): Promise<void> {
  const archivedZip = path.join(written.archive.dir, path.basename(written.zipPath));
  const stamp: BuildStamp = { key: key.key, extras: [...key.extras], package: written, archivedZip, diagnostics: [...diagnostics] };
  await writeFileAtomic(key.stampPath, Buffer.from(`${JSON.stringify(stamp)}\n`));
}

function readStamp(outDir: string): Partial<BuildStamp> | undefined {
  try {
    return JSON.parse(readFileSync(stampPath(outDir), 'utf8')) as BuildStamp;
  } catch {
    return undefined;
  }
}

function sha256Of(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

function readOptional(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.from('(missing)');
  }
}

/** Every file under a folder, absolute, in a fixed order. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = path.join(at, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) out.push(abs);
    }
  };
  walk(dir);
  return out;
}

/** The folder of the tool's package.json: the nearest one above its code file. */
function toolRoot(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (readOptional(path.join(dir, 'package.json')).toString().includes('"name": "trust-package"')) return dir;
    if (path.dirname(dir) === dir) return path.dirname(file);
  }
}
