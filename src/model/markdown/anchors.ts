import type { Diagnostics } from '../../diagnostics';
import type { MarkdownDocument } from './context';
import type { Block } from '../blocks';
import { closest, listOf } from '../../text/suggest';

/**
 * Reports links to `#anchor` that match no heading of the output document made of `docs`;
 * `known` adds anchors the document gets from elsewhere (generated sections).
 */
export function checkAnchors(docs: readonly MarkdownDocument[], diagnostics: Diagnostics, known: Iterable<string> = []): void {
  const anchors = new Set(known);
  for (const doc of docs) collectAnchors(doc.blocks, anchors);
  for (const doc of docs) {
    for (const ref of doc.anchorRefs) {
      if (anchors.has(ref.anchor)) continue;
      diagnostics.error(
        ref.at,
        'markdown/unknown-anchor',
        `Link to #${ref.anchor} matches no heading in this document; link to a heading's anchor (its text in lower case, spaces as hyphens)`,
        { expected: anchors.size === 0 ? 'a heading to link to (there are none)' : listOf(closest(ref.anchor, anchors).map((a) => `#${a}`)), actual: `#${ref.anchor}` },
      );
    }
  }
}

function collectAnchors(blocks: readonly Block[], into: Set<string>): void {
  for (const block of blocks) {
    if (block.type === 'heading') into.add(block.anchor);
    else if (block.type === 'blockquote') collectAnchors(block.blocks, into);
    else if (block.type === 'list') for (const item of block.items) collectAnchors(item, into);
  }
}
