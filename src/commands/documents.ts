import { fontCoverage } from '../checks';
import { packageDocuments, type EditionMark } from '../documents';
import { pdfDefinition } from '../formats/pdf/document';
import { openFont } from '../formats/pdf/engine/libraries';
import { renderPdf, type RenderedPdf } from '../formats/pdf/engine/render';
import { makeTheme } from '../formats/pdf/theme';
import type { FontBytes } from '../load/fonts';
import type { Assets } from '../model/assets';
import type { PackageModel } from '../model';

/** A rendered document with the file name it has in the package. */
export interface RenderedDocument extends RenderedPdf {
  path: string;
}

/** Renders the whitepaper, the NDA and the DPA, in that order, from one parsed model; stamped when for an edition. */
export async function renderDocuments(model: PackageModel, assets: Assets, fonts: FontBytes, date: Date, edition?: EditionMark): Promise<RenderedDocument[]> {
  const theme = makeTheme(model.content.config);
  const out: RenderedDocument[] = [];
  for (const doc of packageDocuments(model, edition, { draws: drawnBy(fonts) })) {
    out.push({ path: `${doc.name}.pdf`, ...(await renderPdf(() => pdfDefinition(doc, assets, theme), fonts, date)) });
  }
  return out;
}

/** Whether every face of the font draws a character: typography introduces only what all of them have. */
function drawnBy(fonts: FontBytes): (char: string) => boolean {
  const faces = Object.fromEntries(Object.entries(fonts).map(([face, bytes]) => [face, { file: face, bytes }]));
  const sets = Object.values(fontCoverage(faces, openFont)).flatMap((c) => ('codePoints' in c ? [c.codePoints] : []));
  return (char) => sets.every((set) => set.has(char.codePointAt(0) ?? 0));
}
