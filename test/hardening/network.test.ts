import { describe, expect, test } from 'vitest';
import { build } from '../../src/commands/build';
import { readFonts } from '../../src/load/fonts';
import { renderPdf } from '../../src/formats/pdf/engine/render';
import { listing, projectDir } from './helpers';
import path from 'node:path';

const DATE = new Date('2026-06-26T00:00:00Z');
const fonts = () => readFonts(process.cwd(), undefined);

describe('the build reaches no network and reads only what it is given', () => {
  test('a document with a remote image fails validation and writes nothing', async () => {
    const root = projectDir({ 'content/sections/01-overview.md': '# Overview\n\n![Chart](https://example.com/chart.png)\n' });
    const out = path.join(root, 'out');
    const result = await build({ contentDir: path.join(root, 'content'), outDir: out, revision: false, env: {} });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['markdown/image-remote']);
    expect(listing(out)).toEqual([]);
  });

  test('pdfmake refuses an image URL that reaches it anyway', async () => {
    const definition = () => ({ content: [{ image: 'https://example.com/chart.png', width: 100 }] });
    await expect(renderPdf(definition, fonts(), DATE)).rejects.toThrow(/denied by resource access policy: https:\/\/example\.com\/chart\.png/);
  });

  test('pdfmake refuses to read a local file named in a definition', async () => {
    const definition = () => ({ content: [{ image: '/etc/hostname', width: 100 }] });
    await expect(renderPdf(definition, fonts(), DATE)).rejects.toThrow('Access to local file denied by resource access policy: /etc/hostname');
  });
});
