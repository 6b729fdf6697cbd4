import path from 'node:path';
import { inspectProjectFile, readContent, readFontFaces, readProjectFile, type PartialContent } from '../load';
import type { FontFiles } from '../load/types';
import { applyRuleSettings, fontCoverage, lintModel, type LintSettings } from '../checks';
import type { Diagnostics } from '../diagnostics';
import { buildModel, checkWithoutConfig, type PackageModel } from '../model';
import { openFont } from '../formats/pdf/engine/libraries';

/**
 * Loads, parses and checks the content, then applies the `rules:` settings to every finding; returns
 * the model, or undefined when nothing could be loaded. `settings` overrides the clock or file access of the checks.
 */
export function loadModel(contentDir: string, diagnostics: Diagnostics, settings: Partial<LintSettings> = {}): PackageModel | undefined {
  const { content, partial } = readContent(contentDir, diagnostics);
  if (partial) checkPartial(contentDir, partial, diagnostics);
  if (!content) return undefined;
  const model = buildModel(content, diagnostics, projectFileExists(content.root));
  checkTemplates(contentDir, content, diagnostics);
  lintModel(model, diagnostics, { ...lintSettings(content.root, content.config.brand.fonts), ruleSettings: content.config.rules, ...settings });
  applyRuleSettings(content.config, content.configPositions, diagnostics);
  return model;
}

/** Whether a path a document refers to names a project file, or `'outside'` when its links lead out of the project. */
function projectFileExists(root: string): (projectPath: string) => boolean | 'outside' {
  return (projectPath) => {
    const found = inspectProjectFile(root, path.resolve(root, projectPath));
    return found.kind === 'outside' ? 'outside' : found.kind === 'file';
  };
}

/** What the content checks read from disk: fonts and images, under the project root; today's date. */
function lintSettings(root: string, fonts: FontFiles | undefined): LintSettings {
  return {
    today: new Date(),
    readFile: (projectPath) => {
      try {
        return readProjectFile(root, path.resolve(root, projectPath));
      } catch {
        return undefined;
      }
    },
    fonts: fontCoverage(readFontFaces(root, fonts), openFont),
  };
}

/**
 * With a configuration that broke the schema, the Markdown, the controls and the legal templates are still
 * checked, so that one run reports every problem.
 */
function checkPartial(contentDir: string, partial: PartialContent, diagnostics: Diagnostics): void {
  checkWithoutConfig(partial, diagnostics, projectFileExists(partial.root));
  checkTemplates(contentDir, partial, diagnostics);
}

function checkTemplates(contentDir: string, content: Pick<PartialContent, 'root' | 'legal'>, diagnostics: Diagnostics): void {
  const legalDir = `${path.relative(content.root, path.resolve(contentDir)).split(path.sep).join('/')}/legal`;
  if (!content.legal.nda) missingTemplate(diagnostics, `${legalDir}/nda.md`, 'the mutual NDA template');
  if (!content.legal.dpa) missingTemplate(diagnostics, `${legalDir}/dpa.md`, 'the DPA template');
}

function missingTemplate(diagnostics: Diagnostics, file: string, what: string): void {
  diagnostics.error({ file, line: 1, column: 1 }, 'content/missing-file', `${what} is missing; the package includes it, so create ${file}`, {
    expected: 'a Markdown file',
    actual: 'no file',
  });
}
