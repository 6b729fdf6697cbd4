import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Diagnostics } from '../diagnostics';
import type { PackageModel } from '../model';
import { loadSigningKey, timestampFor, type SigningKey } from '../package';
import type { SigningKeyFile } from './signing-files';
import { readFonts } from '../load/fonts';
import { readImage, readImages } from '../load/assets';
import { renderDocuments } from './documents';
import { publishSite, renderSite } from './site';
import { writePackage } from './package';
import { Stopwatch } from './progress';
import { loadModel } from './validate';
import { writeEdition, type WrittenEdition } from './editions';
import { checkRecipientGlyphs, fontCoverage } from '../checks';
import { openFont } from '../formats/pdf/engine/libraries';
import { loadRecipients, readFontFaces, todayUtc } from '../load';
import { checkArchiveLocation, readRegister, REGISTER_FILE, removeStaleStaging } from '../archive';
import { count } from '../text/plural';
import { UsageError } from '../diagnostics';
import { checkAgainstRegister, checkSentAgainst } from './recipients-check';
import { keyWithExtras, recordBuild, summaryLine, unchangedBuild } from './unchanged';
import type { BuildOptions, BuildResult, CheckResult } from './build-options';

export type { BuildOptions, BuildResult, CheckResult };

/** The folder under out/ that drafts are written to. */
export const DRAFT_DIR = 'draft';

/** Loads and checks the content without building anything. */
export function validate(contentDir: string): CheckResult & { model?: PackageModel } {
  const diagnostics = new Diagnostics();
  const model = loadModel(contentDir, diagnostics);
  return { ok: model !== undefined && !diagnostics.hasErrors(), diagnostics: diagnostics.items, model };
}

/** Builds, packages and archives; writes nothing when the content has errors. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const watch = new Stopwatch(options.onProgress ?? (() => {}));
  const env = options.env ?? process.env;
  // A killed build may have left out/site moved aside: it goes back before an unchanged build returns early.
  removeStaleStaging(path.resolve(options.outDir));
  const unchanged = options.key ? { key: options.key } : unchangedBuild(options);
  if (unchanged.result) return unchanged.result;
  let key = unchanged.key;
  const checked = validate(options.contentDir);
  const model = checked.model;
  if (!checked.ok || !model) return checked;
  const recipients = [...(options.recipients ?? [])];
  if (options.recipientsFile) {
    const diagnostics = new Diagnostics();
    const listed = loadRecipients(options.recipientsFile, diagnostics);
    const all = [...checked.diagnostics, ...diagnostics.items];
    if (!listed) return { ok: false, diagnostics: all };
    recipients.push(...listed);
    checked.diagnostics = all;
  }
  const { content } = model;
  if (options.draft && recipients.length > 0) {
    throw new UsageError('A draft is never sent, so it has no recipient editions; build the draft without RECIPIENT/RECIPIENTS (--recipient/--recipients).');
  }
  // Before anything is rendered or written: an archive inside out/site would be deleted or published.
  if (!options.draft) checkArchiveLocation(content.root, content.config.archive.dir, path.resolve(options.outDir));
  const sent = options.sent ?? todayUtc(options.now ?? new Date());
  if (recipients.length > 0) {
    checkSentAgainst(sent, content.config.document.reviewDate, todayUtc(options.now ?? new Date()));
    const problems = checkAgainstRegister(recipients, readRegister(path.resolve(content.root, content.config.archive.dir)));
    if (problems.length > 0) return { ok: false, diagnostics: [...checked.diagnostics, ...problems] };
  }
  const signingKey = options.signingKey && signingKeyFor(options.signingKey, content);
  const unreadable = checkRecipientGlyphs(recipients, fontCoverage(readFontFaces(content.root, content.config.brand.fonts), openFont));
  if (unreadable.length > 0) return { ok: false, diagnostics: [...checked.diagnostics, ...unreadable] };
  watch.lap(
    'load',
    `${content.sections.length} sections, ${content.controls.length} controls, ${content.subprocessors.length} subprocessors, ${content.tables.length} tables`,
  );

  const { config, root } = content;
  // The files outside the content folder this build reads join the key before any of them is rendered.
  const used = [config.brand.logo, ...Object.values(config.brand.fonts ?? {}), ...model.images];
  if (key) key = keyWithExtras(key, filesOutside(options.contentDir, root, used));
  const fonts = readFonts(root, config.brand.fonts);
  const assets = { images: readImages(root, model.images), ...(config.brand.logo ? { logo: readImage(root, config.brand.logo) } : {}) };
  const date = timestampFor(config.document.reviewDate, env);
  const documents = await renderDocuments(model, assets, fonts, date, undefined, options.draft);
  const pdfs = documents.filter((d) => d.pages !== undefined);
  const words = documents.length - pdfs.length;
  watch.lap('render', pdfs.map((d) => `${d.pages} p`).join(' + ') + ` in ${pdfs.length} PDFs` + (words ? ` and ${words} Word files` : ''));

  const show = (file: string) => path.relative(process.cwd(), file) || file;
  const written = await writePackage(model, documents, {
    contentDir: options.contentDir,
    outDir: options.draft ? path.resolve(options.outDir, DRAFT_DIR) : path.resolve(options.outDir),
    revision: options.revision,
    date,
    toolVersion: toolVersion(),
    draft: options.draft,
    signingKey,
  });
  const archive = written.archive;
  if (!archive) {
    watch.lap('package', `${written.files} files, ${(written.bytes / 1024).toFixed(0)} KiB zip, draft (not archived)`);
    return { ...checked, package: written, summary: `${show(written.zipPath)} (draft: not archived, not registered; every page marked DRAFT)` };
  }
  watch.lap('package', `${written.files} files, ${(written.bytes / 1024).toFixed(0)} KiB zip, archive ${archive.status}`);
  let summary = summaryLine(written);
  if (config.site?.enabled !== false) {
    const files = await renderSite(model, assets, fonts, date);
    const site = await publishSite(files, path.resolve(options.outDir), { dir: path.resolve(root, config.archive.dir), packageFolder: path.basename(archive.dir) });
    watch.lap('site', `${files.length} files, archive ${site.archived?.status}`);
    summary += `\n${show(site.dir)} (the public trust page; archive: ${site.archived?.status}, ${show(site.archived!.dir)})`;
  }
  // Recorded after the site too, so that a build whose site failed is not taken for a finished one next time.
  if (key) await recordBuild(key, written, checked.diagnostics);
  if (recipients.length === 0) return { ...checked, package: written, summary };

  const ctx = { model, assets, fonts, signingKey, meta: written.meta, baseDir: archive.dir, outDir: path.resolve(options.outDir), env, now: options.now ?? new Date() };
  const editions: WrittenEdition[] = [];
  for (const recipient of recipients) {
    const edition = await writeEdition(ctx, recipient, sent);
    editions.push(edition);
    watch.lap('edition', `${edition.documentId} ${recipient.name}, ${(edition.bytes / 1024).toFixed(0)} KiB, archive ${edition.archive.status}`);
  }
  const seconds = editions.reduce((sum, e) => sum + e.seconds, 0);
  const lines = editions.map((e) => `${path.relative(process.cwd(), e.zipPath) || e.zipPath} (${e.recipient.name}, ${e.documentId}, sent ${e.sent}, archive: ${e.archive.status})`);
  lines.push(`${count(editions.length, 'edition')} in ${seconds.toFixed(2)} s, ${(seconds / editions.length).toFixed(2)} s per edition; register: ${path.relative(process.cwd(), registerPath(content)) || registerPath(content)}`);
  return { ...checked, package: written, editions, summary: [summary, ...lines].join('\n') };
}

/** The parsed signing key, checked against the public key the project publishes (signing.publicKey) when set. */
function signingKeyFor(file: SigningKeyFile, content: { root: string; config: { signing?: { publicKey?: string } } }): SigningKey {
  const published = content.config.signing?.publicKey;
  // The config rules have checked that the file exists inside the project and holds a public key.
  const text = published === undefined ? undefined : readFileSync(path.resolve(content.root, published), 'utf8');
  return loadSigningKey(file.bytes, file.label, published === undefined ? undefined : { label: published, text: text as string });
}

/** Project files (paths relative to `root`) that are not under the content folder, absolute. */
function filesOutside(contentDir: string, root: string, files: readonly (string | undefined)[]): string[] {
  const content = path.resolve(contentDir) + path.sep;
  const abs = files.filter((f): f is string => f !== undefined).map((f) => path.resolve(root, f));
  return [...new Set(abs.filter((f) => !f.startsWith(content)))].sort();
}

function registerPath(content: { root: string; config: { archive: { dir: string } } }): string {
  return path.join(path.resolve(content.root, content.config.archive.dir), REGISTER_FILE);
}

/**
 * The tool's own version, from its package.json: the nearest one above this file, which is
 * `dist/build/` when compiled by tsc and `dist/` when bundled into one file.
 */
export function toolVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'trust-package') return pkg.version;
    } catch {
      // No package.json here: look one folder up.
    }
    if (path.dirname(dir) === dir) throw new Error(`toolVersion: no package.json of trust-package above ${__dirname}`);
  }
}
