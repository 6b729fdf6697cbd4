import { BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { Frame } from '../../model/document';
import { CONTENT_WIDTH } from './page';
import { STYLE } from './styles';
import type { DocxTheme } from './theme';

/** The running header: brand and title on the left, the classification at the right margin, over a hairline. */
export function header(frame: Frame, theme: DocxTheme): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.frame,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: theme.rule, space: 4 } },
        children: [
          new TextRun({ text: frame.brand, bold: true, color: theme.primary }),
          new TextRun({ text: `   ${frame.title}` }),
          new TextRun({ text: `\t${frame.classification.toUpperCase()}`, bold: true, color: theme.accent }),
        ],
      }),
    ],
  });
}

/**
 * The running footer: the note, the classification in the middle, and "Page X of Y" from Word's PAGE and
 * NUMPAGES fields, which Word keeps right as the text is edited; an edition's stamp under it.
 */
export function footer(frame: Frame): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.frame,
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(CONTENT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: CONTENT_WIDTH },
        ],
        children: [new TextRun(`${frame.note}\t${frame.classification}\t`), ...pageLabel(frame.pageLabel)],
      }),
      ...stamp(frame),
    ],
  });
}

/**
 * The model's page label ("Page {page} of {pages}", "Seite {page} von {pages}") as text runs around Word's
 * PAGE and NUMPAGES fields; without a label, just the numbers: the words come from the model, never from here.
 */
function pageLabel(label = '{page} / {pages}'): (TextRun | ReturnType<typeof pageField>)[] {
  return label
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? pageField(PageNumber.CURRENT) : part === '{pages}' ? pageField(PageNumber.TOTAL_PAGES) : new TextRun(part)));
}

/** The footer of pages before `frame.firstPage` (a cover): only the stamp, when there is one. */
export function coverFooter(frame: Frame): Footer {
  return new Footer({ children: stamp(frame).length ? stamp(frame) : [new Paragraph({ style: STYLE.frame })] });
}

function stamp(frame: Frame): Paragraph[] {
  return frame.stamp ? [new Paragraph({ style: STYLE.stamp, children: [new TextRun(frame.stamp)] })] : [];
}

function pageField(field: (typeof PageNumber)[keyof typeof PageNumber]): TextRun {
  return new TextRun({ children: [field] });
}
