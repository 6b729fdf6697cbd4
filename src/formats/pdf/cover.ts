import type { Content, DynamicBackground } from 'pdfmake/interfaces';
import type { ImageAsset } from '../../model/assets';
import type { Cover } from '../../model/document';
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
