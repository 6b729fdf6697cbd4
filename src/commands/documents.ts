import type { FontBytes } from '../load/fonts';
import { renderPdf, type RenderedPdf } from '../formats/pdf/engine/render';
import type { ImageAsset } from '../formats/pdf/blocks';
import { legalDefinition } from '../formats/pdf/legal';
import { makeTheme } from '../formats/pdf/theme';
import { whitepaperDefinition, type EditionMark, type RenderInput } from '../formats/pdf/whitepaper';
import type { PackageModel } from '../model';

/** A rendered document with the file name it has in the package. */
export interface RenderedDocument extends RenderedPdf {
  path: string;
}

/** File names of the three documents, per the content contract. */
export function documentNames(company: string, reviewDate: string) {
  const name = company.trim().replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'Company';
  return {
    whitepaper: `${name}-Security-Overview-${reviewDate}.pdf`,
    nda: `${name}-Mutual-NDA.pdf`,
    dpa: `${name}-DPA.pdf`,
  };
}

/** Renders the whitepaper, the NDA and the DPA, in that order, from one parsed model; stamped when for an edition. */
export async function renderDocuments(
  model: PackageModel,
  images: ReadonlyMap<string, ImageAsset>,
  logo: ImageAsset | undefined,
  fonts: FontBytes,
  date: Date,
  edition?: EditionMark,
): Promise<RenderedDocument[]> {
  const { config } = model.content;
  // An edition fills in the counterparty: `::field{key="counterparty.name"}` and `::signatures` print it.
  const values = edition ? new Map([...model.values, ['counterparty.name', edition.recipient]]) : model.values;
  const input: RenderInput = {
    config,
    theme: makeTheme(config),
    logo,
    images,
    data: { controls: model.controls, subprocessors: model.content.subprocessors, tables: model.tables, values },
    edition,
  };
  const names = documentNames(config.company.name, config.document.reviewDate);
  const out: RenderedDocument[] = [];
  out.push({ path: names.whitepaper, ...(await renderPdf(() => whitepaperDefinition(input, model.sections), fonts, date)) });
  if (model.nda) {
    const nda = model.nda;
    out.push({ path: names.nda, ...(await renderPdf(() => legalDefinition(input, nda, 'Mutual Non-Disclosure Agreement'), fonts, date)) });
  }
  if (model.dpa) {
    const dpa = model.dpa;
    out.push({ path: names.dpa, ...(await renderPdf(() => legalDefinition(input, dpa, 'Data Processing Agreement'), fonts, date)) });
  }
  return out;
}
