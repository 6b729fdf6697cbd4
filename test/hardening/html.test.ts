import { describe, expect, test } from 'vitest';
import { normalise, readPdf } from '../helpers/pdf';
import { readZip } from '../../src/package/unzip';
import { pdfHolds, render } from './helpers';

const SECTION = 'content/sections/01-overview.md';

describe('HTML never reaches a PDF', () => {
  test('a comment, an HTML block and an inline tag leave neither text nor bytes behind', async () => {
    const markdown = [
      '# Overview Visiblemarkerheading',
      '',
      '<!-- Commentmarkerone: internal pricing notes -->',
      '',
      'Text before <!-- Commentmarkertwo --> text after, <span title="Attrmarker">kept words</span>.',
      '',
      '<div class="Blockmarker">',
      '<p>Htmlblockmarker</p>',
      '</div>',
      '',
      '<!--',
      'Commentmarkerthree across',
      'several lines',
      '-->',
      '',
      'Closing paragraph.',
      '',
    ].join('\n');
    const { documents } = await render({ [SECTION]: markdown });
    const whitepaper = documents[0];
    const text = normalise((await readPdf(whitepaper.bytes)).text);
    expect(text).toContain('Text before text after, kept words.');
    for (const marker of ['Commentmarkerone', 'Commentmarkertwo', 'Commentmarkerthree', 'Attrmarker', 'Blockmarker', 'Htmlblockmarker']) {
      expect(text).not.toContain(marker);
      expect(pdfHolds(whitepaper.bytes, marker)).toBe(false);
    }
  });

  test('the byte search finds a marker that does reach the PDF, so its silence above means something', async () => {
    const { documents } = await render({ [SECTION]: '# Overview Visiblemarkerheading\n\nText.\n' });
    // Headings become bookmarks, whose titles are strings in the file.
    expect(pdfHolds(documents[0].bytes, 'Visiblemarkerheading')).toBe(true);
  });

  test('comments in the legal templates stay out of the NDA and DPA', async () => {
    const { documents } = await render({
      'content/legal/nda.md': '# Mutual NDA\n\n<!-- Ndacommentmarker: ask legal -->\n\nThe parties agree.\n',
      'content/legal/dpa.md': '# DPA\n\nThe processor <!-- Dpacommentmarker --> processes.\n',
    });
    const file = (name: string) => documents.find((d) => d.path === name)!.bytes;
    const [nda, dpa] = [file('Tesults-Mutual-NDA.pdf'), file('Tesults-DPA.pdf')];
    expect(normalise((await readPdf(nda)).text)).toContain('The parties agree.');
    expect(normalise((await readPdf(dpa)).text)).toContain('The processor processes.');
    expect(pdfHolds(nda, 'Ndacommentmarker')).toBe(false);
    expect(pdfHolds(dpa, 'Dpacommentmarker')).toBe(false);
    // The Word editions leave the comments out too.
    for (const name of ['Tesults-Mutual-NDA.docx', 'Tesults-DPA.docx']) {
      const xml = (await readZip(file(name), name)).map((f) => f.bytes.toString('utf8')).join('');
      expect(xml.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toMatch(/The (parties agree|processor processes)\./);
      expect(xml).not.toMatch(/commentmarker/);
    }
  });
});
