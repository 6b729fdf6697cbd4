import type { Config } from '../../load/types';

/** Fonts and colours of the Word files, from the brand settings; colours are hex without `#`, as Word writes them. */
export interface DocxTheme {
  /** The body and heading font family Word asks the system for. */
  font: string;
  /** The monospace family for code. */
  mono: string;
  primary: string;
  /** The colour of signature block headings: the brand's, or the text's in a contract. */
  heading: string;
  accent: string;
  text: string;
  muted: string;
  rule: string;
  shade: string;
}

/**
 * Word cannot be handed the brand's TTF files the way the PDF embeds them, so it gets the family name:
 * the brand font's own when the brand configures fonts (`family`, read from the font file by the caller),
 * Calibri otherwise. The PDF's default, Roboto, is not installed on most machines that open a .docx, and
 * Calibri is on every copy of Word.
 */
export function makeDocxTheme(brand: Pick<Config['brand'], 'primaryColor' | 'accentColor'>, family?: string): DocxTheme {
  return {
    font: family ?? 'Calibri',
    mono: 'Consolas',
    primary: hex(brand.primaryColor),
    heading: hex(brand.primaryColor),
    accent: hex(brand.accentColor),
    text: '222222',
    muted: '5F6B7A',
    rule: 'D5DBE3',
    shade: 'F2F5F8',
  };
}

/** `#abc` or `#aabbcc` as Word's `AABBCC`. */
function hex(color: string): string {
  const digits = color.replace(/^#/, '');
  return (digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits).toUpperCase();
}
