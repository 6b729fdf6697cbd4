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
  /** Body text size and leading. */
  fontSize: number;
  lineHeight: number;
  /** The colour of headings and signature block headings: the brand's, or the text's in a contract. */
  heading: string;
  /** How far a contract's clause text stands from the margin, the number hanging in that space. */
  hanging: number;
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
    fontSize: 10,
    lineHeight: 1.25,
    heading: primary,
    hanging: 0,
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

/**
 * The theme of a contract (NDA, DPA): a larger body with generous leading for reading clause by clause,
 * headings in the text colour rather than the brand's, numbers hanging in a fixed margin, and fill-in
 * labels large and dark enough to read on a printed page. The running header keeps the brand.
 */
export function contractTheme(base: Theme): Theme {
  const { text } = base;
  return {
    ...base,
    fontSize: 10.5,
    lineHeight: 1.4,
    heading: text,
    hanging: 38,
    styles: {
      ...base.styles,
      h1: { fontSize: 16, bold: true, color: text, margin: [0, 6, 0, 10] },
      h2: { fontSize: 11.5, bold: true, color: text, margin: [0, 12, 0, 5] },
      h3: { fontSize: 10.5, bold: true, color: text, margin: [0, 8, 0, 4] },
      h4: { fontSize: 10.5, bold: true, italics: true, color: text, margin: [0, 6, 0, 3] },
      // Ragged right: pdfmake justifies by widening every gap between runs, so a bold defined term would stand apart from its quotes.
      paragraph: { margin: [0, 0, 0, 7] },
      tableCell: { fontSize: 9, lineHeight: 1.2 },
      tableHeader: { bold: true, color: '#FFFFFF', fontSize: 9 },
      small: { fontSize: 8.5, color: '#3D4652' },
      // Cross-references stay links but read as text, as on a printed contract.
      link: { color: text },
    },
  };
}

/** Expands `#abc` to `#aabbcc` so every colour reaches pdfkit in one form. */
function normaliseColor(color: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return (short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : color).toUpperCase();
}
