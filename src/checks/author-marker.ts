import type { LintRule } from './rule';

// Upper case only for TODO, TBD and XXX: lower case they can be ordinary words or masks ("xxx-xxx").
const MARKER = /\b(?:TODO|TBD|XXX)\b|\bfixme\b|\blorem\s+ipsum\b/gi;
const CASE_SENSITIVE = /^(?:TODO|TBD|XXX)$/;

/** Notes authors leave for themselves (TODO, TBD, FIXME, XXX, lorem ipsum) must not reach a customer. */
export const authorMarker: LintRule = {
  id: 'content/author-marker',
  check(ctx) {
    for (const item of ctx.texts) {
      if (item.faces.length === 0) continue;
      for (const match of item.text.matchAll(MARKER)) {
        const word = match[0];
        if (/^(?:todo|tbd|xxx)$/i.test(word) && !CASE_SENSITIVE.test(word)) continue;
        ctx.report(item.locate(match.index, word.length), `The marker ${JSON.stringify(word)} in ${item.where} would be sent to customers; finish the text and remove it, or keep the note in an HTML comment <!-- -->`, {
          expected: 'finished text',
          actual: JSON.stringify(word),
        });
      }
    }
  },
};
