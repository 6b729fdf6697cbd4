import type { MarkedToken, Token, Tokens } from 'marked';
import { Diagnostics } from '../../diagnostics';
import type { Scope } from './context';
import { decodeEntities } from './entities';
import { inlineHtml } from './html';
import type { Run } from '../blocks';
import { resolvePlaceholders } from './placeholders';
import { plainText, tidyRuns, type Flags } from './runs';
import { locate, sliceFrame, type Frame } from './source';
import { imageTarget, linkTarget } from './targets';

/** Inline content in reading order: formatted text, or an image that the caller places or flattens. */
export type Inline =
  | { kind: 'run'; run: Run; offset: number }
  | { kind: 'image'; src: string; alt: string; offset: number };

/** Flattens marked's inline tokens lexed from `text` into runs and images; offsets are in the lexed source. */
export function inlineItems(tokens: readonly Token[], text: string, frame: Frame, flags: Flags, scope: Scope): Inline[] {
  const items: Inline[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const start = locate(text, token.raw, cursor);
    cursor = start + token.raw.length;
    items.push(...inlineToken(token as MarkedToken, sliceFrame(frame, start), flags, scope));
  }
  return items;
}

function inlineToken(token: MarkedToken, frame: Frame, flags: Flags, scope: Scope): Inline[] {
  const run = (text: string, extra: Flags = {}): Inline[] => [{ kind: 'run', run: { ...flags, ...extra, text }, offset: frame(0) }];
  switch (token.type) {
    case 'text':
      // The raw, not marked's text: marked decodes numeric references only, and positions need the raw.
      return run(proseText(token.raw, frame, scope));
    case 'escape':
      return run(token.text);
    case 'codespan':
      return run(token.text, { code: true });
    case 'br':
      return run('\n');
    case 'checkbox':
      return run(token.checked ? '[x] ' : '[ ] ');
    case 'strong':
    case 'em':
    case 'del': {
      const extra: Flags = token.type === 'strong' ? { bold: true } : token.type === 'em' ? { italics: true } : { strike: true };
      return nested(token, frame, { ...flags, ...extra }, scope);
    }
    case 'link':
      return link(token, frame, flags, scope);
    case 'image':
      return image(token, frame, flags, scope);
    case 'html':
      inlineHtml(token.raw, frame(0), scope);
      return [];
    default:
      return 'text' in token && typeof token.text === 'string' ? run(token.text) : [];
  }
}

/** Text as it reads: placeholders resolved, character references decoded, soft line breaks as spaces. */
export function proseText(raw: string, frame: Frame, scope: Scope): string {
  return resolvePlaceholders(raw, frame, scope)
    .map((segment) => (segment.literal ? decodeEntities(segment.text) : segment.text))
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, ' ');
}

// Emphasis delimiters are symmetric, so the content sits in the middle of the raw.
function nested(token: Tokens.Strong | Tokens.Em | Tokens.Del, frame: Frame, flags: Flags, scope: Scope): Inline[] {
  const middle = (token.raw.length - token.text.length) / 2;
  const start = token.raw.substr(middle, token.text.length) === token.text ? middle : locate(token.raw, token.text, 1);
  return inlineItems(token.tokens, token.text, sliceFrame(frame, start), flags, scope);
}

function labelFrame(token: Tokens.Link | Tokens.Image, frame: Frame): Frame {
  const opener = token.raw.startsWith('![') ? 2 : token.raw.startsWith('[') || token.raw.startsWith('<') ? 1 : 0;
  return sliceFrame(frame, locate(token.raw, token.text, opener));
}

function link(token: Tokens.Link, frame: Frame, flags: Flags, scope: Scope): Inline[] {
  const target = linkTarget(decodeEntities(destination(token, frame, scope)));
  const label = labelFrame(token, frame);
  if ('error' in target) {
    scope.ctx.diagnostics.error(scope.at(frame(0)), 'markdown/link-scheme', target.error, {
      expected: 'https:, http:, mailto: or #anchor',
      actual: JSON.stringify(token.href),
    });
    return inlineItems(token.tokens, token.text, label, flags, scope);
  }
  if ('anchor' in target) scope.refs.push({ anchor: target.anchor, at: scope.at(frame(0)) });
  return inlineItems(token.tokens, token.text, label, { ...flags, ...target }, scope);
}

// A destination may hold placeholders, e.g. mailto:{{company.securityContact}}. An autolink's
// destination is its text, whose placeholders are reported with the text already.
function destination(token: Tokens.Link, frame: Frame, scope: Scope): string {
  if (!token.href.includes('{{')) return token.href;
  const inline = token.raw.startsWith('[');
  const start = inline ? locate(token.raw, token.href, token.raw.indexOf('](') + 2) : 0;
  const quiet: Scope = inline ? scope : { ...scope, ctx: { ...scope.ctx, diagnostics: new Diagnostics() } };
  return resolvePlaceholders(token.href, sliceFrame(frame, start), quiet)
    .map((segment) => segment.text)
    .join('');
}

function image(token: Tokens.Image, frame: Frame, flags: Flags, scope: Scope): Inline[] {
  const altRuns = inlineItems(token.tokens, token.text, labelFrame(token, frame), {}, scope);
  const alt = plainText(altRuns.map((item) => (item.kind === 'run' ? item.run : { text: item.alt }))).trim();
  const target = imageTarget(token.href, scope.ctx.file, scope.ctx.exists);
  if ('src' in target) return [{ kind: 'image', src: target.src, alt, offset: frame(0) }];
  scope.ctx.diagnostics.error(scope.at(frame(0)), target.ruleId, target.message, { expected: target.expected, actual: target.actual });
  // The alt text stands in for the image so that no words are lost.
  return alt === '' ? [] : [{ kind: 'run', run: { ...flags, text: alt }, offset: frame(0) }];
}

/** Runs for a place that cannot hold an image (heading, table cell): the image's alt text stands in. */
export function textOnly(items: readonly Inline[], where: string, scope: Scope): Run[] {
  const runs = items.map((item): Run => {
    if (item.kind === 'run') return item.run;
    scope.ctx.diagnostics.warning(
      scope.at(item.offset),
      'markdown/image-inline',
      `An image cannot be placed in a ${where}, so its alt text is printed instead; put the image in a paragraph of its own`,
      { expected: 'an image on its own line', actual: `an image in a ${where}` },
    );
    return { text: item.alt };
  });
  return tidyRuns(runs);
}
