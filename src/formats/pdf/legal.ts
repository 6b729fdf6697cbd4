import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Document } from '../../model/blocks';
import { logoHeading, renderBlocks } from './blocks';
import { footer, header } from './frame';
import { baseDefinition, blockContext, type RenderInput } from './whitepaper';

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
export function legalDefinition(input: RenderInput, doc: Document, fallbackTitle: string): TDocumentDefinitions {
  const { config, theme } = input;
  const title = documentTitle(doc, fallbackTitle);
  const ctx = { ...blockContext(input, 2), startsPage: isAnnex };
  const frame = {
    brand: config.company.name,
    title,
    classification: config.document.classification,
    note: 'Template: not legal advice',
    stamp: input.edition?.stamp,
  };
  const logo = logoHeading(input.logo);
  return {
    ...baseDefinition(input, `${config.company.name} ${title}`, `${title} template of ${config.company.legalName}`, [
      config.company.name,
      title,
      'template',
    ]),
    header: header(theme, frame, 1),
    footer: footer(theme, frame, 1),
    content: [...logo, ...renderBlocks(doc.blocks, ctx)],
  };
}
