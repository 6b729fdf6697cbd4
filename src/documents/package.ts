import type { Config } from '../load/types';
import type { DocBlock, DocumentModel, Frame } from '../model/document';
import type { PackageModel } from '../model/package';
import type { Document } from '../model/blocks';
import { addMonths, longDate } from '../text/dates';
import { slug } from '../text/slug';
import { documentBlocks, type DirectiveData } from './blocks';
import { WORDS } from './words';
import { typesetDocument } from './typeset';

/** What marks a recipient edition's documents. */
export interface EditionMark {
  recipient: string;
  documentId: string;
  /** The line on every page, e.g. "Confidential, provided to Acme Corp on 29 November 2026 · ID TP-7K3M-9QXA". */
  stamp: string;
  /** The counterparty's address (`counterparty.address`) and signatory (`counterparty.signatory`), when known. */
  address?: string;
  signatory?: string;
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
  const values = edition ? new Map([...model.values, ...counterpartyValues(edition)]) : model.values;
  const data: DirectiveData = { controls: model.controls, subprocessors: model.content.subprocessors, tables: model.tables, values, processing: config.processing };
  const names = documentNames(config.company.name, config.document.reviewDate);
  const docs = [whitepaper(config, model.sections, data, names.whitepaper, edition)];
  if (model.nda) docs.push(legal(config, model.nda, data, 'nda', names.nda, 'Mutual Non-Disclosure Agreement', edition));
  if (model.dpa) docs.push(legal(config, model.dpa, data, 'dpa', names.dpa, 'Data Processing Agreement', edition));
  return docs.map((doc) => typesetDocument(doc, { language: config.document.language, ...font }));
}

/** The `counterparty.*` values an edition knows: name, and address and signatory when given. */
function counterpartyValues(edition: EditionMark): [string, string][] {
  return [
    ['counterparty.name', edition.recipient],
    ...(edition.address ? [['counterparty.address', edition.address] as [string, string]] : []),
    ...(edition.signatory ? [['counterparty.signatory', edition.signatory] as [string, string]] : []),
  ];
}

/** The same document marked as a draft on every page. */
export function asDraft(doc: DocumentModel): DocumentModel {
  return { ...doc, draft: { mark: WORDS.draftMark }, meta: { ...doc.meta, subject: `${WORDS.draftMark}: ${doc.meta.subject}` } };
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

/** The "template, not legal advice" notice, under the title when the document starts with one. */
function withTemplateNotice(blocks: DocBlock[]): DocBlock[] {
  const note: DocBlock = {
    type: 'blockquote',
    blocks: [{ type: 'paragraph', runs: [{ text: WORDS.templateNoticeLead, bold: true }, { text: ` ${WORDS.templateNotice}` }] }],
  };
  const titled = blocks[0]?.type === 'heading' && blocks[0].depth === 1;
  return titled ? [blocks[0], note, ...blocks.slice(1)] : [note, ...blocks];
}

/** A legal template (NDA or DPA) with the brand's running header and footer on every page. */
function legal(config: Config, doc: Document, data: DirectiveData, kind: 'nda' | 'dpa', name: string, fallbackTitle: string, edition?: EditionMark): DocumentModel {
  const title = documentTitle(doc, fallbackTitle);
  const notice = config.legal.templateNotice;
  const blocks = documentBlocks(doc.blocks, data, isAnnex);
  return {
    kind,
    name,
    meta: documentMeta(config, `${config.company.name} ${title}`, `${title} template of ${config.company.legalName}`, [config.company.name, title, 'template'], edition),
    frame: frame(config, title, notice ? WORDS.templateFooter : '', 1, edition),
    logoHeading: true,
    outlineDepth: 2,
    blocks: notice ? withTemplateNotice(blocks) : blocks,
  };
}
