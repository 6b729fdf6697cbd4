// Renders the Word editions of the project at <root>, dated <ISO date>, in a fresh process and prints the SHA-256 of each,
// as JSON by file name. With `dpa-only`, renders the DPA alone, so nothing else ran before it in the process.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadModel } from '../../../src/commands/validate';
import { Diagnostics } from '../../../src/diagnostics';
import { packageDocuments } from '../../../src/documents';
import { docxBytes } from '../../../src/formats/docx/document';
import { makeDocxTheme } from '../../../src/formats/docx/theme';
import { readImage, readImages } from '../../../src/load/assets';

async function main(): Promise<void> {
  const [root, date, mode] = process.argv.slice(2);
  const model = loadModel(path.join(root, 'content'), new Diagnostics(), { today: new Date('2026-07-01T12:00:00Z') });
  if (!model) throw new Error('the fixture did not load');
  const { config } = model.content;
  const assets = { images: readImages(root, model.images), ...(config.brand.logo ? { logo: readImage(root, config.brand.logo) } : {}) };
  const docs = packageDocuments(model).filter((d) => (mode === 'dpa-only' ? d.kind === 'dpa' : d.kind === 'nda' || d.kind === 'dpa'));
  const sums: Record<string, string> = {};
  for (const doc of docs) sums[`${doc.name}.docx`] = createHash('sha256').update(await docxBytes(doc, assets, makeDocxTheme(config.brand), new Date(date))).digest('hex');
  process.stdout.write(JSON.stringify(sums));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
