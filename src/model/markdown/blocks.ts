import type { MarkedToken, Token, Tokens } from 'marked';
import type { Scope } from './context';
import { directiveBlock, type DirectiveToken } from './directives';
import { blockHtml } from './html';
import { inlineItems, textOnly, type Inline } from './inline';
import type { Block, Run } from '../blocks';
import { mergeRuns, plainText, tidyRuns } from './runs';
import { uniqueAnchor } from '../../text/anchor';
import { lineFrame, locate, sliceFrame, type Frame } from './source';
import { tableBlock } from './tables';

/** Converts marked's block tokens lexed from `text` into the document model. */
export function toBlocks(tokens: readonly Token[], text: string, frame: Frame, scope: Scope): Block[] {
  const blocks: Block[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const start = locate(text, token.raw, cursor);
    cursor = start + token.raw.length;
    blocks.push(...toBlock(token, sliceFrame(frame, start), scope));
  }
  return blocks;
}

function toBlock(token: Token, frame: Frame, scope: Scope): Block[] {
  // Where the block's first visible character is, past the indentation marked keeps in raw.
  const offset = frame(token.raw.search(/\S|$/));
  const at = scope.at(offset);
  if (token.type === 'directive') return optional(directiveBlock(token as DirectiveToken, frame, scope));
  const t = token as MarkedToken;
  switch (t.type) {
    case 'paragraph':
    case 'text':
      return paragraphs(inlineItems(t.tokens ?? [], t.text, lineFrame(frame, t.raw, t.text), {}, scope), offset, scope);
    case 'heading':
      return optional(heading(t, frame, scope));
    case 'list':
      return list(t, frame, scope);
    case 'table':
      return [tableBlock(t, frame, scope)];
    case 'blockquote': {
      const { kept, hoisted } = hoistLazyDirectives(toBlocks(t.tokens, t.text, lineFrame(frame, t.raw, t.text), scope), at.column);
      return [{ type: 'blockquote', blocks: kept, at }, ...hoisted];
    }
    case 'code':
      return [t.lang?.trim() ? { type: 'code', text: t.text, lang: t.lang.trim().split(/\s/, 1)[0], at } : { type: 'code', text: t.text, at }];
    case 'hr':
      return [{ type: 'rule', at }];
    case 'html':
      blockHtml(t.raw, frame(0), scope);
      return [];
    default:
      // space and def carry no content; a task checkbox is placed by its list item.
      return [];
  }
}

function optional(block: Block | undefined): Block[] {
  return block ? [block] : [];
}

/** Paragraph text with any images lifted out between paragraphs, since images are blocks here. */
function paragraphs(items: readonly Inline[], offset: number, scope: Scope): Block[] {
  const blocks: Block[] = [];
  let runs: Run[] = [];
  let start = offset;
  const flush = (): void => {
    const tidy = tidyRuns(runs);
    if (tidy.length > 0) blocks.push({ type: 'paragraph', runs: tidy, at: scope.at(start) });
    runs = [];
  };
  for (const item of items) {
    if (item.kind === 'image') {
      flush();
      blocks.push({ type: 'image', src: item.src, alt: item.alt, at: scope.at(item.offset) });
      start = -1;
      continue;
    }
    const text = item.run.text;
    // A paragraph after an image starts at its first word, not at the space that follows the image.
    if (start < 0 && text.trim() !== '') start = item.offset + text.length - text.trimStart().length;
    runs.push(item.run);
  }
  flush();
  return blocks;
}

function heading(token: Tokens.Heading, frame: Frame, scope: Scope): Block | undefined {
  const atx = /^ {0,3}#/.test(token.raw);
  const textFrame = atx
    ? sliceFrame(frame, locate(token.raw, token.text, token.raw.indexOf('#') + token.depth))
    : lineFrame(frame, token.raw, token.text);
  const runs = textOnly(inlineItems(token.tokens, token.text, textFrame, {}, scope), 'heading', scope);
  const text = plainText(runs);
  const at = scope.at(frame(token.raw.search(/\S|$/)));
  if (text.trim() === '') {
    // pdfmake crashes on an outlined text node with empty text.
    scope.ctx.diagnostics.warning(at, 'markdown/empty-heading', 'Heading has no text, so it is left out; give it a title or delete the line', {
      expected: 'heading text',
      actual: JSON.stringify(token.raw.split('\n', 1)[0].trim()),
    });
    return undefined;
  }
  const depth = token.depth as 1 | 2 | 3 | 4 | 5 | 6;
  return { type: 'heading', depth, runs, text, anchor: uniqueAnchor(text, scope.ctx.anchors), at };
}

const TASK = /^\[[ xX]\][ \t]+/;

// marked lets an unindented line continue a list item or quote lazily, and then lexes a directive
// line there. Such a directive is meant for the document, as it is after a plain paragraph, so it
// moves out, behind the container.
function hoistLazyDirectives(blocks: Block[], containerColumn: number): { kept: Block[]; hoisted: Block[] } {
  let cut = blocks.length;
  while (cut > 0 && blocks[cut - 1].type === 'directive' && blocks[cut - 1].at.column <= containerColumn) cut--;
  return { kept: blocks.slice(0, cut), hoisted: blocks.slice(cut) };
}

function list(token: Tokens.List, frame: Frame, scope: Scope): Block[] {
  let cursor = 0;
  const items = token.items.map((item) => {
    const start = locate(token.raw, item.raw, cursor);
    cursor = start + item.raw.length;
    const itemFrame = lineFrame(sliceFrame(frame, start), item.raw, item.text);
    if (!item.task) return toBlocks(item.tokens, item.text, itemFrame, scope);
    const blocks = toBlocks(withoutCheckbox(item.tokens), item.text, itemFrame, scope);
    return withCheckbox(blocks, item.checked === true, scope.at(frame(start)));
  });
  const start = token.ordered && token.start !== '' ? token.start : 1;
  const at = scope.at(frame(token.raw.search(/\S|$/)));
  const { kept, hoisted } = hoistLazyDirectives(items.pop() ?? [], at.column);
  return [{ type: 'list', ordered: token.ordered, start, items: [...items, kept], at }, ...hoisted];
}

// marked moves a task's checkbox into the first paragraph of a loose item and out of its raw, which
// would hide the paragraph from `locate`; take it out and put it back as text once converted.
function withoutCheckbox(tokens: readonly Token[]): Token[] {
  return tokens
    .filter((token) => token.type !== 'checkbox')
    .map((token, index) => {
      if (index > 0 || (token.type !== 'paragraph' && token.type !== 'text')) return token;
      const paragraph = token as Tokens.Paragraph;
      return {
        ...paragraph,
        raw: paragraph.raw.replace(TASK, ''),
        text: paragraph.text.replace(TASK, ''),
        tokens: paragraph.tokens.filter((inner) => inner.type !== 'checkbox'),
      };
    });
}

function withCheckbox(blocks: Block[], checked: boolean, at: Block['at']): Block[] {
  const box: Run = { text: checked ? '[x] ' : '[ ] ' };
  const [first, ...rest] = blocks;
  if (first?.type === 'paragraph') return [{ ...first, runs: mergeRuns([box, ...first.runs]) }, ...rest];
  return [{ type: 'paragraph', runs: [{ text: box.text.trimEnd() }], at }, ...blocks];
}
