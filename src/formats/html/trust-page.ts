import type { SiteModel, SiteSection } from '../../documents/site';
import { blocksHtml, tableHtml, type BlockContext } from './blocks';
import { esc, fillHtml, safeHref } from './escape';
import { fill } from '../../text/strings';
import { faqBody, faqTeaser } from './faq-page';
import { inlineHtml, type AnchorHref } from './inline';
import { pageHtml, type NavItem, type Shell } from './layout';

/** An HTML page of the site: its file name and its text. */
export interface HtmlPage {
  file: string;
  html: string;
}

/** Where the page finds the files it links to. */
export interface PageAssets {
  logoHref?: string;
  imageHref: (src: string) => string | undefined;
  /** The whitepaper PDF's size, shown beside the link. */
  whitepaperBytes: number;
}

/** The trust page: index.html, one page per section when the sections are long, and faq.html when there are public answers. */
export function trustPages(site: SiteModel, assets: PageAssets): HtmlPage[] {
  const split = site.sections.some((s) => s.page);
  const anchorPage = new Map<string, string>();
  for (const section of site.sections) for (const anchor of anchorsOf(section)) anchorPage.set(anchor, section.page ?? 'index.html');
  const hrefFrom = (file: string): AnchorHref => (anchor) => {
    const page = anchorPage.get(anchor);
    if (!page) return undefined;
    return page === file ? `#${anchor}` : `${page}#${anchor}`;
  };
  const t = site.strings;
  const nav: NavItem[] = [
    { label: t.siteHome, href: 'index.html', file: 'index.html' },
    { label: t.siteAssurance, href: 'index.html#assurance', file: 'index.html' },
    { label: t.siteControls, href: 'index.html#controls', file: 'index.html' },
    { label: t.siteSubprocessors, href: 'index.html#subprocessor-list', file: 'index.html' },
    ...(site.sections.length > 0 ? [{ label: t.siteOverview, href: 'index.html#security-overview', file: 'index.html' }] : []),
    { label: t.siteDocuments, href: 'index.html#documents', file: 'index.html' },
    ...(site.faq ? [{ label: t.siteFaq, href: site.faq.page, file: site.faq.page }] : []),
    { label: t.siteContact, href: 'index.html#contact', file: 'index.html' },
  ];
  const siteName = fill(t.siteName, { company: site.company.name });
  const shell: Shell = {
    language: site.language,
    siteName,
    feedTitle: fill(t.feedTitle, { company: site.company.name }),
    skip: t.siteSkip,
    navLabel: t.siteNavigation,
    ...(assets.logoHref ? { logoHref: assets.logoHref } : {}),
    nav,
    footer: `<p>${esc(site.company.legalName)} · ${esc(fill(t.lastReviewedNote, { date: site.reviewDateText }))} · <a href="subprocessors.json">subprocessors.json</a> · <a href="controls.json">controls.json</a>${site.faq ? ' · <a href="faq.json">faq.json</a>' : ''} · <a href="feed.xml">${esc(t.siteFeedLink)}</a> · <a href="${esc(safeHref(site.company.website) ?? '')}">${esc(site.company.website)}</a></p>`,
  };
  const context = (file: string, headingShift: number): BlockContext => ({ anchorHref: hrefFrom(file), headingShift, imageHref: assets.imageHref, tables: { count: 0 }, strings: t });
  const description = fill(t.siteDescription, { company: site.company.name, date: site.reviewDateText });
  const index = indexBody(site, assets, context('index.html', 1), split);
  const pages: HtmlPage[] = [{ file: 'index.html', html: pageHtml(shell, 'index.html', siteName, description, index) }];
  for (const section of site.sections) {
    if (!section.page) continue;
    const body = `${blocksHtml(section.blocks, context(section.page, 0))}\n<p class="meta">${esc(fill(t.lastReviewedNote, { date: site.reviewDateText }))}.</p>\n${sectionNav(site, section.page)}`;
    pages.push({ file: section.page, html: pageHtml(shell, section.page, `${section.title} · ${siteName}`, description, body) });
  }
  if (site.faq) {
    const faqDescription = fill(t.siteFaqDescription, { company: site.company.name, date: site.reviewDateText });
    pages.push({ file: site.faq.page, html: pageHtml(shell, site.faq.page, `${t.siteFaqHeading} · ${siteName}`, faqDescription, faqBody(site, site.faq)) });
  }
  return pages;
}

/** On a section's page: every section of the security overview, the current one marked. */
function sectionNav(site: SiteModel, current: string): string {
  const items = site.sections.map((s) => `<li><a href="${esc(s.page!)}"${s.page === current ? ' aria-current="page"' : ''}>${esc(s.title)}</a></li>`).join('\n');
  const label = esc(site.strings.siteOverview);
  return `<nav class="sections" aria-label="${label}"><h2>${label}</h2>\n<ol>\n${items}\n</ol></nav>`;
}

function anchorsOf(section: SiteSection): string[] {
  const walk = (blocks: SiteSection['blocks']): string[] =>
    blocks.flatMap((b) => (b.type === 'heading' ? [b.anchor] : b.type === 'list' ? b.items.flatMap(walk) : b.type === 'blockquote' ? walk(b.blocks) : []));
  return walk(section.blocks);
}

function indexBody(site: SiteModel, assets: PageAssets, ctx: BlockContext, split: boolean): string {
  const { company, strings: t } = site;
  const name = esc(company.name);
  const contact = `<a href="${esc(company.contactHref)}">${esc(company.securityContact)}</a>`;
  const parts = [
    `<h1>${fillHtml(t.siteHeading, { company: name })}</h1>`,
    `<p class="lead">${fillHtml(t.siteLead, { company: name })}</p>`,
    `<p class="meta">${esc(t.lastReviewed)} <time datetime="${esc(site.reviewDate)}">${esc(site.reviewDateText)}</time> · ${esc(t.securityContact)} ${contact}</p>`,
    assuranceHtml(site),
    controlsHtml(site, ctx),
    subprocessorsHtml(site, ctx),
    documentsHtml(site, assets),
    sectionsHtml(site, ctx, split),
    site.faq ? faqTeaser(site, site.faq) : '',
    `<section aria-labelledby="contact"><h2 id="contact">${esc(t.siteContact)}</h2>\n<p>${fillHtml(t.siteContactText, { contact })}</p>\n<p>${fillHtml(t.siteVulnerability, { link: '<a href=".well-known/security.txt">security.txt</a>' })}</p></section>`,
  ];
  return parts.filter(Boolean).join('\n');
}

function assuranceHtml(site: SiteModel): string {
  const { own, providers, frameworksText } = site.assurance;
  const t = site.strings;
  const name = esc(site.company.name);
  const ownText =
    own === undefined
      ? ''
      : own.length === 0
        ? `<p class="status"><strong>${fillHtml(t.siteNoCertification, { company: name })}</strong> ${fillHtml(t.siteSelfAttested, { company: name })}</p>`
        : `<p class="status"><strong>${fillHtml(t.siteHolds, { company: name })}</strong> ${esc(own.join(', '))}.</p>`;
  const providerList = providers.length
    ? `<p>${esc(t.siteProviders)}</p>\n<ul>${providers.map((p) => `<li><strong>${esc(p.name)}</strong>: ${esc(p.certifications.join(', '))}</li>`).join('')}</ul>\n<p class="meta">${fillHtml(t.siteProvidersNote, { company: name })}</p>`
    : '';
  const mapping = frameworksText ? `<p>${fillHtml(own && own.length > 0 ? t.siteMapping : t.siteMappingNoClaim, { frameworks: esc(frameworksText) })}</p>` : '';
  return `<section aria-labelledby="assurance"><h2 id="assurance">${esc(t.siteAssuranceHeading)}</h2>\n${[ownText, providerList, mapping].filter(Boolean).join('\n')}</section>`;
}

function controlsHtml(site: SiteModel, ctx: BlockContext): string {
  const t = site.strings;
  const cards = site.controls
    .map((c) => {
      const refs = c.frameworks.length ? c.frameworks.map((f) => `${esc(f.name)}: ${esc(f.refs.join(', '))}`).join('; ') : esc(t.siteNoFramework);
      return `<li class="card" id="control-${esc(c.id)}"><h3>${esc(c.area)}</h3>\n<p>${inlineHtml(c.runs, ctx.anchorHref)}</p>\n<p class="refs">${refs}</p></li>`;
    })
    .join('\n');
  return `<section aria-labelledby="controls"><h2 id="controls">${esc(t.siteControlsHeading)}</h2>\n<p>${fillHtml(t.siteControlsLead, { count: site.controls.length })}</p>\n<ul class="cards">\n${cards}\n</ul></section>`;
}

function subprocessorsHtml(site: SiteModel, ctx: BlockContext): string {
  const t = site.strings;
  const table = site.subprocessorTable;
  const lead = fillHtml(t.siteSubprocessorsLead, { company: esc(site.company.name), feed: `<a href="feed.xml">${esc(t.siteAtomFeed)}</a>`, json: '<a href="subprocessors.json">subprocessors.json</a>' });
  const html = table.type === 'table' ? tableHtml(table.role, table.align, table.header, table.rows, ctx, site.subprocessors.map((s) => s.anchor)) : '';
  return `<section aria-labelledby="subprocessor-list"><h2 id="subprocessor-list">${esc(t.siteSubprocessors)}</h2>\n<p>${lead}</p>\n${html}</section>`;
}

function documentsHtml(site: SiteModel, assets: PageAssets): string {
  const t = site.strings;
  const { whitepaper, onRequest } = site.documents;
  const size = `${Math.max(1, Math.round(assets.whitepaperBytes / 1024))} KB`;
  const items = [
    `<li><a href="${esc(whitepaper.href)}" download>${fillHtml(t.siteDownload, { document: esc(whitepaper.label) })}</a>, ${esc(size)}<span class="note">${esc(whitepaper.note)}</span></li>`,
    ...onRequest.map((d) => `<li><a href="${esc(d.href)}">${fillHtml(t.siteRequest, { document: esc(d.label) })}</a> ${esc(t.siteByEmail)}<span class="note">${esc(d.note)}</span></li>`),
  ];
  return `<section aria-labelledby="documents"><h2 id="documents">${esc(t.siteDocuments)}</h2>\n<ul class="docs">\n${items.join('\n')}\n</ul></section>`;
}

function sectionsHtml(site: SiteModel, ctx: BlockContext, split: boolean): string {
  if (site.sections.length === 0) return '';
  const head = `<h2 id="security-overview">${esc(site.strings.siteOverview)}</h2>`;
  if (split) {
    const links = site.sections.map((s) => `<li><a href="${esc(s.page!)}">${esc(s.title)}</a></li>`).join('\n');
    return `<section aria-labelledby="security-overview">${head}\n<p>${esc(site.strings.siteSectionsLead)}</p>\n<ol>\n${links}\n</ol></section>`;
  }
  // On the index the sections sit under "Security overview", one level down.
  const inner = { ...ctx, headingShift: 2 };
  return `<section aria-labelledby="security-overview">${head}\n${site.sections.map((s) => blocksHtml(s.blocks, inner)).join('\n')}</section>`;
}
