import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/commands/documents';
import { loadModel } from '../../../src/commands/validate';
import { Diagnostics } from '../../../src/diagnostics';
import { readFonts } from '../../../src/load/fonts';
import { DATE, docxParts, pick } from './helpers';

/** The German fixture, loaded as on a day after its review date and rendered in this process (it is only read). */
async function renderNorthwind() {
  const root = path.join(process.cwd(), 'test/fixtures/northwind');
  const model = loadModel(path.join(root, 'content'), new Diagnostics(), { today: new Date('2026-12-01T12:00:00Z') });
  if (!model) throw new Error('the German fixture did not load');
  return renderDocuments(model, { images: new Map() }, readFonts(root, undefined), DATE);
}

describe('hyphenation in the Word editions', async () => {
  const documents = await renderNorthwind();
  const dpa = await docxParts(pick(documents, '-DPA.docx'));

  it('turns on Word’s automatic hyphenation, sparingly: a 1 cm zone, two hyphenated lines in a row, no words in capitals', () => {
    const settings = dpa.get('word/settings.xml') ?? '';
    expect(settings).toContain('<w:autoHyphenation/>');
    expect(settings).toContain('<w:consecutiveHyphenLimit w:val="2"/>');
    expect(settings).toContain('<w:hyphenationZone w:val="567"/>');
    expect(settings).toContain('<w:doNotHyphenateCaps/>');
  });

  it('sets the document’s language on the default run style, so that Word hyphenates by German rules', () => {
    const styles = dpa.get('word/styles.xml') ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:lang w:val="de"\/>/);
  });
});
