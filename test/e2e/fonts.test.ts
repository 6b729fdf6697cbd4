import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { defaultFontFiles } from '../../src/load/fonts';
import { normalise, readPdf } from '../helpers/pdf';
import { copyProject, removeProject, runCli } from '../helpers/project';

// The brand's fonts replace Roboto in every document. Roboto Italic stands in for a brand family
// here, so the PDFs must embed it and nothing else.
let project: string;
let files: Map<string, Buffer>;

beforeAll(async () => {
  project = copyProject();
  fs.mkdirSync(path.join(project, 'assets', 'fonts'));
  for (const face of ['normal', 'bold', 'italics', 'bolditalics']) {
    fs.copyFileSync(defaultFontFiles().italics, path.join(project, 'assets', 'fonts', `Brand-${face}.ttf`));
  }
  const config = path.join(project, 'content', 'trust-package.yaml');
  const fonts = ['normal', 'bold', 'italics', 'bolditalics'].map((f) => `    ${f}: assets/fonts/Brand-${f}.ttf`).join('\n');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^ {2}accentColor: .*$/m, (line) => `${line}\n  fonts:\n${fonts}`));
  const result = runCli(['build', '--quiet'], project);
  expect(result.status, result.stderr).toBe(0);
  const zip = fs.readFileSync(path.join(project, 'out', 'tesults-trust-package-2026-06-26.zip'));
  files = new Map((await readZip(zip, 'package')).map((f) => [f.path, f.bytes]));
}, 120_000);

afterAll(() => removeProject(project));

describe('brand fonts', () => {
  it('are embedded in every document instead of Roboto', () => {
    for (const name of ['Tesults-Security-Overview-2026-06-26.pdf', 'Tesults-Mutual-NDA.pdf', 'Tesults-DPA.pdf']) {
      const fontNames = [...files.get(name)!.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
      expect(new Set(fontNames), name).toEqual(new Set(['Roboto-Italic']));
    }
  });

  it('still give the whole text', async () => {
    const text = normalise((await readPdf(files.get('Tesults-Security-Overview-2026-06-26.pdf')!)).text);
    expect(text).toContain('Security and Compliance Overview');
    expect(text).toContain('Stripe, Inc.');
  });
});
