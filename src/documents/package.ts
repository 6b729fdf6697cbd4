import type { Config } from '../load/types';
import type { DocumentModel, Frame } from '../model/document';
import type { PackageModel } from '../model/package';
import type { Document } from '../model/blocks';
import { addMonths, longDate } from '../text/dates';
import { slug } from '../text/slug';
import { documentBlocks, type DirectiveData } from './blocks';
import { typesetDocument } from './typeset';

/** What marks a recipient edition's documents. */
export interface EditionMark {
  recipient: string;
  documentId: string;
  /** The line on every page, e.g. "Confidential, provided to Acme Corp on 29 November 2026 · ID TP-7K3M-9QXA". */
  stamp: string;
}

/** File names of the three documents without their extension, per the content contract. */
export function documentNames(company: string, reviewDate: string) {
  const name = slug(company, { fallback: 'Company' });
  return {
    whitepaper: `${name}-Security-Overview-${reviewDate}`,
    nda: `${name}-Mutual-NDA`,
    dpa: `${name}-DPA`,
  };
}

/**
 * The documents of a package, whitepaper first, then the NDA and the DPA when their templates exist,
 * their text set typographically for `document.language`. `draws` says which characters the font has
 * (default: all, as Roboto does): a curly quote or dash the brand font lacks stays plain.
 */
export function packageDocuments(model: PackageModel, edition?: EditionMark, font: { draws?: (char: string) => boolean } = {}): DocumentModel[] {
  const { config } = model.content;
  // An edition fills in the counterparty: `::field{key="counterparty.name"}` and `::signatures` print it.
  const values = edition ? new Map([...model.values, ['counterparty.name', edition.recipient]]) : model.values;
  const data: DirectiveData = { controls: model.controls, subprocessors: model.content.subprocessors, tables: model.tables, values };
  const names = documentNames(config.company.name, config.document.reviewDate);
  const docs = [whitepaper(config, model.sections, data, names.whitepaper, edition)];
  if (model.nda) docs.push(legal(config, model.nda, data, 'nda', names.nda, 'Mutual Non-Disclosure Agreement', edition));
  if (model.dpa) docs.push(legal(config, model.dpa, data, 'dpa', names.dpa, 'Data Processing Agreement', edition));
  return docs.map((doc) => typesetDocument(doc, { language: config.document.language, ...font }));
}

/** Metadata shared by every document; an edition's ID goes in the subject and keywords, shown by every reader. */
export function documentMeta(config: Config, title: string, subject: string, keywords: string[], edition?: EditionMark): DocumentModel['meta'] {
  return {
    title,
    author: config.company.name,
    subject: edition ? `${subject}, prepared for ${edition.recipient} (${edition.documentId})` : subject,
    keywords: edition ? [...keywords, edition.documentId] : keywords,
    language: config.document.language,
    ...(edition ? { documentId: edition.documentId } : {}),
  };
}

function frame(config: Config, title: string, note: string, firstPage: 1 | 2, edition?: EditionMark): Frame {
  return { brand: config.company.name, title, classification: config.document.classification, note, ...(edition ? { stamp: edition.stamp } : {}), firstPage };
}

/** The security whitepaper: cover, contents, then every section in order. */
function whitepaper(config: Config, sections: readonly Document[], data: DirectiveData, name: string, edition?: EditionMark): DocumentModel {
  const facts = [
    { label: 'Last reviewed', value: longDate(config.document.reviewDate) },
    { label: 'Classification', value: config.document.classification, strong: true },
    { label: 'Security contact', value: config.company.securityContact },
    { label: 'Website', value: config.company.website },
  ];
  const { version, owner, approver, reviewDate, maxAgeMonths } = config.document;
  const control = [
    ...(version ? [{ label: 'Version', value: version }] : []),
    ...(owner ? [{ label: 'Owner', value: owner }] : []),
    ...(approver ? [{ label: 'Approved by', value: approver }] : []),
    { label: 'Next review', value: `by ${longDate(addMonths(reviewDate, maxAgeMonths))}` },
  ];
  return {
    kind: 'whitepaper',
    name,
    meta: documentMeta(
      config,
      `${config.company.name} ${config.document.title}`,
      `${config.document.title} of ${config.company.name}`,
      [config.company.name, 'security', 'compliance', 'controls', 'subprocessors', 'trust package'],
      edition,
    ),
    frame: frame(config, config.document.title, `Last reviewed ${longDate(config.document.reviewDate)}`, 2, edition),
    cover: { company: config.company.name, title: config.document.title, facts, control, ...(edition ? { preparedFor: edition.recipient } : {}) },
    contents: { title: 'Contents' },
    logoHeading: false,
    outlineDepth: 3,
    blocks: sections.flatMap((doc) => documentBlocks(doc.blocks, data)),
  };
}

/** The title of a legal template: its first top-level heading, or the fallback. */
export function documentTitle(doc: Document, fallback: string): string {
  const first = doc.blocks.find((b) => b.type === 'heading' && b.depth === 1);
  return first && first.type === 'heading' ? first.text : fallback;
}

/** Annexes, appendices and schedules start on a page of their own, as contracts lay them out. */
function isAnnex(block: { depth: number; text: string }): boolean {
  return block.depth === 1 && /^(annex|appendix|schedule|exhibit)\b/i.test(block.text);
}

/** A legal template (NDA or DPA) with the brand's running header and footer on every page. */
function legal(config: Config, doc: Document, data: DirectiveData, kind: 'nda' | 'dpa', name: string, fallbackTitle: string, edition?: EditionMark): DocumentModel {
  const title = documentTitle(doc, fallbackTitle);
  return {
    kind,
    name,
    meta: documentMeta(config, `${config.company.name} ${title}`, `${title} template of ${config.company.legalName}`, [config.company.name, title, 'template'], edition),
    frame: frame(config, title, 'Template: not legal advice', 1, edition),
    logoHeading: true,
    outlineDepth: 2,
    blocks: documentBlocks(doc.blocks, data, isAnnex),
  };
}
