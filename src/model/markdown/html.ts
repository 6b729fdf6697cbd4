import { describeValue } from '../../diagnostics';
import type { Scope } from './context';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Drops a block of raw HTML: silently when it only holds comments (authors' notes), with a warning otherwise. */
export function blockHtml(raw: string, offset: number, scope: Scope): void {
  const rest = raw.replace(COMMENT, (comment) => ' '.repeat(comment.length));
  const content = rest.search(/\S/);
  if (content < 0) return;
  scope.ctx.diagnostics.warning(
    scope.at(offset + content),
    'markdown/raw-html',
    'Raw HTML is not rendered in the PDF, so this block is left out; write it in Markdown, or put notes in <!-- -->',
    { expected: 'Markdown', actual: describeValue(rest.trim().split('\n', 1)[0]) },
  );
}

/** Drops an inline HTML tag, keeping the text around it; comments go silently, opening tags with a warning. */
export function inlineHtml(raw: string, offset: number, scope: Scope): void {
  if (raw.startsWith('<!--') || raw.startsWith('</')) return;
  scope.ctx.diagnostics.warning(
    scope.at(offset),
    'markdown/raw-html',
    'Raw HTML tag is not rendered in the PDF; it is left out and the text around it kept, use Markdown formatting instead',
    { expected: 'Markdown', actual: describeValue(raw) },
  );
}
