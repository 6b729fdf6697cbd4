// Loads each project whose content folder is an argument, in turn in one process, runs its checks (which open the fonts first) and
// renders its documents as the build does (renderDocuments: whitepaper, NDA, DPA); prints, per document,
// `<file> <pages> <relayouts> <sha256>`. With TRUST_PACKAGE_PDF_PATCHES=off pdfmake runs as shipped.
import { run } from './environment';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readImage, readImages } from '../../../../../src/load/assets';
import { readFonts } from '../../../../../src/load/fonts';
import { renderDocuments } from '../../../../../src/commands/documents';
import { loadModel } from '../../../../../src/commands/validate';
import { Diagnostics } from '../../../../../src/diagnostics';

const DATE = new Date('2026-06-26T00:00:00Z');

run(async () => {
  const lines: string[] = [];
  for (const contentDir of process.argv.slice(2)) {
    const diagnostics = new Diagnostics();
    const model = loadModel(path.resolve(contentDir), diagnostics, { today: new Date('2026-07-01T12:00:00Z') });
    if (!model) throw new Error(`nothing loaded: ${JSON.stringify(diagnostics.items)}`);
    const { config, root } = model.content;
    const assets = { images: readImages(root, model.images), ...(config.brand.logo ? { logo: readImage(root, config.brand.logo) } : {}) };
    const documents = await renderDocuments(model, assets, readFonts(root, config.brand.fonts), DATE);
    lines.push(...documents.map((d) => `${d.path} ${d.pages} ${d.relayouts} ${createHash('sha256').update(d.bytes).digest('hex')}`));
  }
  return lines;
});
