import { Marked } from 'marked';
import { toBlocks } from './blocks';
import type { MarkdownContext, MarkdownDocument, Scope } from './context';
import { directiveExtension } from './directives';
import { firstTooDeep, firstTooLong, MAX_BLOCK_CHARS, MAX_NESTING } from './depth';
import { prepareSource } from './source';

// One lexer configuration for every file; marked creates fresh lexer state on each call.
const marked = new Marked({ gfm: true, extensions: [directiveExtension] });

/** Parses one Markdown file into the document model, reporting problems to `ctx.diagnostics`. */
export function parseMarkdown(source: string, ctx: MarkdownContext): MarkdownDocument {
  const prepared = prepareSource(source, ctx.file, ctx.diagnostics);
  const scope: Scope = { ctx, at: prepared.at, refs: [] };
  const deep = firstTooDeep(prepared.text);
  if (deep) {
    ctx.diagnostics.error(prepared.at(deep.offset), 'markdown/too-deep', `Lists and quotes nest ${deep.depth} levels deep here; no document needs more than ${MAX_NESTING}, and deeper nesting is refused so the build stays fast: flatten the structure`, {
      expected: `at most ${MAX_NESTING} levels of lists and quotes`,
      actual: `${deep.depth} levels`,
    });
    return { file: ctx.file, blocks: [], anchorRefs: [] };
  }
  const long = firstTooLong(prepared.text);
  if (long) {
    ctx.diagnostics.error(prepared.at(long.offset), 'content/too-complex', `This block of text runs ${long.length} characters without a blank line; a block that long would take minutes to lay out: split it into paragraphs`, {
      expected: `at most ${MAX_BLOCK_CHARS} characters between blank lines`,
      actual: `${long.length} characters`,
    });
    return { file: ctx.file, blocks: [], anchorRefs: [] };
  }
  const tokens = marked.lexer(prepared.text);
  const blocks = toBlocks(tokens, prepared.text, (offset) => offset, scope);
  return { file: ctx.file, blocks, anchorRefs: scope.refs };
}
