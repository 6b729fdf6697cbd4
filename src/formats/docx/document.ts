import { Document, Header, InternalHyperlink, LeaderType, Packer, PageBreak, PageReference, Paragraph, TabStopType, TextRun, type Table } from 'docx';
import { imageHeader } from '../../load/image-header';
import type { Run } from '../../model/blocks';
import type { Assets, ImageAsset } from '../../model/assets';
import { headingsOf, type DocBlock, type DocHeading as Heading, type DocumentModel } from '../../model/document';
import { imageRun, renderBlocks, type BlockContext } from './blocks';
import { coverFooter, footer, header } from './frame';
import { planClauses } from './clauses';
import { ListNumbering } from './numbering';
import { CONTENT_WIDTH, PAGE } from './page';
import { HYPHENATION, STYLE, documentStyles } from './styles';
import { factsTable } from './tables';
import type { DocxTheme } from './theme';
import { reproducibleDocx } from './zip';

/**
 * A document as the bytes of a Word file: styles, numbering, running header and footer, the body, and
 * metadata dated `date`. The same model, assets, theme and date give the same bytes every time.
 */
export async function docxBytes(doc: DocumentModel, assets: Assets, brand: DocxTheme, date: Date): Promise<Buffer> {
  const theme = doc.layout === 'contract' ? { ...brand, heading: brand.text } : brand;
  const ctx: BlockContext = {
    theme,
    images: assets.images,
    bookmarks: bookmarkNames(doc),
    lists: new ListNumbering(),
    placed: new Set(),
    clauses: doc.layout === 'contract' ? planClauses(doc.blocks) : new Map(),
  };
  // After a cover or contents the body starts on a page of its own.
  const paged = Boolean(doc.cover || doc.contents);
  const [first, ...rest] = doc.blocks;
  const body = paged && first?.type === 'heading' ? [{ ...first, pageBreakBefore: true as const }, ...rest] : doc.blocks;
  const children = [...front(doc, ctx, assets.logo), ...(paged && first?.type !== 'heading' ? [new Paragraph({ children: [new PageBreak()] })] : []), ...renderBlocks(body, ctx)];
  const cover = doc.frame.firstPage === 2;
  const file = new Document({
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    title: doc.meta.title,
    subject: doc.meta.subject,
    description: doc.meta.subject,
    keywords: [...doc.meta.keywords, ...(doc.meta.documentId ? [doc.meta.documentId] : [])].join(', '),
    revision: 1,
    ...(doc.meta.documentId ? { customProperties: [{ name: 'DocumentID', value: doc.meta.documentId }] } : {}),
    styles: documentStyles(theme, doc.meta.language, doc.layout === 'contract'),
    hyphenation: HYPHENATION,
    numbering: ctx.lists.options(),
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
          ...(cover ? { titlePage: true } : {}),
        },
        headers: { default: header(doc.frame, theme), ...(cover ? { first: new Header({ children: [new Paragraph({ style: STYLE.frame })] }) } : {}) },
        footers: { default: footer(doc.frame), ...(cover ? { first: coverFooter(doc.frame) } : {}) },
        children,
      },
    ],
  });
  return reproducibleDocx(await Packer.toBuffer(file), date);
}

/** What comes before the body: the cover and contents of a whitepaper, or the logo heading a legal template. */
function front(doc: DocumentModel, ctx: BlockContext, logo: ImageAsset | undefined): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (doc.cover) {
    out.push(new Paragraph({ style: STYLE.title, children: [new TextRun(doc.cover.company)] }));
    out.push(new Paragraph({ style: STYLE.heading(1), children: [new TextRun(doc.cover.title)] }));
    if (doc.cover.preparedFor) out.push(new Paragraph({ children: [new TextRun({ text: doc.cover.preparedForLine ?? doc.cover.preparedFor, bold: true })] }));
    out.push(factsTable(doc.cover.facts, ctx.theme));
  }
  const contents = doc.contents;
  if (contents) {
    out.push(new Paragraph({ style: STYLE.title, pageBreakBefore: true, children: [new TextRun(contents.title)] }));
    for (const heading of headingsOf(doc.blocks).filter((h) => h.depth <= contents.depth)) out.push(contentsEntry(heading, ctx));
  }
  if (doc.logoHeading && logo) {
    const size = logo.kind === 'raster' ? imageHeader(logo.bytes) : undefined;
    // An SVG logo has no raster fallback (see blocks.ts image); the header already names the brand.
    if (logo.kind === 'raster' && size && 'width' in size) {
      out.push(new Paragraph({ spacing: { after: 200 }, children: [imageRun(logo, size, { width: 187, height: 53 }, doc.frame.brand)] }));
    }
  }
  return out;
}


/** The right edge of the text, where a contents entry's page number ends, in twips. */
const TEXT_RIGHT = CONTENT_WIDTH;

/**
 * A contents entry as a book sets it: the heading (a link to it), a dotted leader to the right margin and
 * a PAGEREF field for its page, which Word and LibreOffice fill in when they lay the document out.
 */
function contentsEntry(heading: Heading, ctx: BlockContext): Paragraph {
  const name = ctx.bookmarks.get(heading.anchor);
  const text = new TextRun({ text: heading.label ?? heading.text, ...(heading.depth === 1 ? { bold: true } : {}) });
  return new Paragraph({
    style: STYLE.contents(heading.depth),
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_RIGHT, leader: LeaderType.DOT }],
    children: [name ? new InternalHyperlink({ anchor: name, children: [text] }) : text, new TextRun({ text: '\t' }), ...(name ? [new PageReference(name)] : [])],
  });
}

/** Every run of the blocks that an internal link could be on. */
function runs(blocks: readonly DocBlock[]): Run[] {
  return blocks.flatMap((block): Run[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return block.runs;
      case 'list':
        return block.items.flatMap(runs);
      case 'blockquote':
        return runs(block.blocks);
      case 'table':
        return [...block.header, ...block.rows.flat()].flat(2);
      default:
        return [];
    }
  });
}

/**
 * Bookmark names for the headings that something links to (a run, or the contents): short, starting with
 * an underscore as Word's own hidden bookmarks do, numbered in reading order so they never depend on the text.
 */
function bookmarkNames(doc: DocumentModel): Map<string, string> {
  const targets = new Set(runs(doc.blocks).flatMap((run) => (run.anchor ? [run.anchor] : [])));
  const names = new Map<string, string>();
  for (const heading of headingsOf(doc.blocks)) {
    const listed = doc.contents !== undefined && heading.depth <= doc.contents.depth;
    if ((targets.has(heading.anchor) || listed) && !names.has(heading.anchor)) names.set(heading.anchor, `_Tp${names.size + 1}`);
  }
  return names;
}
