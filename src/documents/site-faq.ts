import type { AnswerText } from '../model/answers';
import type { Run } from '../model/blocks';
import type { ControlRow } from '../model/package';
import type { Strings } from '../text/strings';

/**
 * The FAQ's page. Always its own file, whatever the library's length, so that a link to one answer
 * (`faq.html#encryption-at-rest`) keeps working as the library grows.
 */
export const FAQ_PAGE = 'faq.html';

/** One public answer of the library, as the FAQ shows it and faq.json lists it. */
export interface SiteAnswer {
  /** The answer's id, which is also its anchor on the FAQ page. */
  id: string;
  question: string;
  alternatives: string[];
  short: AnswerText['short'];
  /** The short answer in words, so that it never rests on colour: Yes, No, Partial, Not applicable. */
  shortText: string;
  /** The approved answer with its placeholders filled in, plain text as the library holds it. */
  text: string;
  /** The same text as paragraphs of lines, web and email addresses made links. */
  paragraphs: Run[][][];
  /** The public controls it rests on, each with the anchor of its card on the index. */
  controls: { id: string; area: string; anchor: string }[];
  /** The public subprocessors it names, each with the anchor of its row on the index. */
  subprocessors: { name: string; anchor: string }[];
  caiq: string[];
  reviewed: string;
}

/** The FAQ: its page and its answers in library order. */
export interface SiteFaq {
  page: string;
  answers: SiteAnswer[];
}

function shortText(short: AnswerText['short'], strings: Strings): string {
  return { yes: strings.answerYes, no: strings.answerNo, partial: strings.answerPartial, 'n/a': strings.answerNotApplicable }[short];
}

/**
 * The FAQ from the public answers (see publicModel), in the library's own order: the team orders its
 * library by topic, and many answers rest on no control, so grouping by control area would put most of
 * them under "Other". Undefined when there is no public answer, so the site shows no empty FAQ.
 */
export function siteFaq(answers: readonly AnswerText[], controls: readonly ControlRow[], subprocessorAnchors: ReadonlyMap<string, string>, strings: Strings): SiteFaq | undefined {
  if (answers.length === 0) return undefined;
  const areas = new Map(controls.map((c) => [c.id, c.area]));
  return {
    page: FAQ_PAGE,
    answers: answers.map((a) => ({
      id: a.id,
      question: a.question,
      alternatives: a.alternatives,
      short: a.short,
      shortText: shortText(a.short, strings),
      text: a.answer,
      paragraphs: paragraphs(a.answer),
      // An id that names no public control (a typo, reported by answers/unknown-control) has nothing to link to.
      controls: a.controls.flatMap((id) => {
        const area = areas.get(id);
        return area === undefined ? [] : [{ id, area, anchor: `control-${id}` }];
      }),
      subprocessors: a.subprocessors.flatMap((name) => {
        const anchor = subprocessorAnchors.get(name);
        return anchor === undefined ? [] : [{ name, anchor }];
      }),
      caiq: a.caiq,
      reviewed: a.reviewed,
    })),
  };
}

/**
 * Plain text as paragraphs (split at blank lines) of lines (split at line breaks). The library's answers
 * are plain text, not Markdown: the same words go into customers' spreadsheets, where Markdown would show
 * as asterisks. Only web and email addresses become links.
 */
export function paragraphs(text: string): Run[][][] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.map(linkRuns));
}

// A web address ends before trailing punctuation ("see https://x.example/a."); an email address before a final dot.
const ADDRESS = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,;:!?'")\]]|(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

function linkRuns(line: string): Run[] {
  const runs: Run[] = [];
  let from = 0;
  for (const match of line.matchAll(ADDRESS)) {
    const at = match.index ?? 0;
    if (at > from) runs.push({ text: line.slice(from, at) });
    const address = match[0];
    runs.push({ text: address, link: address.includes('@') && !/^https?:/i.test(address) ? `mailto:${address}` : address });
    from = at + address.length;
  }
  if (from < line.length) runs.push({ text: line.slice(from) });
  return runs;
}
