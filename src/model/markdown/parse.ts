import { Marked } from 'marked';
import { toBlocks } from './blocks';
import type { MarkdownContext, MarkdownDocument, Scope } from './context';
import { directiveExtension } from './directives';
import { prepareSource } from './source';

// One lexer configuration for every file; marked creates fresh lexer state on each call.
const marked = new Marked({ gfm: true, extensions: [directiveExtension] });

/** Parses one Markdown file into the document model, reporting problems to `ctx.diagnostics`. */
export function parseMarkdown(source: string, ctx: MarkdownContext): MarkdownDocument {
  const prepared = prepareSource(source, ctx.file, ctx.diagnostics);
  const scope: Scope = { ctx, at: prepared.at, refs: [] };
  const tokens = marked.lexer(prepared.text);
  const blocks = toBlocks(tokens, prepared.text, (offset) => offset, scope);
  return { file: ctx.file, blocks, anchorRefs: scope.refs };
}
