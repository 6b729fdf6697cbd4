import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostics } from '../diagnostics';
import { fileStart, listNames, projectPath, type LoadContext } from './paths';
import { readSource } from './read';
import { splitFrontMatter } from './front-matter';
import type { MarkdownFile } from './types';

/** The whitepaper sections: content/sections/*.md in file-name order; at least one is required. */
export function loadSections(ctx: LoadContext, diagnostics: Diagnostics): MarkdownFile[] {
  const dir = path.join(ctx.contentDir, 'sections');
  const names = listNames(dir).filter((name) => name.toLowerCase().endsWith('.md'));
  if (names.length === 0) {
    diagnostics.error(fileStart(projectPath(ctx, dir)), 'content/missing-file', 'there are no sections; add at least one Markdown file to the sections folder, e.g. sections/01-overview.md', {
      expected: 'one or more .md files',
      actual: 'none',
    });
    return [];
  }
  return names.flatMap((name) => loadMarkdown(ctx, path.join(dir, name), diagnostics) ?? []);
}

/** The legal templates, each optional at this stage: absent means undefined, not an error. */
export function loadLegal(ctx: LoadContext, diagnostics: Diagnostics): { nda?: MarkdownFile; dpa?: MarkdownFile } {
  const load = (name: string) => {
    const abs = path.join(ctx.contentDir, 'legal', name);
    return fs.existsSync(abs) ? loadMarkdown(ctx, abs, diagnostics) : undefined;
  };
  return { nda: load('nda.md'), dpa: load('dpa.md') };
}

/** Reads one Markdown file; line endings become `\n` so later stages count lines one way. */
export function loadMarkdown(ctx: LoadContext, abs: string, diagnostics: Diagnostics): MarkdownFile | undefined {
  const file = projectPath(ctx, abs);
  const source = readSource(abs, file, diagnostics, { expected: 'Markdown text', root: ctx.root });
  if (!source) return undefined;
  const { text, audience } = splitFrontMatter({ file, text: source.text.replace(/\r\n?/g, '\n') }, diagnostics);
  return { file, text, ...(audience ? { audience } : {}) };
}
