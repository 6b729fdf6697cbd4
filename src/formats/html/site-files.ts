import path from 'node:path';
import type { FeedModel } from '../../documents/feed';
import type { SiteModel } from '../../documents/site';
import type { FontBytes } from '../../load/fonts';
import type { Config, FontFiles } from '../../load/types';
import type { SiteData } from '../../model/data-files';
import type { Assets, ImageAsset } from '../../model/assets';
import { stylesheet, fontFaces, siteTheme } from './styles';
import { trustPages } from './trust-page';
import { atomFeed } from './atom';
import { securityTxt } from './security-txt';

/** A file of the site, by its path inside out/site/. */
export interface SiteFile {
  path: string;
  bytes: Buffer;
}

/** Everything the site is made of, all of it public already (see publicModel). */
export interface SiteInput {
  config: Config;
  site: SiteModel;
  feed: FeedModel;
  /** controls.json, subprocessors.json and faq.json: the values of the public model's data files (see publicData). */
  data: SiteData;
  /** The public edition of the whitepaper. */
  whitepaper: { file: string; bytes: Buffer };
  assets: Assets;
  /** The images the public sections show, by project-relative path. */
  images: readonly string[];
  /** The brand fonts, when brand.fonts is set; the page then uses them too. */
  fonts?: { files: FontFiles; bytes: FontBytes };
}

const FONT_NAMES: Record<keyof FontFiles, string> = { normal: 'brand-regular', bold: 'brand-bold', italics: 'brand-italic', bolditalics: 'brand-bolditalic' };

/** Every file of the site, sorted by path: the same input gives the same bytes. Pure. */
export function siteFiles(input: SiteInput): SiteFile[] {
  const { config } = input;
  const base = siteBase(config);
  const files: SiteFile[] = [];
  const add = (p: string, bytes: Buffer | string) => files.push({ path: p, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes });

  const logo = input.assets.logo && imageFile('assets/logo', input.assets.logo);
  if (logo) add(logo.path, logo.bytes);
  const images = new Map<string, string>();
  input.images.forEach((src, i) => {
    const asset = input.assets.images.get(src);
    if (!asset) return;
    const file = imageFile(`images/${i + 1}-${path.posix.basename(src, path.posix.extname(src)).replace(/[^A-Za-z0-9_-]/g, '-')}`, asset);
    images.set(src, file.path);
    add(file.path, file.bytes);
  });
  let faces = '';
  if (input.fonts) {
    const names = {} as FontFiles;
    for (const face of Object.keys(FONT_NAMES) as (keyof FontFiles)[]) {
      const ext = input.fonts.files[face].toLowerCase().endsWith('.otf') ? '.otf' : '.ttf';
      names[face] = `${FONT_NAMES[face]}${ext}`;
      add(`fonts/${names[face]}`, input.fonts.bytes[face]);
    }
    faces = fontFaces(names);
  }
  add('style.css', stylesheet(siteTheme(config.brand.primaryColor, config.brand.accentColor, Boolean(input.fonts)), faces));
  for (const page of trustPages(input.site, { ...(logo ? { logoHref: logo.path } : {}), imageHref: (src) => images.get(src), whitepaperBytes: input.whitepaper.bytes.length })) {
    add(page.file, page.html);
  }
  add(input.whitepaper.file, input.whitepaper.bytes);
  add('controls.json', json(input.data.controls));
  add('subprocessors.json', json(input.data.subprocessors));
  if (input.data.faq) add('faq.json', json(input.data.faq));
  add('feed.xml', atomFeed(input.feed, base ? { base } : {}));
  add('.well-known/security.txt', securityTxt(config, base));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `site.url` ending in one `/`, or undefined. */
export function siteBase(config: Config): string | undefined {
  const url = config.site?.url;
  return url ? url.replace(/\/*$/, '/') : undefined;
}

function imageFile(stem: string, asset: ImageAsset): SiteFile {
  if (asset.kind === 'svg') return { path: `${stem}.svg`, bytes: Buffer.from(asset.svg, 'utf8') };
  return { path: `${stem}.${asset.format === 'png' ? 'png' : 'jpg'}`, bytes: asset.bytes };
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
