import path from 'node:path';
import { loadModel } from '../../src/commands/validate';
import { Diagnostics } from '../../src/diagnostics';
import type { LintSettings } from '../../src/checks';
import type { PackageModel } from '../../src/model';
import { lines, project } from '../load/fixtures';
import { testdir } from '../helpers/testdir';

/** A day the fixture's review date (2026-06-26) is current on. */
export const TODAY = new Date('2026-07-01T12:00:00Z');

/** The fixture project of test/content plus both legal templates: it loads without a finding. */
export function files(overrides: Record<string, string | Buffer | undefined> = {}): Record<string, string | Buffer> {
  return project({
    'content/legal/nda.md': '# Mutual Non-Disclosure Agreement\n\nThe parties agree.\n',
    'content/legal/dpa.md': '# Data Processing Agreement\n\nThe processor processes.\n',
    ...overrides,
  });
}

/** Loads and checks a project made of `files(overrides)`; returns every finding as the CLI prints it. */
export function check(overrides: Record<string, string | Buffer | undefined> = {}, settings: Partial<LintSettings> = {}): { lines: string[]; model?: PackageModel; root: string } {
  const root = testdir(files(overrides));
  const diagnostics = new Diagnostics();
  const model = loadModel(path.join(root, 'content'), diagnostics, { today: TODAY, ...settings });
  return { lines: lines(diagnostics), model, root };
}

/** The findings of a project whose first section is `markdown`. */
export function checkSection(markdown: string, settings: Partial<LintSettings> = {}): string[] {
  return check({ 'content/sections/01-overview.md': markdown }, settings).lines;
}

export const SECTION = 'content/sections/01-overview.md';
