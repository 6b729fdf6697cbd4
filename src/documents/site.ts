import { documentStrings } from './package';
import type { Config, Subprocessor } from '../load/types';
import type { Run } from '../model/blocks';
import type { DocBlock } from '../model/document';
import type { PackageModel } from '../model/package';
import { longDate } from '../text/dates';
import { slug } from '../text/slug';
import { documentBlocks, type DirectiveData } from './blocks';
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
  };
  controls: SiteControl[];
  subprocessors: SiteSubprocessor[];
  sections: SiteSection[];
  documents: { whitepaper: SiteLink; onRequest: SiteLink[] };
  /** The public answers of the answer library; undefined without a library or without a public answer. */
  faq?: SiteFaq;
}

/** Public section text beyond this many characters goes on pages of its own, one per section. */
export const SECTIONS_ON_INDEX_LIMIT = 8000;

/** Builds the trust page from a public model; `whitepaperFile` is the public PDF's file name in the site. */
export function siteModel(model: PackageModel, whitepaperFile: string): SiteModel {
  const { config, subprocessors } = model.content;
  const data: DirectiveData = { controls: model.controls, subprocessors, tables: model.tables, values: model.values, frameworks: model.frameworks, strings: documentStrings(config) };
  const frameworkName = (id: string) => model.frameworks.name(id);
  const sections = model.sections.map((doc, i): SiteSection => {
    const first = doc.blocks.find((b) => b.type === 'heading');
    const title = first && first.type === 'heading' ? first.text : `Section ${i + 1}`;
    return { title, anchor: first && first.type === 'heading' ? first.anchor : `section-${i + 1}`, blocks: documentBlocks(doc.blocks, data) };
  });
  const length = model.sections.reduce((sum, doc) => sum + JSON.stringify(doc.blocks).length, 0);
  const split = length > SECTIONS_ON_INDEX_LIMIT;
  // The FAQ's page name is taken whether or not there is a library, so a section's page keeps its name when one is added.
  const used = new Set(['index', FAQ_PAGE.replace(/\.html$/, '')]);
  if (split) for (const s of sections) s.page = `${uniqueName(slug(s.title, { lower: true, fallback: 'section' }), used)}.html`;
  const anchors = new Set<string>();
  const listed = subprocessors.map((s): SiteSubprocessor => ({ ...s, anchor: uniqueName(`subprocessor-${slug(s.name, { lower: true, fallback: 'entry' })}`, anchors) }));
  const faq = siteFaq(model.answers, model.controls, new Map(listed.map((s) => [s.name, s.anchor])));
  return {
    language: config.document.language,
    company: { ...pick(config), contactHref: contactHref(config, `${config.company.name} security question`) },
    title: config.document.title,
    reviewDate: config.document.reviewDate,
    reviewDateText: longDate(config.document.reviewDate),
    assurance: assurance(model),
    controls: model.controls.map((c) => ({ id: c.id, area: c.area, runs: c.runs, frameworks: Object.entries(c.frameworks).map(([key, refs]) => ({ name: frameworkName(key), refs })) })),
    subprocessors: listed,
    sections,
    documents: {
      whitepaper: { label: `${config.document.title} (PDF, public edition)`, href: whitepaperFile, note: `The public sections of the whitepaper, reviewed ${longDate(config.document.reviewDate)}.` },
      onRequest: [
        { label: 'the full security package', href: contactHref(config, `Request for the ${config.company.name} security package`), note: 'The complete whitepaper, the controls matrix and the subprocessor list, with checksums; shared under NDA.' },
        { label: 'our mutual NDA', href: contactHref(config, `Request for the ${config.company.name} mutual NDA`), note: 'Our mutual non-disclosure agreement, ready to sign.' },
        { label: 'our Data Processing Agreement (DPA)', href: contactHref(config, `Request for the ${config.company.name} DPA`), note: 'Our GDPR Article 28 DPA, with its annexes filled in.' },
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

function assurance(model: PackageModel): SiteModel['assurance'] {
  const counts = new Map<string, number>();
  for (const c of model.controls) for (const key of Object.keys(c.frameworks)) counts.set(model.frameworks.name(key), (counts.get(model.frameworks.name(key)) ?? 0) + 1);
  return {
    ...(model.content.config.company.certifications ? { own: model.content.config.company.certifications } : {}),
    providers: model.content.subprocessors.filter((s) => s.certifications.length > 0).map((s) => ({ name: s.name, certifications: s.certifications })),
    frameworks: [...counts].map(([name, controls]) => ({ name, controls })),
  };
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}
