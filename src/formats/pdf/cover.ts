import type { Content, DynamicBackground } from 'pdfmake/interfaces';
import type { Config } from '../../load/types';
import { imageNode, type ImageAsset } from './blocks';
import { longDate } from '../../text/dates';
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
export function cover(config: Config, theme: Theme, logo: ImageAsset | undefined, preparedFor?: string): Content[] {
  const left = theme.pageMargins[0];
  const facts: [string, string][] = [
    ['Last reviewed', longDate(config.document.reviewDate)],
    ['Classification', config.document.classification],
  ];
  if (config.document.version) facts.push(['Version', config.document.version]);
  facts.push(['Security contact', config.company.securityContact], ['Website', config.company.website]);

  const content: Content[] = [];
  if (logo) {
    content.push({ ...(imageNode(logo, [200, 64]) as object), absolutePosition: { x: left, y: 90 } } as Content);
  }
  content.push(
    {
      stack: [
        { text: config.company.name.toUpperCase(), fontSize: 11, bold: true, color: theme.accent },
        { text: config.document.title, fontSize: 28, bold: true, color: '#FFFFFF', margin: [0, 8, 0, 0], lineHeight: 1.05 },
      ],
      absolutePosition: { x: left, y: BAND_TOP + 40 },
    },
    {
      table: {
        widths: [110, '*'],
        body: facts.map(([label, value]) => [
          { text: label, color: theme.muted, fontSize: 9.5 },
          { text: value, fontSize: 10.5, bold: label === 'Classification' },
        ]),
      },
      layout: { defaultBorder: false, paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 0 },
      absolutePosition: { x: left, y: BAND_TOP + BAND_HEIGHT + (preparedFor ? 78 : 50) },
    },
  );
  if (preparedFor) {
    content.push({
      text: `Prepared for ${preparedFor}`,
      fontSize: 13,
      bold: true,
      color: theme.primary,
      absolutePosition: { x: left, y: BAND_TOP + BAND_HEIGHT + 34 },
    });
  }
  return content;
}
