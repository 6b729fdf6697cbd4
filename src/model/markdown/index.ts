export { checkAnchors } from './anchors';
export type { AnchorRef, MarkdownContext, MarkdownDocument } from './context';
export { decodeEntities } from './entities';
export { parseMarkdown } from './parse';
