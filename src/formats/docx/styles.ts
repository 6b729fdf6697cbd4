import { AlignmentType, BorderStyle, type IStylesOptions } from 'docx';
import type { DocxTheme } from './theme';

/** Style ids the renderer writes; Word shows each by its name in the Styles pane. */
export const STYLE = {
  title: 'Title',
  heading: (depth: number) => `Heading${Math.min(depth, 4)}`,
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  fieldLine: 'FieldLine',
  fieldLabel: 'FieldLabel',
  quote: 'Quote',
  codeBlock: 'CodeBlock',
  frame: 'Frame',
  stamp: 'Stamp',
  listText: 'ListParagraph',
  clause: 'Clause',
  /** Word's own names for contents entries, so that its "Update table" keeps their look. */
  contents: (depth: number) => `TOC${Math.min(depth, 2)}`,
  strong: 'Strong',
  emphasis: 'Emphasis',
  code: 'CodeChar',
  link: 'Hyperlink',
} as const;

/** Sizes are in half points, spacing in twentieths of a point, as Word stores them. */
const pt = (points: number) => Math.round(points * 2);
const tw = (points: number) => Math.round(points * 20);

/**
 * Word hyphenates by itself, by the language of the text (set on the document's default run style below):
 * on, with a hyphenation zone of 1 cm so that only a word that would leave the line that ragged is
 * hyphenated, at most two hyphenated lines in a row, and never a word in capitals (acronyms).
 */
export const HYPHENATION = { autoHyphenation: true, hyphenationZone: 567, consecutiveHyphenLimit: 2, doNotHyphenateCaps: true } as const;

/**
 * The document's styles: Word's own names (Normal, Title, Heading 1-4, Strong, Emphasis, Hyperlink, Quote,
 * List Paragraph) so that a lawyer's house style, pasted or attached, takes over, plus a few of our own for
 * tables, fill-in lines and code.
 */
export function documentStyles(theme: DocxTheme, language: string, contract = false): IStylesOptions {
  // A contract reads in the text colour at 10.5 pt with generous leading; the brand keeps the header.
  const headingColor = contract ? theme.text : theme.primary;
  const body = contract ? { size: 10.5, line: 336 } : { size: 10, line: 300 };
  const fonts = { ascii: theme.font, hAnsi: theme.font, cs: theme.font, eastAsia: theme.font };
  const heading = (depth: number, size: number, color: string, before: number, after: number, italics = false) => ({
    id: STYLE.heading(depth),
    name: `Heading ${depth}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: pt(size), bold: true, italics, color },
    paragraph: { spacing: { before: tw(before), after: tw(after), line: 264 }, keepNext: true, keepLines: true, outlineLevel: depth - 1 },
  });
  return {
    default: {
      document: {
        run: { font: fonts, size: pt(body.size), color: theme.text, language: { value: language } },
        paragraph: { spacing: { after: tw(7), line: body.line } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(contract ? 16 : 20), bold: true, color: headingColor },
        paragraph: { spacing: { after: tw(12) }, keepNext: true },
      },
      heading(1, contract ? 16 : 18, headingColor, contract ? 6 : 18, contract ? 10 : 8),
      heading(2, contract ? 11.5 : 13.5, headingColor, contract ? 12 : 14, contract ? 5 : 6),
      heading(3, 11.5, theme.text, 10, 4),
      heading(4, 10.5, theme.text, 8, 3, true),
      { id: STYLE.clause, name: 'Clause', basedOn: 'Normal', next: STYLE.clause, quickFormat: true },
      { id: STYLE.contents(1), name: 'toc 1', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: tw(7), after: tw(2) } } },
      { id: STYLE.contents(2), name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: tw(14) }, spacing: { after: tw(2) } } },
      { id: STYLE.listText, name: 'List Paragraph', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: tw(4) } } },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: pt(8.5) },
        paragraph: { spacing: { before: tw(2), after: tw(2), line: 264 } },
      },
      { id: STYLE.tableHeader, name: 'Table Header', basedOn: STYLE.tableText, run: { bold: true, color: 'FFFFFF' } },
      {
        id: STYLE.fieldLine,
        name: 'Fill-in Line',
        basedOn: 'Normal',
        next: STYLE.fieldLabel,
        run: { size: pt(10.5) },
        paragraph: {
          spacing: { before: tw(10), after: 0 },
          keepNext: true,
          indent: { right: tw(190) },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.muted, space: 1 } },
        },
      },
      {
        id: STYLE.fieldLabel,
        name: 'Fill-in Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(contract ? 8.5 : 8), color: contract ? '3D4652' : theme.muted },
        paragraph: { spacing: { before: tw(2), after: tw(10) } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          indent: { left: tw(10), right: tw(10) },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: theme.accent, space: 8 } },
          shading: { fill: theme.shade },
        },
      },
      {
        id: STYLE.codeBlock,
        name: 'Code Block',
        basedOn: 'Normal',
        run: { font: theme.mono, size: pt(8.5) },
        paragraph: { spacing: { line: 240 }, shading: { fill: theme.shade } },
      },
      {
        id: STYLE.frame,
        name: 'Running Frame',
        basedOn: 'Normal',
        run: { size: pt(8), color: theme.muted },
        paragraph: { spacing: { after: 0, line: 240 } },
      },
      { id: STYLE.stamp, name: 'Edition Stamp', basedOn: STYLE.frame, run: { size: pt(7), bold: true, color: theme.primary }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: tw(4) } } },
    ],
    characterStyles: [
      { id: STYLE.strong, name: 'Strong', quickFormat: true, run: { bold: true } },
      { id: STYLE.emphasis, name: 'Emphasis', quickFormat: true, run: { italics: true } },
      { id: STYLE.code, name: 'Code', run: { font: theme.mono, size: pt(9) } },
      { id: STYLE.link, name: 'Hyperlink', run: { color: '1A5FB4', underline: {} } },
    ],
  };
}
