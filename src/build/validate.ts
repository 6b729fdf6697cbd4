import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../content';
import type { Diagnostics } from '../diagnostics';
import { buildModel, type PackageModel } from '../model';

/** Loads, parses and checks the content; returns the model, or undefined when nothing could be loaded. */
export function loadModel(contentDir: string, diagnostics: Diagnostics): PackageModel | undefined {
  const content = loadContent(contentDir, diagnostics);
  if (!content) return undefined;
  const exists = (projectPath: string) => existsSync(path.resolve(content.root, projectPath));
  const model = buildModel(content, diagnostics, exists);
  const legalDir = `${path.relative(content.root, path.resolve(contentDir)).split(path.sep).join('/')}/legal`;
  if (!content.legal.nda) missingTemplate(diagnostics, `${legalDir}/nda.md`, 'the mutual NDA template');
  if (!content.legal.dpa) missingTemplate(diagnostics, `${legalDir}/dpa.md`, 'the DPA template');
  return model;
}

function missingTemplate(diagnostics: Diagnostics, file: string, what: string): void {
  diagnostics.error({ file, line: 1, column: 1 }, 'content/missing-file', `${what} is missing; the package includes it, so create ${file}`, {
    expected: 'a Markdown file',
    actual: 'no file',
  });
}
