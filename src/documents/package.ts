import type { Config } from '../load/types';
import type { DocBlock, DocumentModel, Frame } from '../model/document';
import type { PackageModel } from '../model/package';
import type { Document } from '../model/blocks';
import { addMonths, longDate } from '../text/dates';
import { slug } from '../text/slug';
import { fill, stringsFor, type Strings } from '../text/strings';
import { documentBlocks, startsWithAnnexWord, type DirectiveData } from './blocks';
import { numberClauses, numberSections } from './clauses';
import { CONTENTS_DEPTH, flowDocument } from './flow';
import { typesetDocument } from './typeset';

/** What marks a recipient edition's documents. */
export interface EditionMark {
  recipient: string;
  documentId: string;
  /** The line on every page, e.g. "Prepared for Acme Corp on 29 November 2026 · ID TP-7K3M-9QXA". */
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
  const strings = documentStrings(config);
  const data: DirectiveData = {
    controls: model.controls,
    subprocessors: model.content.subprocessors,
    tables: model.tables,
    values,
    processing: config.processing,
    frameworks: model.frameworks,
    strings,
  };
  const names = documentNames(config.company.name, config.document.reviewDate);
  const docs = [whitepaper(config, model.sections, data, names.whitepaper, edition)];
  if (model.nda) docs.push(legal(config, model.nda, data, 'nda', names.nda, strings.ndaTitle, edition));
  if (model.dpa) docs.push(legal(config, model.dpa, data, 'dpa', names.dpa, strings.dpaTitle, edition));
  return docs.map((doc) => flowDocument(typesetDocument(doc, { language: config.document.language, ...font })));
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
export function asDraft(doc: DocumentModel, strings: Strings): DocumentModel {
  return { ...doc, draft: { mark: strings.draftMark }, meta: { ...doc.meta, subject: `${strings.draftMark}: ${doc.meta.subject}` } };
}

/** The words of a package's documents: its language's, with the team's `strings:` overrides. */
export function documentStrings(config: Config): Strings {
  return stringsFor(config.document.language, config.strings);
}

/** A date as the documents of this package print it, e.g. "16. November 2026" in German. */
export function documentDate(config: Config, isoDate: string): string {
  return longDate(isoDate, config.document.language, documentStrings(config));
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

/** The running header and footer of a document of this package. */
export function frame(config: Config, title: string, note: string, firstPage: 1 | 2, edition?: EditionMark): Frame {
  const pageLabel = documentStrings(config).pageLabel;
  return { brand: config.company.name, title, classification: config.document.classification, note, ...(edition ? { stamp: edition.stamp } : {}), firstPage, pageLabel };
}

/** The security whitepaper: cover, contents, then every section in order. */
function whitepaper(config: Config, sections: readonly Document[], data: DirectiveData, name: string, edition?: EditionMark): DocumentModel {
  const { strings } = data;
  const reviewed = documentDate(config, config.document.reviewDate);
  const facts = [
    { label: strings.lastReviewed, value: reviewed },
    { label: strings.classification, value: config.document.classification, strong: true },
    { label: strings.securityContact, value: config.company.securityContact },
    { label: strings.website, value: config.company.website },
  ];
  const { version, owner, approver, reviewDate, maxAgeMonths } = config.document;
  const control = [
    ...(version ? [{ label: strings.version, value: version }] : []),
    ...(owner ? [{ label: strings.owner, value: owner }] : []),
    ...(approver ? [{ label: strings.approvedBy, value: approver }] : []),
    { label: strings.nextReview, value: fill(strings.nextReviewBy, { date: documentDate(config, addMonths(reviewDate, maxAgeMonths)) }) },
  ];
  return {
    kind: 'whitepaper',
    name,
    meta: documentMeta(
      config,
      `${config.company.name} ${config.document.title}`,
      fill(strings.whitepaperSubject, { title: config.document.title, company: config.company.name }),
      [config.company.name, 'security', 'compliance', 'controls', 'subprocessors', 'trust package'],
      edition,
    ),
    frame: frame(config, config.document.title, fill(strings.lastReviewedNote, { date: reviewed }), 2, edition),
    cover: {
      company: config.company.name,
      title: config.document.title,
      facts,
      control,
      controlTitle: strings.documentControl,
      ...(edition ? { preparedFor: edition.recipient, preparedForLine: fill(strings.preparedFor, { recipient: edition.recipient }) } : {}),
    },
    contents: { title: strings.contents, depth: CONTENTS_DEPTH },
    logoHeading: false,
    outlineDepth: 3,
    blocks: numbered(config, sections.flatMap((doc) => documentBlocks(doc.blocks, data))),
  };
}

/** The deepest heading level `document.numbering` numbers: 1, 1.1, 1.1.1. */
const NUMBERED_DEPTH = 3;

function numbered(config: Config, blocks: DocBlock[]): DocBlock[] {
  return config.document.numbering ? numberSections(blocks, NUMBERED_DEPTH) : blocks;
}

/** The title of a legal template: its first top-level heading, or the fallback. */
export function documentTitle(doc: Document, fallback: string): string {
  const first = doc.blocks.find((b) => b.type === 'heading' && b.depth === 1);
  return first && first.type === 'heading' ? first.text : fallback;
}


/** The "template, not legal advice" notice, under the title when the document starts with one. */
function withTemplateNotice(blocks: DocBlock[], strings: Strings): DocBlock[] {
  const note: DocBlock = {
    type: 'blockquote',
    blocks: [{ type: 'paragraph', runs: [{ text: strings.templateNoticeLead, bold: true }, { text: ` ${strings.templateNoticeText}` }] }],
  };
  const titled = blocks[0]?.type === 'heading' && blocks[0].depth === 1;
  return titled ? [blocks[0], note, ...blocks.slice(1)] : [note, ...blocks];
}

/** A legal template (NDA or DPA) with the brand's running header and footer on every page. */
function legal(config: Config, doc: Document, data: DirectiveData, kind: 'nda' | 'dpa', name: string, fallbackTitle: string, edition?: EditionMark): DocumentModel {
  const title = documentTitle(doc, fallbackTitle);
  const { strings } = data;
  const notice = config.legal.templateNotice;
  // Annexes, appendices and schedules start on a page of their own, as contracts lay them out.
  const isAnnex = (block: { depth: number; text: string }) => block.depth === 1 && startsWithAnnexWord(block.text, strings);
  // A DPA's sub-processor list is its Annex III, with the details the EU standard contractual clauses ask for.
  const blocks = numberClauses(documentBlocks(doc.blocks, { ...data, subprocessorTable: 'annex' }, isAnnex));
  return {
    kind,
    name,
    meta: documentMeta(config, `${config.company.name} ${title}`, fill(strings.templateSubject, { title, legalName: config.company.legalName }), [config.company.name, title, 'template'], edition),
    frame: frame(config, title, notice ? strings.templateNotice : '', 1, edition),
    logoHeading: true,
    outlineDepth: 2,
    layout: 'contract',
    blocks: notice ? withTemplateNotice(blocks, strings) : blocks,
  };
}
