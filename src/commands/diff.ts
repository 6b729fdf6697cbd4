import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { affectedRecipients, diffSnapshots, formatMarkdown, formatText, type AffectedRecipient, type PackageDiff } from '../diff';
import { loadVersion, readRegister, writeFileAtomic } from '../archive';
import { loadSigningKey, noticeFileName, signSshsig, timestampFor } from '../package';
import type { SigningKeyFile } from './signing-files';
import { readFonts } from '../load/fonts';
import { renderPdf } from '../formats/pdf/engine/render';
import { noticeDocument } from '../documents';
import { pdfDefinition } from '../formats/pdf/document';
import { makeTheme } from '../formats/pdf/theme';
import { readImage } from '../load/assets';
import { loadConfig } from '../load';
import { Diagnostics } from '../diagnostics';
import type { CheckResult } from './build';
import type { DiffFormat } from './diff-formats';
import { escapeControl } from '../text';
import { count } from '../text/plural';

export interface DiffOptions {
  from: string;
  to: string;
  format: DiffFormat;
  contentDir: string;
  outDir: string;
  env?: NodeJS.ProcessEnv;
  /** For `pdf`: sign each notice with this key, as a detached `<notice>.pdf.sig` beside it. */
  signingKey?: SigningKeyFile;
}

export interface DiffResult extends CheckResult {
  /** What to print: the comparison (text, md), or where the notice went and whom to send it to (pdf). */
  text?: string;
  diff?: PackageDiff;
  recipients?: AffectedRecipient[];
  /** The general change notice written, for `pdf`. */
  file?: string;
  /** Every notice written, for `pdf`: the general one, then one addressed to each recipient to tell. */
  files?: string[];
}

/** Compares two archived versions and says who holds the older one; for `pdf`, writes the change notice to out/. */
export async function diff(options: DiffOptions): Promise<DiffResult> {
  // The archive's place and the notice's brand come from the config alone (the versions compared are
  // archived packages); a broken config is reported, not guessed past.
  const diagnostics = new Diagnostics();
  const config = loadConfig(options.contentDir, diagnostics)?.config;
  if (!config || diagnostics.hasErrors()) return { ok: false, diagnostics: diagnostics.items };
  const root = path.dirname(path.resolve(options.contentDir));
  // Read before comparing, so that a wrong key fails at once and not after the PDFs are rendered.
  const published = options.signingKey && config.signing?.publicKey;
  const signingKey =
    options.format === 'pdf' && options.signingKey
      ? loadSigningKey(options.signingKey.bytes, options.signingKey.label, published ? { label: published, text: readFileSync(path.resolve(root, published), 'utf8') } : undefined)
      : undefined;
  const archiveDir = path.resolve(root, config.archive.dir);
  const from = await loadVersion(options.from, archiveDir);
  const to = await loadVersion(options.to, archiveDir);
  const changes = diffSnapshots(from, to);
  const recipients = affectedRecipients(readRegister(archiveDir), to);
  const result = { ok: true, diagnostics: diagnostics.items, diff: changes, recipients };
  if (options.format === 'text') return { ...result, text: formatText(changes, recipients) };
  if (options.format === 'md') return { ...result, text: formatMarkdown(changes, recipients) };

  const theme = makeTheme(config);
  const assets = { images: new Map(), ...(config.brand.logo ? { logo: readImage(root, config.brand.logo) } : {}) };
  const date = timestampFor(to.reviewDate, options.env ?? process.env);
  const fonts = readFonts(root, config.brand.fonts);
  const version = to.revision && to.revision > 1 ? `${to.reviewDate}-r${to.revision}` : to.reviewDate;
  const outDir = path.resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const written: { file: string; pages: number; to?: string }[] = [];
  // The general notice, then one addressed copy for each recipient to tell, ready to send.
  for (const addressee of [undefined, ...recipients]) {
    const pdf = await renderPdf(
      () => pdfDefinition(noticeDocument(config, changes, addressee && { name: addressee.recipient, email: addressee.email }), assets, theme),
      fonts,
      date,
    );
    const file = path.join(outDir, noticeFileName(config.company.name, version, addressee?.recipient));
    await writeFileAtomic(file, pdf.bytes);
    // Detached, like `ssh-keygen -Y sign` makes it: the recipient checks the PDF with the same command as the package.
    if (signingKey) await writeFileAtomic(`${file}.sig`, signSshsig(pdf.bytes, signingKey));
    written.push({ file, pages: pdf.pages, to: addressee?.recipient });
  }
  const show = (file: string) => path.relative(process.cwd(), file) || file;
  const pages = (n: number) => count(n, 'page');
  const lines = formatText(changes, recipients).split('\n');
  const audience = lines.slice(lines.findIndex((line) => line.startsWith('Recipients to tell')));
  const addressed = written.slice(1).map((w) => `  ${show(w.file)} (to ${escapeControl(w.to ?? '')}, ${pages(w.pages)})`);
  return {
    ...result,
    file: written[0].file,
    files: written.map((w) => w.file),
    text: [`${show(written[0].file)} (${pages(written[0].pages)})`, ...audience, ...(addressed.length ? ['Addressed copies:', ...addressed] : [])].join('\n'),
  };
}
