import { asDraft, packageDocuments, type EditionMark } from '../documents';
import { pdfDefinition } from '../formats/pdf/document';
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
export async function renderDocuments(
  model: PackageModel,
  assets: Assets,
  fonts: FontBytes,
  date: Date,
  edition?: EditionMark,
  draft = false,
): Promise<RenderedDocument[]> {
  const theme = makeTheme(model.content.config);
  const out: RenderedDocument[] = [];
  for (const built of packageDocuments(model, edition)) {
    const doc = draft ? asDraft(built) : built;
    out.push({ path: `${doc.name}.pdf`, ...(await renderPdf(() => pdfDefinition(doc, assets, theme), fonts, date)) });
  }
  return out;
}
