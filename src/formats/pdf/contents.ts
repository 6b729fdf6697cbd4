import type { Content } from 'pdfmake/interfaces';
import { headingsOf, type DocBlock, type DocHeading as Heading } from '../../model/document';
import type { Theme } from './theme';


/**
 * A book's table of contents: each heading down to `depth`, a dotted leader, and the page it starts on.
 * pdfmake's own `toc` has no leaders, so each entry is a one-row table of three cells: the title (a link to
 * the heading), a cell whose dotted bottom border is the leader, and a page reference that pdfmake fills in
 * once the layout is done. An entry that wraps keeps its page number level with the entry's first line.
 */
export function contents(title: string, blocks: readonly DocBlock[], depth: number, theme: Theme): Content[] {
  const entries = headingsOf(blocks).filter((h) => h.depth <= depth && h.text.trim() !== '');
  return [{ text: title, style: 'tocTitle' }, ...entries.map((h) => entry(h, theme))];
}

/** How far the leader is lifted from the foot of the entry's line, in points. */
const LIFT = 4;

function entry(heading: Heading, theme: Theme): Content {
  const top = heading.depth === 1;
  const style = top ? 'tocItem1' : 'tocItem2';
  return {
    table: {
      widths: ['auto', '*', 'auto'],
      body: [
        [
          { text: heading.label ?? heading.text, linkToDestination: heading.anchor, style, border: [false, false, false, false] },
          { text: '', border: [false, false, false, true] },
          { text: '00000', pageReference: heading.anchor, style, alignment: 'right', border: [false, false, false, false] },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.9,
      hLineColor: () => theme.muted,
      hLineStyle: () => ({ dash: { length: 0.9, space: 2.6 } }),
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 0 : 3),
      paddingRight: (i) => (i === 2 ? 0 : 3),
      paddingTop: () => 0,
      // The leader is the cell's bottom border: the row is shortened so that it runs along the text's
      // baseline instead of under the line's leading and descenders, and the margin gives the room back.
      paddingBottom: () => -LIFT,
    },
    margin: top ? [0, 7, 0, 1 + LIFT] : [14, 1, 0, 1 + LIFT],
    unbreakable: true,
  } as Content;
}
