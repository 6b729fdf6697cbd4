import type { StyleDictionary } from 'pdfmake/interfaces';
import type { Config } from '../../load/types';

/** Colours, sizes and styles shared by every document of a package, derived from the brand settings. */
export interface Theme {
  primary: string;
  accent: string;
  text: string;
  muted: string;
  rule: string;
  shade: string;
  font: string;
  pageMargins: [number, number, number, number];
  styles: StyleDictionary;
}

/** The pdfmake font family name used for the brand font (or Roboto when none is configured). */
export const BRAND_FONT = 'Brand';

/** Builds the theme from the brand colours; sizes follow a 10pt body on A4. */
export function makeTheme(config: Config): Theme {
  const primary = normaliseColor(config.brand.primaryColor);
  const accent = normaliseColor(config.brand.accentColor);
  const text = '#222222';
  const muted = '#5F6B7A';
  return {
    primary,
    accent,
    text,
    muted,
    rule: '#D5DBE3',
    shade: '#F2F5F8',
    font: BRAND_FONT,
    pageMargins: [60, 78, 60, 66],
    styles: {
      h1: { fontSize: 18, bold: true, color: primary, margin: [0, 18, 0, 8] },
      h2: { fontSize: 13.5, bold: true, color: primary, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11.5, bold: true, color: text, margin: [0, 10, 0, 4] },
      h4: { fontSize: 10.5, bold: true, italics: true, color: text, margin: [0, 8, 0, 3] },
      paragraph: { margin: [0, 0, 0, 7] },
      code: { fontSize: 8.5, color: '#1B2733' },
      tableHeader: { bold: true, color: '#FFFFFF', fontSize: 8.5 },
      tableCell: { fontSize: 8.5, lineHeight: 1.15 },
      small: { fontSize: 8, color: muted },
      link: { color: '#1A5FB4' },
      tocTitle: { fontSize: 18, bold: true, color: primary, margin: [0, 0, 0, 14] },
      tocItem1: { fontSize: 10.5, bold: true, color: text },
      tocItem2: { fontSize: 9.5, color: text },
    },
  };
}

/** Expands `#abc` to `#aabbcc` so every colour reaches pdfkit in one form. */
function normaliseColor(color: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return (short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : color).toUpperCase();
}
