import { Diagnostics, formatDiagnostic } from '../../../src/diagnostics';
import { parseMarkdown, type MarkdownContext, type MarkdownDocument } from '../../../src/model/markdown';

export const FILE = 'content/sections/01-intro.md';

/** A context with a few values, one table and two existing images, overridable per test. */
export function context(overrides: Partial<MarkdownContext> = {}): MarkdownContext {
  const files = new Set(['assets/logo.png', 'content/sections/diagram.svg']);
  return {
    file: FILE,
    values: new Map([
      ['company.name', 'Tesults'],
      ['company.legalName', 'Tesults Ltd'],
      ['company.securityContact', 'help@tesults.com'],
      ['document.reviewDate', '2026-06-26'],
    ]),
    tables: new Set(['tables/retention.csv']),
    exists: (path) => files.has(path),
    anchors: new Set(),
    diagnostics: new Diagnostics(),
    ...overrides,
  };
}

/** Parses `source` and returns the document with its diagnostics as formatted lines. */
export function parse(source: string, overrides: Partial<MarkdownContext> = {}): { doc: MarkdownDocument; lines: string[] } {
  const ctx = context(overrides);
  const doc = parseMarkdown(source, ctx);
  return { doc, lines: ctx.diagnostics.items.map(formatDiagnostic) };
}
