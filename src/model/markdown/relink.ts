import { Marked, type Token, type Tokens } from 'marked';

const marked = new Marked({ gfm: true });

/**
 * Markdown with its links to `#anchor` pointed elsewhere: `target` gives the new anchor, or undefined to
 * drop the link and keep its words. For text published as written (a control's description in
 * controls.json), where a link may name a heading the reader must not learn of. Other links are untouched.
 */
export function relinkAnchors(source: string, target: (anchor: string) => string | undefined): string {
  const replacements = new Map<string, string>();
  marked.walkTokens(marked.lexer(source), (token: Token) => {
    if (token.type === 'link') {
      const link = token as Tokens.Link;
      const anchor = anchorOf(link.href);
      if (anchor === undefined) return;
      const to = target(anchor);
      if (to === anchor) return;
      replacements.set(link.raw, to === undefined ? link.text : `[${link.text}](#${encodeURI(to)})`);
    } else if (token.type === 'def') {
      const def = token as Tokens.Def;
      const anchor = anchorOf(def.href);
      if (anchor === undefined) return;
      const to = target(anchor);
      if (to !== anchor) replacements.set(def.raw, to === undefined ? '' : `[${def.tag}]: #${encodeURI(to)}`);
    }
  });
  let text = source;
  // Longest first, so that a link whose raw holds another's is replaced whole.
  for (const [raw, replacement] of [...replacements].sort((a, b) => b[0].length - a[0].length)) text = text.split(raw).join(replacement);
  return text;
}

function anchorOf(href: string): string | undefined {
  if (!href.startsWith('#') || href.length < 2) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}
