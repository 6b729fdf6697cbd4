import type { Run } from '../../model/blocks';
import { esc, safeHref } from './escape';

/** Where a heading anchor lives: `#anchor` on the same page, or `page.html#anchor` on another. */
export type AnchorHref = (anchor: string) => string | undefined;

/** Runs as inline HTML; every character of text is escaped, and only safe link targets become links. */
export function inlineHtml(runs: readonly Run[], anchorHref: AnchorHref): string {
  return runs.map((run) => runHtml(run, anchorHref)).join('');
}

function runHtml(run: Run, anchorHref: AnchorHref): string {
  let html = esc(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italics) html = `<em>${html}</em>`;
  if (run.strike) html = `<s>${html}</s>`;
  const href = run.link ? safeHref(run.link) : run.anchor !== undefined ? anchorHref(run.anchor) : undefined;
  return href ? `<a href="${esc(href)}">${html}</a>` : html;
}
