import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Config } from '../../load/types';
import type { Document } from '../../model/blocks';
import { renderBlocks, type BlockContext, type ImageAsset } from './blocks';
import { cover, coverBackground } from './cover';
import { longDate } from '../../text/dates';
import { renderDirective, type DirectiveData } from './directives';
import { footer, header } from './frame';
import type { Theme } from './theme';

/** Everything the documents of a package are made from, parsed and checked. */
export interface RenderInput {
  config: Config;
  theme: Theme;
  logo?: ImageAsset;
  images: ReadonlyMap<string, ImageAsset>;
  data: DirectiveData;
  /** Set for a recipient edition: every document is stamped and names its recipient. */
  edition?: EditionMark;
}

/** What marks a recipient edition's documents. */
export interface EditionMark {
  recipient: string;
  documentId: string;
  /** The line on every page, e.g. "Confidential, provided to Acme Corp on 29 November 2026 · ID TP-7K3M-9QXA". */
  stamp: string;
}

/** Settings shared by every document: page size, margins, default font, PDF metadata. */
export function baseDefinition(input: RenderInput, title: string, subject: string, keywords: string[]): TDocumentDefinitions {
  const { config, theme, edition } = input;
  // An edition's ID goes in the keywords and subject (shown by every reader) and in a DocumentID key of its own.
  const marks = edition
    ? { subject: `${subject}, prepared for ${edition.recipient} (${edition.documentId})`, keywords: [...keywords, edition.documentId] }
    : { subject, keywords };
  return {
    content: [],
    pageSize: 'A4',
    pageMargins: theme.pageMargins,
    defaultStyle: { font: theme.font, fontSize: 10, lineHeight: 1.25, color: theme.text },
    styles: theme.styles,
    language: config.document.language,
    info: {
      title,
      author: config.company.name,
      subject: marks.subject,
      keywords: marks.keywords.join(', '),
      creator: 'trust-package',
      producer: 'trust-package',
      ...(edition ? { DocumentID: edition.documentId } : {}),
    },
  };
}

/** Block rendering context with fresh bookmark and keep-with-next state for one document. */
export function blockContext(input: RenderInput, outlineDepth: number): BlockContext {
  let counter = 0;
  return {
    theme: input.theme,
    images: input.images,
    directive: (block) => renderDirective(block, input.data, input.theme),
    outlineDepth,
    trail: [],
    keepWithNext: () => ++counter,
  };
}

/** The security whitepaper: cover, contents, then every section in order. */
export function whitepaperDefinition(input: RenderInput, sections: readonly Document[]): TDocumentDefinitions {
  const { config, theme } = input;
  const ctx = blockContext(input, 3);
  const body: Content[] = sections.flatMap((doc) => renderBlocks(doc.blocks, ctx));
  const frame = {
    brand: config.company.name,
    title: config.document.title,
    classification: config.document.classification,
    note: `Last reviewed ${longDate(config.document.reviewDate)}`,
    stamp: input.edition?.stamp,
  };
  return {
    ...baseDefinition(input, `${config.company.name} ${config.document.title}`, `${config.document.title} of ${config.company.name}`, [
      config.company.name,
      'security',
      'compliance',
      'controls',
      'subprocessors',
      'trust package',
    ]),
    background: coverBackground(theme),
    header: header(theme, frame, 2),
    footer: footer(theme, frame, 2),
    content: [
      ...cover(config, theme, input.logo, input.edition?.recipient),
      {
        toc: { title: { text: 'Contents', style: 'tocTitle' } },
        pageBreak: 'before',
      },
      { stack: body, pageBreak: 'before' },
    ],
  };
}
