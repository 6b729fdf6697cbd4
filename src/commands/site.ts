import path from 'node:path';
import { archiveSite, listArchivedSites, readArchivedSiteFile, replaceDir } from '../archive';
import { Diagnostics } from '../diagnostics';
import { feedModel, type PublishedList } from '../documents/feed';
import { packageDocuments } from '../documents/package';
import { publicModel } from '../documents/public';
import { legalTitles, siteModel } from '../documents/site';
import { documentStrings } from '../documents/package';
import { fill } from '../text/strings';
import { pdfDefinition } from '../formats/pdf/document';
import { renderPdf } from '../formats/pdf/engine/render';
import { makeTheme } from '../formats/pdf/theme';
import { siteFiles, type SiteFile } from '../formats/html/site-files';
import { readImage, readImages } from '../load/assets';
import { readFonts, type FontBytes } from '../load/fonts';
import type { Assets } from '../model/assets';
import { siteData, type SubprocessorData } from '../model/data-files';
import type { PackageModel } from '../model';
import { timestampFor } from '../package';
import type { Diagnostic } from '../diagnostics';
import { loadModel } from './validate';

/** The folder under --out the site is written to. */
export const SITE_DIR = 'site';

/**
 * Renders the public trust page of a package: the public view of the model only, so nda content cannot
 * reach any file. The feed reads the public lists of earlier review dates from the archived sites.
 */
export async function renderSite(model: PackageModel, assets: Assets, fonts: FontBytes, date: Date): Promise<SiteFile[]> {
  const pub = publicModel(model);
  const { config, root } = pub.content;
  const [whitepaper] = packageDocuments(pub);
  whitepaper.name = `${whitepaper.name}-Public`;
  whitepaper.meta = { ...whitepaper.meta, subject: fill(documentStrings(config).publicEditionSubject, { subject: whitepaper.meta.subject }) };
  const pdf = await renderPdf(() => pdfDefinition(whitepaper, assets, makeTheme(config)), fonts, date);
  const file = `${whitepaper.name}.pdf`;
  const archiveDir = path.resolve(root, config.archive.dir);
  const data = siteData(pub);
  const history: PublishedList[] = [...publishedLists(archiveDir), { reviewDate: config.document.reviewDate, subprocessors: data.subprocessors.subprocessors }];
  return siteFiles({
    config,
    site: siteModel(pub, file, legalTitles(model)),
    feed: feedModel(config, history),
    data,
    whitepaper: { file, bytes: pdf.bytes },
    assets,
    images: pub.images,
    ...(config.brand.fonts ? { fonts: { files: config.brand.fonts, bytes: fonts } } : {}),
  });
}

/** The public subprocessor lists that the archived sites published, oldest first. */
function publishedLists(archiveDir: string): PublishedList[] {
  return listArchivedSites(archiveDir).flatMap((site) => {
    const bytes = readArchivedSiteFile(site, 'subprocessors.json');
    if (!bytes) return [];
    try {
      const data = JSON.parse(bytes.toString('utf8')) as { subprocessors?: SubprocessorData[] };
      return Array.isArray(data.subprocessors) ? [{ reviewDate: site.reviewDate, subprocessors: data.subprocessors }] : [];
    } catch {
      // An unreadable archived list cannot say what changed; the feed goes on with the others.
      return [];
    }
  });
}

/** Writes out/site/ whole, and keeps a copy beside the package in the archive. */
export async function publishSite(files: readonly SiteFile[], outDir: string, archive?: { dir: string; packageFolder: string }): Promise<{ dir: string; archived?: { status: string; dir: string } }> {
  const archived = archive ? await archiveSite(archive.dir, archive.packageFolder, files) : undefined;
  const dir = path.join(outDir, SITE_DIR);
  await replaceDir(dir, files);
  return { dir, ...(archived ? { archived } : {}) };
}

/** `trust-package site`: checks the content and writes out/site/ alone, without building or archiving a package. */
export async function site(options: { contentDir: string; outDir: string; env?: NodeJS.ProcessEnv }): Promise<{ ok: boolean; diagnostics: Diagnostic[]; summary?: string }> {
  const diagnostics = new Diagnostics();
  const model = loadModel(options.contentDir, diagnostics);
  if (!model || diagnostics.hasErrors()) return { ok: false, diagnostics: diagnostics.items };
  const { config, root } = model.content;
  const assets = { images: readImages(root, model.images), ...(config.brand.logo ? { logo: readImage(root, config.brand.logo) } : {}) };
  const files = await renderSite(model, assets, readFonts(root, config.brand.fonts), timestampFor(config.document.reviewDate, options.env ?? process.env));
  const written = await publishSite(files, path.resolve(options.outDir));
  return { ok: true, diagnostics: diagnostics.items, summary: `${path.relative(process.cwd(), written.dir) || written.dir} (${files.length} files; not archived: make trust-package archives the site with its package)` };
}
