import type { Content, ContentStack } from 'pdfmake/interfaces';
import type { DataTable, Subprocessor } from '../../load/types';
import type { Block, Run } from '../../model/blocks';
import { breakLongTokens, renderRuns, runsText } from './inline';
import { brandTable, type Cell } from './table';
import type { Theme } from './theme';

type DirectiveBlock = Extract<Block, { type: 'directive' }>;

/** A control with its description already parsed from inline Markdown. */
export interface ControlRow {
  id: string;
  area: string;
  runs: Run[];
  frameworks: Record<string, string[]>;
}

/** The data that directives draw from: the same for every document of a package. */
export interface DirectiveData {
  controls: readonly ControlRow[];
  subprocessors: readonly Subprocessor[];
  tables: ReadonlyMap<string, DataTable>;
  values: ReadonlyMap<string, string>;
}

const FRAMEWORK_NAMES: Record<string, string> = {
  soc2: 'SOC 2',
  iso27001: 'ISO 27001',
  iso27017: 'ISO 27017',
  iso27018: 'ISO 27018',
  iso27701: 'ISO 27701',
  nist80053: 'NIST 800-53',
  nistcsf: 'NIST CSF',
  pcidss: 'PCI DSS',
  hipaa: 'HIPAA',
  gdpr: 'GDPR',
  cis: 'CIS Controls',
  csastar: 'CSA STAR',
};

/** Display name of a framework key: known keys get their usual name, others are shown as written. */
export function frameworkName(key: string): string {
  return FRAMEWORK_NAMES[key.toLowerCase()] ?? key;
}

/** Renders one directive block from the package data. */
export function renderDirective(block: DirectiveBlock, data: DirectiveData, theme: Theme): Content[] {
  switch (block.name) {
    case 'controls':
      return [controlsMatrix(data.controls, theme)];
    case 'subprocessors':
      return [subprocessorList(data.subprocessors, theme)];
    case 'table': {
      const table = data.tables.get(block.attrs.src ?? '');
      // The Markdown stage has already reported an unknown src as an error, so the build stops.
      return table ? [dataTable(table, theme)] : [];
    }
    case 'field':
      return [field(block.attrs.label ?? '', block.attrs.key ? data.values.get(block.attrs.key) : undefined, theme)];
    case 'signatures':
      return [signatures(data.values, theme)];
  }
}

function plain(text: string): Cell {
  return { content: { text: breakLongTokens(text) }, text };
}

function controlsMatrix(controls: readonly ControlRow[], theme: Theme): Content {
  const header = ['Control area', 'What is in place', 'Framework references'].map(plain);
  const rows = controls.map((c) => [
    { content: { text: breakLongTokens(c.area), bold: true }, text: c.area },
    { content: { text: renderRuns(c.runs, theme.styles.link?.color as string) }, text: runsText(c.runs) },
    frameworksCell(c.frameworks),
  ]);
  return brandTable(theme, header, rows);
}

function frameworksCell(frameworks: Record<string, string[]>): Cell {
  const lines = Object.entries(frameworks).map(([key, refs]) => ({ name: frameworkName(key), refs: refs.join(', ') }));
  if (lines.length === 0) return plain('None mapped');
  return {
    content: {
      stack: lines.map((l) => ({ text: [{ text: `${l.name}: `, bold: true }, breakLongTokens(l.refs)] })),
    },
    text: lines.map((l) => `${l.name}: ${l.refs}`).join(' '),
  };
}

function subprocessorList(subprocessors: readonly Subprocessor[], theme: Theme): Content {
  const header = ['Subprocessor', 'Purpose', 'Data processed', 'Location', 'Certifications'].map(plain);
  const rows = subprocessors.map((s) => [
    {
      content: s.website
        ? { text: breakLongTokens(s.name), bold: true, link: s.website, color: theme.styles.link?.color as string }
        : { text: breakLongTokens(s.name), bold: true },
      text: s.name,
    },
    plain(s.purpose),
    plain(s.data),
    plain(s.location),
    plain(s.certifications.length > 0 ? s.certifications.join(', ') : 'None stated'),
  ]);
  return brandTable(theme, header, rows);
}

function dataTable(table: DataTable, theme: Theme): Content {
  return brandTable(theme, table.columns.map(plain), table.rows.map((row) => row.map(plain)));
}

/** A labelled fill-in line; the value is printed on the line when it is known. */
function field(label: string, value: string | undefined, theme: Theme): ContentStack {
  return {
    stack: [
      { text: value ?? ' ', fontSize: 10.5, margin: [2, 0, 0, 1] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 280, y2: 0, lineWidth: 0.7, lineColor: theme.muted }] },
      { text: label, style: 'small', margin: [0, 2, 0, 0] },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 12],
  };
}

function signatureBlock(heading: string, name: string | undefined, theme: Theme): ContentStack {
  const line = (label: string, value?: string): Content => ({
    stack: [
      { text: value ?? ' ', fontSize: 10, margin: [2, 0, 0, 1] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 210, y2: 0, lineWidth: 0.7, lineColor: theme.muted }] },
      { text: label, style: 'small', margin: [0, 2, 0, 10] },
    ],
  });
  return {
    stack: [
      { text: heading, bold: true, color: theme.primary, margin: [0, 0, 0, 14] },
      line('Party (legal name)', name),
      line('Signature'),
      line('Name of signatory'),
      line('Title'),
      line('Date'),
    ],
  };
}

/** Signature blocks for both parties, side by side and never split across pages. */
function signatures(values: ReadonlyMap<string, string>, theme: Theme): Content {
  return {
    columns: [
      signatureBlock(`For ${values.get('company.legalName') ?? 'the Company'}`, values.get('company.legalName'), theme),
      signatureBlock('For the Counterparty', values.get('counterparty.name'), theme),
    ],
    columnGap: 30,
    unbreakable: true,
    margin: [0, 18, 0, 0],
  };
}
