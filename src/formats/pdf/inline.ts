import type { ContentText } from 'pdfmake/interfaces';
import type { Run } from '../../model/blocks';

/** Longest run of characters without a break opportunity before one is inserted. */
const MAX_UNBROKEN = 20;
const ZERO_WIDTH_SPACE = '\u200B';
const LONG_TOKEN = new RegExp(`[^\\s\\u200B]{${MAX_UNBROKEN + 1},}`, 'g');

/**
 * Inserts zero-width spaces into long unbroken tokens (URLs, hashes): without them pdfmake's layout
 * turns superlinear on a narrow column and the token overflows its cell.
 */
export function breakLongTokens(text: string): string {
  return text.replace(LONG_TOKEN, (token) => {
    let out = '';
    for (let i = 0; i < token.length; i += MAX_UNBROKEN) {
      out += (i > 0 ? ZERO_WIDTH_SPACE : '') + token.slice(i, i + MAX_UNBROKEN);
    }
    return out;
  });
}

/** Turns flat Markdown runs into flat pdfmake text runs, each carrying its own formatting. */
export function renderRuns(runs: readonly Run[], linkColor: string): ContentText[] {
  return runs.map((run) => renderRun(run, linkColor));
}

function renderRun(run: Run, linkColor: string): ContentText {
  const node: ContentText = { text: breakLongTokens(run.text) };
  if (run.bold) node.bold = true;
  if (run.italics) node.italics = true;
  if (run.code) {
    node.style = 'code';
    node.background = '#EEF1F4';
  }
  if (run.strike) node.decoration = 'lineThrough';
  if (run.link) {
    node.link = run.link;
    node.color = linkColor;
  } else if (run.anchor) {
    node.linkToDestination = run.anchor;
    node.color = linkColor;
  }
  return node;
}

/** Plain text of runs, for bookmarks, metadata and tests. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
