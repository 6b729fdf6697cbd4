import { ExternalHyperlink, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Run } from '../../model/blocks';
import { STYLE } from './styles';

/** Bookmark names of the document's headings, by anchor; Word wants short names that start with a letter. */
export type Bookmarks = ReadonlyMap<string, string>;

/** The runs of a paragraph as Word runs and hyperlinks; bold, italic, code and links keep their character styles. */
export function renderRuns(runs: readonly Run[], bookmarks: Bookmarks): ParagraphChild[] {
  return runs.map((run) => renderRun(run, bookmarks));
}

function renderRun(run: Run, bookmarks: Bookmarks): ParagraphChild {
  if (run.link) return new ExternalHyperlink({ link: run.link, children: [textRun(run, STYLE.link)] });
  const bookmark = run.anchor ? bookmarks.get(run.anchor) : undefined;
  if (bookmark) return new InternalHyperlink({ anchor: bookmark, children: [textRun(run, STYLE.link)] });
  return textRun(run);
}

/** One run; the character style names what it is (Strong, Emphasis, Code), direct formatting adds the rest. */
export function textRun(run: Run, style?: string): TextRun {
  const named = style ?? (run.code ? STYLE.code : run.bold ? STYLE.strong : run.italics ? STYLE.emphasis : undefined);
  return new TextRun({
    text: run.text,
    ...(named ? { style: named } : {}),
    ...(run.bold ? { bold: true } : {}),
    ...(run.italics ? { italics: true } : {}),
    ...(run.strike ? { strike: true } : {}),
  });
}
