import type { FontBytes } from '../pdf/fonts';
import { renderPdf, type RenderedPdf } from '../pdf/render';
import type { ImageAsset } from '../render/blocks';
import { legalDefinition } from '../render/legal';
import { makeTheme } from '../render/theme';
import { whitepaperDefinition, type RenderInput } from '../render/whitepaper';
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

/** Renders the whitepaper, the NDA and the DPA, in that order, from one parsed model. */
export async function renderDocuments(
  model: PackageModel,
  images: ReadonlyMap<string, ImageAsset>,
  logo: ImageAsset | undefined,
  fonts: FontBytes,
  date: Date,
): Promise<RenderedDocument[]> {
  const { config } = model.content;
  const input: RenderInput = {
    config,
    theme: makeTheme(config),
    logo,
    images,
    data: { controls: model.controls, subprocessors: model.content.subprocessors, tables: model.tables, values: model.values },
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
