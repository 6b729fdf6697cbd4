import { fontCoverage } from '../checks';
import { asDraft, documentStrings, packageDocuments, type EditionMark } from '../documents';
import { docxBytes } from '../formats/docx/document';
import { makeDocxTheme } from '../formats/docx/theme';
import { pdfDefinition } from '../formats/pdf/document';
import { openFont } from '../formats/pdf/engine/libraries';
import { renderPdf } from '../formats/pdf/engine/render';
import { makeTheme } from '../formats/pdf/theme';
import type { FontBytes } from '../load/fonts';
import type { Assets } from '../model/assets';
import type { DocumentModel } from '../model/document';
import type { PackageModel } from '../model';

/** A rendered document with the file name it has in the package; PDFs also say how many pages they have. */
export interface RenderedDocument {
  path: string;
  bytes: Buffer;
  pages?: number;
  /** For a PDF: how many times the layout was redone to keep a heading with what follows it. */
  relayouts?: number;
}

/** The documents a team edits in Word get a .docx edition; the whitepaper is read, not redlined, so it stays a PDF. */
const WORD_KINDS: ReadonlySet<DocumentModel['kind']> = new Set(['nda', 'dpa']);

/**
 * Renders the whitepaper, the NDA and the DPA, in that order, from one parsed model, in the formats the
 * configuration asks for (each PDF, then its Word edition); stamped when for an edition. A draft is PDFs
 * only, each page marked: the Word renderer draws no watermark, and an unmarked draft must not go out.
 */
export async function renderDocuments(
  model: PackageModel,
  assets: Assets,
  fonts: FontBytes,
  date: Date,
  edition?: EditionMark,
  draft = false,
): Promise<RenderedDocument[]> {
  const { config } = model.content;
  const formats = new Set(draft ? ['pdf'] : config.document.formats);
  const theme = makeTheme(config);
  const docxTheme = makeDocxTheme(config.brand, config.brand.fonts ? familyName(fonts.normal) : undefined);
  const out: RenderedDocument[] = [];
  for (const built of packageDocuments(model, edition, { draws: drawnBy(fonts) })) {
    const doc = draft ? asDraft(built, documentStrings(config)) : built;
    const word = formats.has('docx') && WORD_KINDS.has(doc.kind);
    // A document with no edition in the listed formats (the whitepaper under [docx]) stays a PDF rather than vanish.
    if (formats.has('pdf') || !word) out.push({ path: `${doc.name}.pdf`, ...(await renderPdf(() => pdfDefinition(doc, assets, theme), fonts, date)) });
    if (word) out.push({ path: `${doc.name}.docx`, bytes: await docxBytes(doc, assets, docxTheme, date) });
  }
  return out;
}

/** The family name of the brand's regular face, which Word looks for on the reader's machine. */
function familyName(bytes: Buffer): string | undefined {
  // The engine's parser: the glyph check and the renderer have parsed these bytes already.
  const font = openFont(bytes);
  const face = 'fonts' in font ? font.fonts[0] : font;
  return face?.familyName || undefined;
}

/** Whether every face of the font draws a character: typography introduces only what all of them have. */
function drawnBy(fonts: FontBytes): (char: string) => boolean {
  const faces = Object.fromEntries(Object.entries(fonts).map(([face, bytes]) => [face, { file: face, bytes }]));
  const sets = Object.values(fontCoverage(faces, openFont)).flatMap((c) => ('codePoints' in c ? [c.codePoints] : []));
  return (char) => sets.every((set) => set.has(char.codePointAt(0) ?? 0));
}
