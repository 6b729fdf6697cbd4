// Renders whitepapers whose heading group before a table lands lower on the page with every filler
// paragraph (as test/formats/pdf/layout.test.ts does), so that some of them strand the group at a page
// foot and renderPdf's pageBreakBefore loop lays them out again. Prints, per filler count,
// `<fillers> <relayouts> <sha256>`. With TRUST_PACKAGE_PDF_PATCHES=off pdfmake runs as shipped.
import { run } from './environment';
import { createHash } from 'node:crypto';
import { readFonts } from '../../../../../src/load/fonts';
import { renderPdf } from '../../../../../src/formats/pdf/engine/render';
import { renderInput, section, whitepaperDefinition } from '../../helpers';

const DATE = new Date(Date.UTC(2026, 5, 26, 12));
const TAIL = '## Controls heading\n\nThe matrix below lists every control.\n\n::controls';

run(async () => {
  const fonts = readFonts(process.cwd(), undefined);
  const input = renderInput();
  const lines: string[] = [];
  for (const fillers of process.argv.slice(2).map(Number)) {
    const filler = Array.from({ length: fillers }, (_, i) => `Filler paragraph ${i + 1}.`).join('\n\n');
    const pdf = await renderPdf(() => whitepaperDefinition(input, [section(`# Body\n\n${filler}\n\n${TAIL}`)]), fonts, DATE);
    lines.push(`${fillers} ${pdf.relayouts} ${createHash('sha256').update(pdf.bytes).digest('hex')}`);
  }
  return lines;
});
