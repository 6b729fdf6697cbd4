import type { SiteModel, SiteSection } from '../../documents/site';
import { blocksHtml, tableHtml, type BlockContext } from './blocks';
import { plain } from '../../documents/blocks';
import { esc, safeHref } from './escape';
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
  const nav: NavItem[] = [
    { label: 'Home', href: 'index.html', file: 'index.html' },
    { label: 'Assurance', href: 'index.html#assurance', file: 'index.html' },
    { label: 'Controls', href: 'index.html#controls', file: 'index.html' },
    { label: 'Subprocessors', href: 'index.html#subprocessor-list', file: 'index.html' },
    ...(site.sections.length > 0 ? [{ label: 'Security overview', href: 'index.html#security-overview', file: 'index.html' }] : []),
    { label: 'Documents', href: 'index.html#documents', file: 'index.html' },
    ...(site.faq ? [{ label: 'FAQ', href: site.faq.page, file: site.faq.page }] : []),
    { label: 'Contact', href: 'index.html#contact', file: 'index.html' },
  ];
  const shell: Shell = {
    language: site.language,
    company: site.company.name,
    ...(assets.logoHref ? { logoHref: assets.logoHref } : {}),
    nav,
    footer: `<p>${esc(site.company.legalName)} · Last reviewed ${esc(site.reviewDateText)} · <a href="subprocessors.json">subprocessors.json</a> · <a href="controls.json">controls.json</a>${site.faq ? ' · <a href="faq.json">faq.json</a>' : ''} · <a href="feed.xml">Subprocessor changes (Atom feed)</a> · <a href="${esc(safeHref(site.company.website) ?? '')}">${esc(site.company.website)}</a></p>`,
  };
  const context = (file: string, headingShift: number): BlockContext => ({ anchorHref: hrefFrom(file), headingShift, imageHref: assets.imageHref, tables: { count: 0 } });
  const description = `Security, compliance and subprocessors of ${site.company.name}, last reviewed ${site.reviewDateText}.`;
  const index = indexBody(site, assets, context('index.html', 1), split);
  const pages: HtmlPage[] = [{ file: 'index.html', html: pageHtml(shell, 'index.html', `${site.company.name} Trust Center`, description, index) }];
  for (const section of site.sections) {
    if (!section.page) continue;
    const body = `${blocksHtml(section.blocks, context(section.page, 0))}\n<p class="meta">Last reviewed ${esc(site.reviewDateText)}.</p>\n${sectionNav(site, section.page)}`;
    pages.push({ file: section.page, html: pageHtml(shell, section.page, `${section.title} · ${site.company.name} Trust Center`, description, body) });
  }
  if (site.faq) {
    const faqDescription = `Answers to common security questions about ${site.company.name}, last reviewed ${site.reviewDateText}.`;
    pages.push({ file: site.faq.page, html: pageHtml(shell, site.faq.page, `Frequently asked questions · ${site.company.name} Trust Center`, faqDescription, faqBody(site, site.faq)) });
  }
  return pages;
}

/** On a section's page: every section of the security overview, the current one marked. */
function sectionNav(site: SiteModel, current: string): string {
  const items = site.sections.map((s) => `<li><a href="${esc(s.page!)}"${s.page === current ? ' aria-current="page"' : ''}>${esc(s.title)}</a></li>`).join('\n');
  return `<nav class="sections" aria-label="Security overview"><h2>Security overview</h2>\n<ol>\n${items}\n</ol></nav>`;
}

function anchorsOf(section: SiteSection): string[] {
  const walk = (blocks: SiteSection['blocks']): string[] =>
    blocks.flatMap((b) => (b.type === 'heading' ? [b.anchor] : b.type === 'list' ? b.items.flatMap(walk) : b.type === 'blockquote' ? walk(b.blocks) : []));
  return walk(section.blocks);
}

function indexBody(site: SiteModel, assets: PageAssets, ctx: BlockContext, split: boolean): string {
  const { company } = site;
  const contact = `<a href="${esc(company.contactHref)}">${esc(company.securityContact)}</a>`;
  const parts = [
    `<h1>${esc(company.name)} security and trust</h1>`,
    `<p class="lead">How ${esc(company.name)} protects the data its customers entrust to it: certifications, controls, subprocessors and documents, from the same source as our security package.</p>`,
    `<p class="meta">Last reviewed <time datetime="${esc(site.reviewDate)}">${esc(site.reviewDateText)}</time> · Security contact ${contact}</p>`,
    assuranceHtml(site),
    controlsHtml(site, ctx),
    subprocessorsHtml(site, ctx),
    documentsHtml(site, assets),
    sectionsHtml(site, ctx, split),
    site.faq ? faqTeaser(site.faq) : '',
    `<section aria-labelledby="contact"><h2 id="contact">Contact</h2>\n<p>Questions about security, privacy or a review: write to ${contact}. We answer security questionnaires on request.</p>\n<p>Report a vulnerability: see <a href=".well-known/security.txt">security.txt</a>.</p></section>`,
  ];
  return parts.filter(Boolean).join('\n');
}

function assuranceHtml(site: SiteModel): string {
  const { own, providers, frameworks } = site.assurance;
  const name = esc(site.company.name);
  const ownText =
    own === undefined
      ? ''
      : own.length === 0
        ? `<p class="status"><strong>${name} itself holds no certification.</strong> The controls it runs in its own application are self-attested: documented and maintained by ${name}, not examined by an independent auditor.</p>`
        : `<p class="status"><strong>${name} holds:</strong> ${esc(own.join(', '))}.</p>`;
  const providerList = providers.length
    ? `<p>Independently certified providers the service runs on:</p>\n<ul>${providers.map((p) => `<li><strong>${esc(p.name)}</strong>: ${esc(p.certifications.join(', '))}</li>`).join('')}</ul>\n<p class="meta">These certifications belong to the providers named, not to ${name}.</p>`
    : '';
  const mapping = frameworks.length
    ? `<p>Our controls are mapped to ${esc(listText(frameworks.map((f) => f.name)))} for reviewers' convenience${own && own.length > 0 ? '' : '; the mapping is a reference, not a claim of certification'}.</p>`
    : '';
  return `<section aria-labelledby="assurance"><h2 id="assurance">Assurance summary</h2>\n${[ownText, providerList, mapping].filter(Boolean).join('\n')}</section>`;
}

function controlsHtml(site: SiteModel, ctx: BlockContext): string {
  const cards = site.controls
    .map((c) => {
      const refs = c.frameworks.length ? c.frameworks.map((f) => `${esc(f.name)}: ${esc(f.refs.join(', '))}`).join('; ') : 'No framework reference';
      return `<li class="card" id="control-${esc(c.id)}"><h3>${esc(c.area)}</h3>\n<p>${inlineHtml(c.runs, ctx.anchorHref)}</p>\n<p class="refs">${refs}</p></li>`;
    })
    .join('\n');
  return `<section aria-labelledby="controls"><h2 id="controls">Controls by area</h2>\n<p>${site.controls.length} control areas, each with the framework criteria it maps to.</p>\n<ul class="cards">\n${cards}\n</ul></section>`;
}

function subprocessorsHtml(site: SiteModel, ctx: BlockContext): string {
  const rows = site.subprocessors.map((s) => [
    plain(s.name, s.website ? { link: s.website } : {}),
    plain(s.purpose),
    plain(s.data),
    plain(s.location),
    plain(s.certifications.length ? s.certifications.join(', ') : 'None stated'),
  ]);
  const header = ['Subprocessor', 'Purpose', 'Data processed', 'Location', 'Certifications'].map((h) => plain(h));
  return `<section aria-labelledby="subprocessor-list"><h2 id="subprocessor-list">Subprocessors</h2>\n<p>The third parties that process customer data for ${esc(site.company.name)}. Subscribe to changes with the <a href="feed.xml">Atom feed</a>, or read <a href="subprocessors.json">subprocessors.json</a>.</p>\n${tableHtml('subprocessors', header.map(() => null), header, rows, ctx, site.subprocessors.map((s) => s.anchor))}</section>`;
}

function documentsHtml(site: SiteModel, assets: PageAssets): string {
  const { whitepaper, onRequest } = site.documents;
  const size = `${Math.max(1, Math.round(assets.whitepaperBytes / 1024))} KB`;
  const items = [
    `<li><a href="${esc(whitepaper.href)}" download>Download ${esc(whitepaper.label)}</a>, ${esc(size)}<span class="note">${esc(whitepaper.note)}</span></li>`,
    ...onRequest.map((d) => `<li><a href="${esc(d.href)}">Request ${esc(d.label)}</a> (by email)<span class="note">${esc(d.note)}</span></li>`),
  ];
  return `<section aria-labelledby="documents"><h2 id="documents">Documents</h2>\n<ul class="docs">\n${items.join('\n')}\n</ul></section>`;
}

function sectionsHtml(site: SiteModel, ctx: BlockContext, split: boolean): string {
  if (site.sections.length === 0) return '';
  const head = '<h2 id="security-overview">Security overview</h2>';
  if (split) {
    const links = site.sections.map((s) => `<li><a href="${esc(s.page!)}">${esc(s.title)}</a></li>`).join('\n');
    return `<section aria-labelledby="security-overview">${head}\n<p>The public sections of our security whitepaper, one page each:</p>\n<ol>\n${links}\n</ol></section>`;
  }
  // On the index the sections sit under "Security overview", one level down.
  const inner = { ...ctx, headingShift: 2 };
  return `<section aria-labelledby="security-overview">${head}\n${site.sections.map((s) => blocksHtml(s.blocks, inner)).join('\n')}</section>`;
}

function listText(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
