// Renders sample documents with pdfmake and prints their sha256s, one per line, after the patch status.
// With TRUST_PACKAGE_PDF_PATCHES=off pdfmake runs as shipped. Run in a fresh process each time.
import { run } from './environment';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { defaultFontFiles } from '../../../../../src/load/fonts';
import { loadPdfmake } from '../../../../../src/formats/pdf/engine/libraries';

function definition(n: number): TDocumentDefinitions {
  const rows = Array.from({ length: 40 * n }, (_, i) => [
    { text: `Row ${i} área`, style: i % 3 ? 'cell' : ['cell', 'strong'] },
    { text: [{ text: 'Plain, ' }, { text: 'bold ', bold: true }, { text: 'italic ', italics: true }, { text: 'link', link: 'https://example.com', style: 'link' }] },
    { stack: [{ text: `Nested ${'word '.repeat(i % 7)}`, style: 'note' }], fillColor: i % 2 ? '#F2F5F8' : undefined },
  ]);
  return {
    info: { title: `Sample ${n}`, creationDate: new Date(Date.UTC(2026, 5, 26, 12)), modDate: new Date(Date.UTC(2026, 5, 26, 12)) },
    defaultStyle: { font: 'Brand', fontSize: 10, lineHeight: 1.25 },
    styles: {
      h1: { fontSize: 18, bold: true, color: '#1F3A5F' },
      cell: { fontSize: 8.5, lineHeight: 1.15 },
      strong: { bold: true, color: '#222222' },
      note: { extends: 'cell', italics: true },
      loop: { extends: ['loop', 'note'] },
      link: { color: '#1A5FB4', decoration: 'underline' },
    },
    content: [
      { text: `Heading ${n}`, style: 'h1', tocItem: true },
      { text: 'A paragraph with ligatures: office, fluffy, affine; and kerning: AVATAR, Wolf.', style: 'loop' },
      { ul: ['one', { text: 'two', bold: true }, { text: 'three', style: 'note' }] },
      { table: { headerRows: 1, widths: ['25%', '45%', '30%'], body: [[{ text: 'A', style: 'strong' }, 'B', 'C'], ...rows] } },
    ],
    footer: (page, count) => ({ text: `${page} / ${count}`, alignment: 'center', style: 'cell' }),
  };
}

run(async () => {
  const pdfmake = loadPdfmake();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  const files = defaultFontFiles();
  for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) pdfmake.virtualfs.writeFileSync(`Brand-${face}`, readFileSync(files[face]));
  pdfmake.setFonts({ Brand: { normal: 'Brand-normal', bold: 'Brand-bold', italics: 'Brand-italics', bolditalics: 'Brand-bolditalics' } });
  const lines: string[] = [];
  // Several documents in one process: the second and third reuse what the first parsed and shaped.
  for (const n of [1, 2, 1]) {
    const bytes = Buffer.from(await pdfmake.createPdf(definition(n)).getBuffer());
    lines.push(createHash('sha256').update(bytes).digest('hex'));
  }
  return lines;
});
