export { checkAnchors } from './anchors';
export type { AnchorRef, MarkdownContext, MarkdownDocument } from './context';
export { decodeEntities } from './entities';
export type * from './model';
export { parseMarkdown } from './parse';
export { slug } from './slug';
