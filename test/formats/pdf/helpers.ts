import { Diagnostics } from '../../../src/diagnostics';
import type { Config } from '../../../src/load/types';
import { Positions } from '../../../src/load/positions';
import { parseMarkdown } from '../../../src/model/markdown';
import type { Document } from '../../../src/model/blocks';
import { makeTheme, type Theme } from '../../../src/formats/pdf/theme';
import { documentBlocks, flowBlocks, packageDocuments, type DirectiveData } from '../../../src/documents';
import { pdfDefinition } from '../../../src/formats/pdf/document';
import type { Assets } from '../../../src/model/assets';
import type { PackageModel } from '../../../src/model';
import { FrameworkCatalogue } from '../../../src/model/frameworks';
import { en } from '../../../src/text/strings/en';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { blockContext } from '../../../src/formats/pdf/document';
import { renderBlocks } from '../../../src/formats/pdf/blocks';

/** A complete configuration as the loader would return it with defaults applied. */
export const CONFIG: Config = {
  company: { name: 'Example Co', legalName: 'Example Co Ltd', website: 'https://example.com', securityContact: 'security@example.com' },
  document: { title: 'Security Overview', reviewDate: '2026-06-26', classification: 'Confidential', language: 'en', maxAgeMonths: 12, formats: ['pdf', 'docx'], numbering: false },
  brand: { primaryColor: '#1F3A5F', accentColor: '#2BB3A3' },
  legal: { subprocessorNoticeDays: 30, templateNotice: true },
  archive: { dir: 'out/archive' },
  site: { enabled: true, defaultAudience: 'public' },
  variables: {},
  frameworks: {},
  strings: {},
  rules: {},
};

/** Parses Markdown as a section of the whitepaper, failing on any diagnostic. */
export function section(markdown: string, file = 'content/sections/01-test.md'): Document {
  const diagnostics = new Diagnostics();
  const doc = parseMarkdown(markdown, {
    file,
    values: new Map([['company.name', 'Example Co']]),
    tables: new Set(['tables/plans.csv']),
    exists: () => true,
    anchors: new Set(),
    diagnostics,
  });
  if (diagnostics.items.length > 0) throw new Error(JSON.stringify(diagnostics.items));
  return doc;
}

/** What the PDF stage is given in these tests: the theme, no images, and the data directives draw from. */
export interface RenderInput {
  config: typeof CONFIG;
  theme: Theme;
  assets: Assets;
  data: DirectiveData;
}

/** Render input with a small data set: two controls, one subprocessor, one table. */
export function renderInput(): RenderInput {
  return {
    config: CONFIG,
    theme: makeTheme(CONFIG),
    assets: { images: new Map() },
    data: {
      controls: [
        { id: 'transit', area: 'Data in transit', runs: [{ text: 'TLS 1.2 or later ' }, { text: 'everywhere', bold: true }], frameworks: { soc2: ['CC6.7'], iso27001: ['A.8.24'] } },
        { id: 'backups', area: 'Backups', runs: [{ text: 'Daily, kept for 30 days.' }], frameworks: {} },
      ],
      subprocessors: [
        { name: 'Cloud Host Inc.', purpose: 'Hosting', data: 'All customer data', location: 'Ireland', certifications: ['ISO 27001'], website: 'https://cloud.example', at: { file: 'content/subprocessors.yaml', line: 1, column: 3 }, positions: new Positions('content/subprocessors.yaml') },
      ],
      tables: new Map([
        ['tables/plans.csv', { src: 'tables/plans.csv', file: 'content/tables/plans.csv', columns: ['Plan', 'Retention'], rows: [['Free', '30 days'], ['Paid', '1 year']], at: { file: 'content/tables/plans.csv', line: 1, column: 1 }, positions: new Positions('content/tables/plans.csv') }],
      ]),
      values: new Map([['company.legalName', 'Example Co Ltd']]),
      frameworks: new FrameworkCatalogue(),
      strings: en,
    },
  };
}

/** The whitepaper's pdfmake definition for these sections, as the build makes it. */
export function whitepaperDefinition(input: RenderInput, sections: Document[]): TDocumentDefinitions {
  const model = {
    content: { root: '/', config: input.config, configPositions: new Positions('content/trust-package.yaml'), sections: [], controls: [], subprocessors: [...input.data.subprocessors], tables: [], legal: {} },
    values: input.data.values,
    sections,
    controls: [...input.data.controls],
    tables: input.data.tables,
    images: [],
    answers: [],
    frameworks: input.data.frameworks,
  } as PackageModel;
  return pdfDefinition(packageDocuments(model)[0], input.assets, input.theme);
}

/** Markdown rendered as the body of a whitepaper section, directives resolved. */
export function renderSection(markdown: string): Content[] {
  const input = renderInput();
  return renderBlocks(flowBlocks(documentBlocks(section(markdown).blocks, input.data)), blockContext(input.theme, input.assets, 3));
}
