import type { Content, DynamicBackground } from 'pdfmake/interfaces';
import type { ImageAsset } from '../../model/assets';
import type { Cover, Fact } from '../../model/document';
import { imageNode } from './blocks';
import type { Theme } from './theme';

const BAND_TOP = 250;
const BAND_HEIGHT = 190;

/** The cover's background: a band in the brand colour with an accent rule beneath it, on page 1 only. */
export function coverBackground(theme: Theme): DynamicBackground {
  return (currentPage, pageSize) => {
    if (currentPage !== 1) return null;
    return {
      canvas: [
        { type: 'rect', x: 0, y: BAND_TOP, w: pageSize.width, h: BAND_HEIGHT, color: theme.primary },
        { type: 'rect', x: 0, y: BAND_TOP + BAND_HEIGHT, w: pageSize.width, h: 6, color: theme.accent },
      ],
    };
  };
}

/**
 * Cover page content: logo, title and company in the band, then review date, classification and contact.
 * A recipient edition names its recipient ("Prepared for Acme Corp") under the band, above the facts.
 */
export function cover(page: Cover, theme: Theme, logo: ImageAsset | undefined): Content[] {
  const left = theme.pageMargins[0];
  const preparedFor = page.preparedFor;

  const content: Content[] = [];
  if (logo) {
    content.push({ ...(imageNode(logo, [200, 64]) as object), absolutePosition: { x: left, y: 90 } } as Content);
  }
  content.push(
    {
      stack: [
        { text: page.company.toUpperCase(), fontSize: 11, bold: true, color: theme.accent },
        { text: page.title, fontSize: 28, bold: true, color: '#FFFFFF', margin: [0, 8, 0, 0], lineHeight: 1.05 },
      ],
      absolutePosition: { x: left, y: BAND_TOP + 40 },
    },
    {
      table: {
        widths: [110, '*'],
        body: page.facts.map((fact) => [
          { text: fact.label, color: theme.muted, fontSize: 9.5 },
          { text: fact.value, fontSize: 10.5, bold: fact.strong ?? false },
        ]),
      },
      layout: { defaultBorder: false, paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 0 },
      absolutePosition: { x: left, y: BAND_TOP + BAND_HEIGHT + (preparedFor ? 78 : 50) },
    },
  );
  if (page.control && page.control.length > 0) content.push(controlBlock(page.control, page.controlTitle ?? '', theme));
  if (preparedFor) {
    content.push({
      text: page.preparedForLine ?? preparedFor,
      fontSize: 13,
      bold: true,
      color: theme.primary,
      absolutePosition: { x: left, y: BAND_TOP + BAND_HEIGHT + 34 },
    });
  }
  return content;
}

/** Top of the document control block: the cover's lower half, clear of the facts above it. */
const CONTROL_TOP = 640;

/** The document control block: a ruled, titled table of version, owner, approver and next review. */
function controlBlock(facts: readonly Fact[], title: string, theme: Theme): Content {
  const left = theme.pageMargins[0];
  return {
    stack: [
      { text: title.toUpperCase(), fontSize: 8.5, bold: true, color: theme.muted, characterSpacing: 0.6, margin: [0, 0, 0, 4] },
      {
        table: {
          widths: [110, 250],
          body: facts.map((fact) => [
            { text: fact.label, color: theme.muted, fontSize: 9 },
            { text: fact.value, fontSize: 9.5 },
          ]),
        },
        layout: {
          hLineWidth: (i: number) => (i === 0 ? 0.8 : 0.4),
          vLineWidth: () => 0,
          hLineColor: () => theme.rule,
          paddingTop: () => 4,
          paddingBottom: () => 4,
          paddingLeft: () => 0,
        },
      },
    ],
    absolutePosition: { x: left, y: CONTROL_TOP },
  } as Content;
}
