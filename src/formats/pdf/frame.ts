import type { Content, DynamicContent } from 'pdfmake/interfaces';
import type { Frame as FrameText } from '../../model/document';
import { FRAME_STYLE, mark } from './markers';
import type { Theme } from './theme';

/** Running header: brand and title on the left, classification on the right, over a hairline. */
export function header(theme: Theme, text: FrameText): DynamicContent {
  const firstPage = text.firstPage;
  return (currentPage, _pageCount, pageSize): Content => {
    if (currentPage < firstPage) return '';
    const width = pageSize.width - theme.pageMargins[0] - theme.pageMargins[2];
    return mark({
      margin: [theme.pageMargins[0], 34, theme.pageMargins[2], 0],
      stack: [
        {
          columns: [
            { text: [{ text: text.brand, bold: true, color: theme.primary }, { text: `   ${text.title}`, color: theme.muted }] },
            { text: text.classification.toUpperCase(), alignment: 'right', bold: true, color: theme.accent, width: 'auto' },
          ],
          fontSize: 8,
        },
        { canvas: [{ type: 'line', x1: 0, y1: 5, x2: width, y2: 5, lineWidth: 0.6, lineColor: theme.rule }] },
      ],
    }, FRAME_STYLE);
  };
}

/**
 * Running footer: a note on the left, classification in the middle, "Page X of Y" on the right; under it,
 * on every page from the first (where the rest of the footer may be left out), an edition's stamp.
 */
export function footer(theme: Theme, text: FrameText): DynamicContent {
  const firstPage = text.firstPage;
  return (currentPage, pageCount): Content => {
    const stamp: Content[] = text.stamp
      ? [{ text: text.stamp, alignment: 'center', fontSize: 7, bold: true, color: theme.primary, margin: [0, 4, 0, 0] }]
      : [];
    if (currentPage < firstPage) {
      return stamp.length ? mark({ margin: [theme.pageMargins[0], 38, theme.pageMargins[2], 0], stack: stamp }, FRAME_STYLE) : '';
    }
    const columns: Content = {
      columns: [
        { text: text.note, width: '*' },
        { text: text.classification, alignment: 'center', width: 'auto' },
        { text: pageNumber(text.pageLabel, currentPage, pageCount), alignment: 'right', width: '*' },
      ],
    };
    // Without a stamp, the footer keeps its original shape, so packages without recipients are unchanged byte for byte.
    const body = stamp.length ? { stack: [columns, ...stamp] } : columns;
    return mark({ margin: [theme.pageMargins[0], 24, theme.pageMargins[2], 0], ...body, fontSize: 8, color: theme.muted } as Content, FRAME_STYLE);
  };
}

/** The footer's page number: the model's label with the numbers filled in; without a label, just "X / Y" (no words here). */
function pageNumber(label: string | undefined, page: number, pages: number): string {
  return (label ?? '{page} / {pages}').replace('{page}', String(page)).replace('{pages}', String(pages));
}
