import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Assets } from '../../model/assets';
import type { DocumentMeta, DocumentModel } from '../../model/document';
import { logoHeading, renderBlocks, type BlockContext } from './blocks';
import { contents } from './contents';
import { cover, coverBackground } from './cover';
import { footer, header } from './frame';
import { contractTheme, type Theme } from './theme';

/**
 * Settings shared by every document: page size, margins, default font, PDF metadata, and PDF/A-2b
 * (archivable: fonts embedded, XMP metadata, the sRGB output intent). pdfkit writes XMP only from
 * PDF 1.4 on, so the version goes with the subset. Level B only: pdfmake writes no structure tree,
 * so neither PDF/A level A nor PDF/UA can be claimed.
 */
export function baseDefinition(meta: DocumentMeta, theme: Theme): TDocumentDefinitions {
  return {
    version: '1.7',
    subset: 'PDF/A-2b',
    content: [],
    pageSize: 'A4',
    pageMargins: theme.pageMargins,
    defaultStyle: { font: theme.font, fontSize: theme.fontSize, lineHeight: theme.lineHeight, color: theme.text },
    styles: theme.styles,
    language: meta.language,
    info: {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      keywords: meta.keywords.join(', '),
      creator: 'trust-package',
      producer: 'trust-package',
      ...(meta.documentId ? { DocumentID: meta.documentId } : {}),
    },
  };
}

/** Block rendering context with fresh bookmark and keep-with-next state for one document. */
export function blockContext(theme: Theme, assets: Assets, outlineDepth: number, contract = false): BlockContext {
  let counter = 0;
  return { theme, images: assets.images, outlineDepth, trail: [], keepWithNext: () => ++counter, contract };
}

/** The pdfmake definition of a document: cover and contents when it has them, the running frame, the body. */
export function pdfDefinition(doc: DocumentModel, assets: Assets, brand: Theme): TDocumentDefinitions {
  const contract = doc.layout === 'contract';
  const theme = contract ? contractTheme(brand) : brand;
  const body = renderBlocks(doc.blocks, blockContext(theme, assets, doc.outlineDepth, contract));
  const content: Content[] = [];
  if (doc.cover) content.push(...cover(doc.cover, theme, assets.logo));
  if (doc.contents) content.push({ stack: contents(doc.contents.title, doc.blocks, Math.min(doc.contents.depth, doc.outlineDepth), theme), pageBreak: 'before' });
  if (doc.logoHeading) content.push(...logoHeading(assets.logo));
  content.push(...(doc.cover || doc.contents ? [{ stack: body, pageBreak: 'before' } as Content] : body));
  return {
    ...baseDefinition(doc.meta, theme),
    ...(doc.cover ? { background: coverBackground(theme) } : {}),
    // pdfmake draws the watermark on every page, the cover included, as real text a reader can find.
    // Red, not a brand colour: it must show on white pages and on the cover's brand band alike.
    ...(doc.draft ? { watermark: { text: doc.draft.mark, color: '#C62828', opacity: 0.16, bold: true, fontSize: 110, angle: -45 } } : {}),
    header: header(theme, doc.frame),
    footer: footer(theme, doc.frame),
    content,
  };
}
