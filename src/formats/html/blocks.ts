import type { Align } from '../../model/blocks';
import type { Cell, DocBlock, TableRole } from '../../model/document';
import { esc } from './escape';
import type { Strings } from '../../text/strings';
import { inlineHtml, type AnchorHref } from './inline';

/** How blocks are placed on a page. */
export interface BlockContext {
  anchorHref: AnchorHref;
  /** Added to every heading depth, so a section's `#` can sit under the page's own h1. */
  headingShift: number;
  /** The site path of an image, by its project-relative source path; unknown images show their alt text. */
  imageHref: (src: string) => string | undefined;
  /** Counts tables, for the names of their scrolling regions. */
  tables: { count: number };
  /** The words of the page's language: table names, the blank of a fill-in field. */
  strings: Strings;
}

/** Document blocks as HTML; a `switch` on the block type, one small function per kind. */
export function blocksHtml(blocks: readonly DocBlock[], ctx: BlockContext): string {
  return blocks.map((block) => blockHtml(block, ctx)).join('\n');
}

function blockHtml(block: DocBlock, ctx: BlockContext): string {
  const inline = (runs: Parameters<typeof inlineHtml>[0]) => inlineHtml(runs, ctx.anchorHref);
  switch (block.type) {
    case 'heading': {
      const depth = Math.min(6, block.depth + ctx.headingShift);
      return `<h${depth} id="${esc(block.anchor)}">${inline(block.runs)}</h${depth}>`;
    }
    case 'paragraph':
      return `<p>${inline(block.runs)}</p>`;
    case 'list': {
      const items = block.items.map((item) => `<li>${itemHtml(item, ctx)}</li>`).join('\n');
      if (!block.ordered) return `<ul>\n${items}\n</ul>`;
      return `<ol${block.start !== 1 ? ` start="${block.start}"` : ''}>\n${items}\n</ol>`;
    }
    case 'table':
      return tableHtml(block.role, block.align, block.header, block.rows, ctx);
    case 'blockquote':
      return `<blockquote>\n${blocksHtml(block.blocks, ctx)}\n</blockquote>`;
    case 'code':
      return `<pre><code>${esc(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'image': {
      const href = ctx.imageHref(block.src);
      return href ? `<p><img src="${esc(href)}" alt="${esc(block.alt)}"></p>` : `<p>${esc(block.alt)}</p>`;
    }
    case 'field':
      return `<p class="field"><strong>${esc(block.label)}:</strong> ${block.value !== undefined ? esc(block.value) : `<span class="blank">${esc(ctx.strings.siteToComplete)}</span>`}</p>`;
    case 'signatures':
      return block.parties
        .map((p) => `<section class="party"><p><strong>${esc(p.heading)}</strong></p>\n<dl>${p.lines.map((l) => `<dt>${esc(l.label)}</dt><dd>${esc(l.value ?? '')}</dd>`).join('')}</dl></section>`)
        .join('\n');
    case 'facts':
      return `<dl class="facts">${block.facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl>`;
  }
}

/** A list item of one paragraph is written without its <p>, as Markdown renders tight lists. */
function itemHtml(blocks: readonly DocBlock[], ctx: BlockContext): string {
  if (blocks.length === 1 && blocks[0].type === 'paragraph') return inlineHtml(blocks[0].runs, ctx.anchorHref);
  return blocksHtml(blocks, ctx);
}

function tableName(role: TableRole, strings: Strings): string {
  return { markdown: strings.siteTable, controls: strings.siteControls, subprocessors: strings.siteSubprocessors, data: strings.siteTable, notice: strings.siteChanges }[role];
}

/**
 * A table with column headers, in a region that scrolls sideways on a narrow screen instead of the page;
 * the region can take focus, so keyboard users can scroll it too. The first column heads each row;
 * `rowIds` gives rows an anchor to link to.
 */
export function tableHtml(role: TableRole, align: readonly Align[], header: readonly Cell[], rows: readonly Cell[][], ctx: BlockContext, rowIds: readonly string[] = []): string {
  ctx.tables.count += 1;
  const style = (i: number) => (align[i] ? ` class="align-${align[i]}"` : '');
  const cell = (c: Cell) => c.map((line) => inlineHtml(line, ctx.anchorHref)).join('<br>');
  const head = header.map((c, i) => `<th scope="col"${style(i)}>${cell(c)}</th>`).join('');
  // Each data cell names its column, for the stacked layout narrow screens use (see style.css).
  const names = header.map((c) => esc(c.map((line) => line.map((r) => r.text).join('')).join(' ')));
  const body = rows
    .map((row, r) => `<tr${rowIds[r] ? ` id="${esc(rowIds[r])}"` : ''}>${row.map((c, i) => (i === 0 ? `<th scope="row"${style(i)}>${cell(c)}</th>` : `<td data-label="${names[i] ?? ''}"${style(i)}>${cell(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  const label = `${tableName(role, ctx.strings)} ${ctx.tables.count}`;
  return `<div class="table-scroll" role="region" aria-label="${esc(label)}" tabindex="0">\n<table class="${role}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n</div>`;
}
