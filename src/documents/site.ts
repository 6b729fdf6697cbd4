import { documentDate, documentStrings, documentTitle } from './package';
import type { Config, Subprocessor } from '../load/types';
import { listed } from '../model/package';
import { fill, type Strings } from '../text/strings';
import type { Run } from '../model/blocks';
import type { DocBlock } from '../model/document';
import type { PackageModel } from '../model/package';
import { slug } from '../text/slug';
import { documentBlocks, subprocessorList, type DirectiveData } from './blocks';
import { FAQ_PAGE, siteFaq, type SiteFaq } from './site-faq';

export type { SiteAnswer, SiteFaq } from './site-faq';

/** One whitepaper section as the trust page shows it. */
export interface SiteSection {
  title: string;
  anchor: string;
  /** The file of its own page when the sections are split over pages, e.g. `overview.html`. */
  page?: string;
  blocks: DocBlock[];
}

/** A control area with its framework references by display name. */
export interface SiteControl {
  id: string;
  area: string;
  runs: Run[];
  frameworks: { name: string; refs: string[] }[];
}

/** A subprocessor with the anchor of its row in the list, for links from the FAQ. */
export interface SiteSubprocessor extends Subprocessor {
  anchor: string;
}

/** A link the page offers, e.g. a document to download or to ask for. */
export interface SiteLink {
  label: string;
  href: string;
  note: string;
}

/**
 * The format-neutral trust page: what an HTML renderer draws, built from the public view of the package
 * only (see publicModel), so that nothing here can come from nda content.
 */
export interface SiteModel {
  language: string;
  /** The words of the page's language, with the team's overrides: the renderer prints no word of its own. */
  strings: Strings;
  company: { name: string; legalName: string; website: string; securityContact: string; contactHref: string };
  title: string;
  reviewDate: string;
  reviewDateText: string;
  assurance: {
    /** The company's own certifications; undefined when the settings say nothing about them. */
    own?: string[];
    /** Subprocessors with certifications: the layers that are independently certified. */
    providers: { name: string; certifications: string[] }[];
    /** Frameworks the controls are mapped to, with how many controls reference each. */
    frameworks: { name: string; controls: number }[];
    /** Their names as one phrase: "SOC 2, ISO/IEC 27001 and BSI C5". */
    frameworksText: string;
  };
  controls: SiteControl[];
  subprocessors: SiteSubprocessor[];
  /** The subprocessor list as the whitepaper's `::subprocessors` table has it, one row per entry of `subprocessors`. */
  subprocessorTable: DocBlock;
  sections: SiteSection[];
  documents: { whitepaper: SiteLink; onRequest: SiteLink[] };
  /** The public answers of the answer library; undefined without a library or without a public answer. */
  faq?: SiteFaq;
}

/** Public section text beyond this many characters goes on pages of its own, one per section. */
export const SECTIONS_ON_INDEX_LIMIT = 8000;

/** The titles of the legal templates, as their documents print them: the site offers them by these names. */
export interface LegalTitles {
  nda: string;
  dpa: string;
}

/** The titles of a (full) model's NDA and DPA: each template's first heading, else the language's name for it. */
export function legalTitles(model: PackageModel): LegalTitles {
  const strings = documentStrings(model.content.config);
  return {
    nda: model.nda ? documentTitle(model.nda, strings.ndaTitle) : strings.ndaTitle,
    dpa: model.dpa ? documentTitle(model.dpa, strings.dpaTitle) : strings.dpaTitle,
  };
}

/**
 * Builds the trust page from a public model; `whitepaperFile` is the public PDF's file name in the site,
 * `legal` the titles of the templates offered on request. Every word comes from the language's strings.
 */
export function siteModel(model: PackageModel, whitepaperFile: string, legal: LegalTitles): SiteModel {
  const { config, subprocessors } = model.content;
  const strings = documentStrings(config);
  const data: DirectiveData = { controls: model.controls, subprocessors, tables: model.tables, values: model.values, frameworks: model.frameworks, strings };
  const frameworkName = (id: string) => model.frameworks.name(id);
  const company = config.company.name;
  const reviewDateText = documentDate(config, config.document.reviewDate);
  const sections = model.sections.map((doc, i): SiteSection => {
    const first = doc.blocks.find((b) => b.type === 'heading');
    const title = first && first.type === 'heading' ? first.text : fill(strings.siteSection, { number: i + 1 });
    return { title, anchor: first && first.type === 'heading' ? first.anchor : `section-${i + 1}`, blocks: documentBlocks(doc.blocks, data) };
  });
  const length = model.sections.reduce((sum, doc) => sum + JSON.stringify(doc.blocks).length, 0);
  const split = length > SECTIONS_ON_INDEX_LIMIT;
  // The FAQ's page name is taken whether or not there is a library, so a section's page keeps its name when one is added.
  const used = new Set(['index', FAQ_PAGE.replace(/\.html$/, '')]);
  if (split) for (const s of sections) s.page = `${uniqueName(slug(s.title, { lower: true, fallback: 'section' }), used)}.html`;
  const anchors = new Set<string>();
  const listed = subprocessors.map((s): SiteSubprocessor => ({ ...s, anchor: uniqueName(`subprocessor-${slug(s.name, { lower: true, fallback: 'entry' })}`, anchors) }));
  const faq = siteFaq(model.answers, model.controls, new Map(listed.map((s) => [s.name, s.anchor])), strings);
  const request = (document: string) => contactHref(config, fill(strings.siteRequestSubject, { document, company }));
  return {
    language: config.document.language,
    strings,
    company: { ...pick(config), contactHref: contactHref(config, fill(strings.siteQuestionSubject, { company })) },
    title: config.document.title,
    reviewDate: config.document.reviewDate,
    reviewDateText,
    assurance: assurance(model, strings),
    controls: model.controls.map((c) => ({ id: c.id, area: c.area, runs: c.runs, frameworks: Object.entries(c.frameworks).map(([key, refs]) => ({ name: frameworkName(key), refs })) })),
    subprocessors: listed,
    subprocessorTable: subprocessorList(subprocessors, strings),
    sections,
    documents: {
      whitepaper: { label: fill(strings.siteWhitepaper, { title: config.document.title }), href: whitepaperFile, note: fill(strings.siteWhitepaperNote, { date: reviewDateText }) },
      onRequest: [
        { label: strings.sitePackage, href: request(strings.sitePackage), note: strings.sitePackageNote },
        { label: legal.nda, href: request(legal.nda), note: fill(strings.siteNdaNote, { title: legal.nda }) },
        { label: legal.dpa, href: request(legal.dpa), note: fill(strings.siteDpaNote, { title: legal.dpa }) },
      ],
    },
    ...(faq ? { faq } : {}),
  };
}

function pick(config: Config) {
  const { name, legalName, website, securityContact } = config.company;
  return { name, legalName, website, securityContact };
}

/** A mailto: link with a prepared subject, or the contact URL as it is. */
export function contactHref(config: Config, subject: string): string {
  const contact = config.company.securityContact;
  return contact.includes('@') && !/^https?:/i.test(contact) ? `mailto:${contact}?subject=${encodeURIComponent(subject)}` : contact;
}

function assurance(model: PackageModel, strings: Strings): SiteModel['assurance'] {
  const counts = new Map<string, number>();
  for (const c of model.controls) for (const key of Object.keys(c.frameworks)) counts.set(model.frameworks.name(key), (counts.get(model.frameworks.name(key)) ?? 0) + 1);
  return {
    ...(model.content.config.company.certifications ? { own: model.content.config.company.certifications } : {}),
    providers: model.content.subprocessors.filter((s) => s.certifications.length > 0).map((s) => ({ name: s.name, certifications: s.certifications })),
    frameworks: [...counts].map(([name, controls]) => ({ name, controls })),
    frameworksText: listed([...counts.keys()], strings.and),
  };
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}
