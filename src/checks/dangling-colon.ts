import type { Block } from '../model/blocks';
import type { LintRule } from './rule';

type Next = Block | undefined;

/**
 * A paragraph that ends with a colon announces a list or table; followed by nothing or by a heading,
 * what it announced is missing (a list lost to a stray blank line or a bad indent).
 */
export const danglingColon: LintRule = {
  id: 'content/dangling-colon',
  check(ctx) {
    for (const doc of [...ctx.model.sections, ctx.model.nda, ctx.model.dpa]) {
      if (!doc) continue;
      const source = ctx.sources.get(doc.file);
      const visit = (blocks: readonly Block[], after: Next): void => {
        blocks.forEach((block, i) => {
          const next = i + 1 < blocks.length ? blocks[i + 1] : after;
          if (block.type === 'list') block.items.forEach((item, k) => visit(item, k === block.items.length - 1 ? next : item[0]));
          if (block.type === 'blockquote') visit(block.blocks, next);
          if (block.type !== 'paragraph' || !/:\s*$/.test(block.runs.map((r) => r.text).join(''))) return;
          if (next && next.type !== 'heading') return;
          // The colon itself: the last one between the paragraph's start and what follows it.
          const start = source?.offset(block.at) ?? 0;
          const end = next && source ? source.offset(next.at) : Infinity;
          const colon = source?.lastMatch(/:/, start, end);
          const at = source && colon !== undefined ? source.position(colon) : block.at;
          const found = next?.type === 'heading' ? `the heading ${JSON.stringify(next.text)}` : 'the end of the file';
          ctx.report(at, 'Paragraph ends with a colon, but no list or table follows it; add what it introduces below it, or end the sentence with a full stop', {
            expected: 'a list, table or text after the colon',
            actual: found,
          });
        });
      };
      visit(doc.blocks, undefined);
    }
  },
};
