import { readableOn, textOn } from './colors';

/** The page's colours, from the brand, each checked for WCAG AA contrast where it carries text. */
export interface SiteTheme {
  /** The header band: the brand's primary colour and the text colour that reads on it. */
  band: string;
  onBand: string;
  /** Links and headings on the white page: the primary colour, darkened if it is too light to read. */
  ink: string;
  /** A decorative rule under the header, the accent colour as is (it carries no text). */
  accent: string;
  /** The font family, when brand fonts are shipped with the site. */
  fontFamily?: string;
}

export function siteTheme(primary: string, accent: string, hasFonts: boolean): SiteTheme {
  return { band: primary.toUpperCase(), onBand: textOn(primary), ink: readableOn(primary, '#FFFFFF'), accent: accent.toUpperCase(), ...(hasFonts ? { fontFamily: 'Brand' } : {}) };
}

/** `@font-face` rules for the four faces copied to fonts/. */
export function fontFaces(files: { normal: string; bold: string; italics: string; bolditalics: string }): string {
  const face = (file: string, weight: number, style: string) => {
    const format = file.toLowerCase().endsWith('.otf') ? 'opentype' : 'truetype';
    return `@font-face { font-family: "Brand"; src: url("fonts/${file}") format("${format}"); font-weight: ${weight}; font-style: ${style}; font-display: swap; }`;
  };
  return [face(files.normal, 400, 'normal'), face(files.bold, 700, 'normal'), face(files.italics, 400, 'italic'), face(files.bolditalics, 700, 'italic')].join('\n');
}

/** The one stylesheet of the site: no external font, image or script; narrow screens first; a print layout. */
export function stylesheet(theme: SiteTheme, faces = ''): string {
  const family = theme.fontFamily ? `"${theme.fontFamily}", ` : '';
  return `${faces}
:root { --band: ${theme.band}; --on-band: ${theme.onBand}; --ink: ${theme.ink}; --accent: ${theme.accent}; --text: #1A1A1A; --muted: #555555; --line: #D0D5DB; --soft: #F4F6F8; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: ${family}system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1rem; line-height: 1.6; color: var(--text); background: #FFFFFF; overflow-wrap: break-word; }
a { color: var(--ink); text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible, .table-scroll:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; }
.skip:focus { left: 0.5rem; top: 0.5rem; background: #FFFFFF; color: var(--ink); padding: 0.5rem 1rem; z-index: 10; }
.band { background: var(--band); color: var(--on-band); border-bottom: 4px solid var(--accent); }
.band .inner { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; }
.brand { display: flex; align-items: center; gap: 0.75rem; color: var(--on-band); text-decoration: none; font-weight: 700; font-size: 1.125rem; }
.brand img { height: 2.5rem; width: auto; max-width: 10rem; background: #FFFFFF; border-radius: 4px; padding: 0.25rem; }
.band nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.band nav a { color: var(--on-band); }
.band nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 2px; }
.inner { max-width: 64rem; margin: 0 auto; padding: 1rem; }
main { display: block; }
h1, h2, h3, h4 { color: var(--ink); line-height: 1.25; margin: 1.75rem 0 0.75rem; }
h1 { font-size: 1.875rem; margin-top: 0.5rem; }
h2 { font-size: 1.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.2rem; }
.lead { font-size: 1.125rem; }
.meta { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 6px; padding: 0.75rem 1rem; background: #FFFFFF; }
.card h3 { margin-top: 0.25rem; }
.refs { color: var(--muted); font-size: 0.9375rem; }
.status { padding: 0.75rem 1rem; background: var(--soft); border-left: 4px solid var(--ink); }
.table-scroll { overflow-x: auto; max-width: 100%; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.625rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); color: var(--text); border-bottom: 2px solid var(--ink); }
tbody th { font-weight: 600; }
.align-center { text-align: center; } .align-right { text-align: right; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; background: var(--soft); padding: 0.05em 0.3em; border-radius: 3px; }
pre { background: var(--soft); padding: 0.75rem; overflow-x: auto; }
pre code { background: none; padding: 0; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
img { max-width: 100%; height: auto; }
.sections { margin-top: 2rem; border-top: 1px solid var(--line); }
.sections a[aria-current="page"] { font-weight: 700; }
.docs { padding: 0; list-style: none; }
.docs li { margin: 0 0 0.75rem; }
.docs .note { display: block; color: var(--muted); }
dl.facts dt, .party dt { font-weight: 600; }
.questions ol { padding-left: 1.75rem; }
.questions li { margin: 0 0 0.375rem; }
.answer { border-top: 1px solid var(--line); padding-top: 0.25rem; margin-top: 1.5rem; }
.answer h2 { font-size: 1.25rem; border-bottom: 0; padding-bottom: 0; margin: 0.75rem 0 0.5rem; scroll-margin-top: 1rem; }
.answer h2:target { background: var(--soft); }
.short { margin: 0 0 0.5rem; color: var(--muted); font-size: 0.9375rem; }
.short strong { display: inline-block; color: var(--ink); border: 1px solid var(--ink); border-radius: 3px; padding: 0 0.5rem; margin-left: 0.25rem; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; color: var(--muted); font-size: 0.9375rem; }
@media (max-width: 40rem) {
  table.subprocessors, table.subprocessors tbody, table.subprocessors tr, table.subprocessors th, table.subprocessors td { display: block; width: 100%; }
  table.subprocessors thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  table.subprocessors tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: 0.75rem; }
  table.subprocessors th, table.subprocessors td { border-bottom: 0; padding: 0.25rem 0.75rem; }
  table.subprocessors tbody th { padding-top: 0.625rem; font-size: 1.05rem; }
  table.subprocessors td::before { content: attr(data-label) ": "; font-weight: 600; }
}
@media (min-width: 48rem) { .inner { padding: 1.25rem 2rem; } h1 { font-size: 2.25rem; } .questions ol { columns: 2; column-gap: 2.5rem; } .questions li { break-inside: avoid; } }
@media print {
  .band { background: none; color: #000000; border-bottom: 2px solid #000000; }
  .brand, nav a { color: #000000; }
  nav, .skip, .sections { display: none; }
  body { font-size: 11pt; color: #000000; }
  a { color: #000000; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; word-break: break-all; }
  .table-scroll { overflow: visible; }
  h2, h3 { break-after: avoid; }
  tr, .card, .answer { break-inside: avoid; }
  .short strong { border-color: #000000; color: #000000; }
  .card { border-top-color: #000000; }
}
`;
}
