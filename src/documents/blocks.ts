import type { Config, DataTable, Subprocessor } from '../load/types';
import { processingBlocks } from './processing';
import type { Block, Run } from '../model/blocks';
import type { Cell, DocBlock, SignatureParty } from '../model/document';
import { frameworkName } from '../model/frameworks';
import type { ControlRow } from '../model/package';

/** The data that directives draw from: the same for every document of a package. */
export interface DirectiveData {
  controls: readonly ControlRow[];
  subprocessors: readonly Subprocessor[];
  tables: ReadonlyMap<string, DataTable>;
  values: ReadonlyMap<string, string>;
  /** The `processing:` settings, for `::processing`. */
  processing?: Config['processing'];
}

type DirectiveBlock = Extract<Block, { type: 'directive' }>;

/**
 * Parsed Markdown as document blocks: every directive replaced by what it places (a table, a fill-in
 * field, signature blocks), and headings that `startsPage` picks marked to begin a new page.
 */
export function documentBlocks(blocks: readonly Block[], data: DirectiveData, startsPage?: (heading: { depth: number; text: string }) => boolean): DocBlock[] {
  return blocks.flatMap((block): DocBlock[] => {
    switch (block.type) {
      case 'heading': {
        const { type, depth, runs, text, anchor } = block;
        return [{ type, depth, runs, text, anchor, ...(startsPage?.(block) ? { pageBreakBefore: true as const } : {}) }];
      }
      case 'paragraph':
        return [{ type: 'paragraph', runs: block.runs }];
      case 'list':
        return [{ type: 'list', ordered: block.ordered, start: block.start, items: block.items.map((item) => documentBlocks(item, data)) }];
      case 'table':
        return [{ type: 'table', role: 'markdown', align: block.align, header: block.header.map(line), rows: block.rows.map((row) => row.map(line)) }];
      case 'blockquote':
        return [{ type: 'blockquote', blocks: documentBlocks(block.blocks, data) }];
      case 'code':
        return [{ type: 'code', text: block.text, ...(block.lang ? { lang: block.lang } : {}) }];
      case 'rule':
        return [{ type: 'rule' }];
      case 'image':
        return [{ type: 'image', src: block.src, alt: block.alt }];
      case 'directive':
        return directive(block, data);
    }
  });
}

function directive(block: DirectiveBlock, data: DirectiveData): DocBlock[] {
  switch (block.name) {
    case 'controls':
      return [controlsMatrix(data.controls)];
    case 'subprocessors':
      return [subprocessorList(data.subprocessors)];
    case 'table': {
      const table = data.tables.get(block.attrs.src ?? '');
      // The Markdown stage has already reported an unknown src as an error, so the build stops.
      return table ? [dataTable(table)] : [];
    }
    case 'field': {
      const value = block.attrs.key ? data.values.get(block.attrs.key) : undefined;
      return [{ type: 'field', label: block.attrs.label ?? '', ...(value !== undefined ? { value } : {}) }];
    }
    case 'signatures':
      return [{ type: 'signatures', parties: signatureParties(data.values) }];
    case 'processing':
      return processingBlocks(data.processing, data.subprocessors);
  }
}

/** A cell of one line of runs. */
function line(runs: Run[]): Cell {
  return [runs];
}

/** A cell of plain text. */
export function plain(text: string, format: Omit<Run, 'text'> = {}): Cell {
  return [[{ text, ...format }]];
}

function table(role: 'controls' | 'subprocessors' | 'data', header: readonly string[], rows: Cell[][]): DocBlock {
  return { type: 'table', role, align: header.map(() => null), header: header.map((h) => plain(h)), rows };
}

function controlsMatrix(controls: readonly ControlRow[]): DocBlock {
  return table(
    'controls',
    ['Control area', 'What is in place', 'Framework references'],
    controls.map((c) => [plain(c.area, { bold: true }), [c.runs], frameworksCell(c.frameworks)]),
  );
}

/** One line per framework: its name in bold, then its references. */
function frameworksCell(frameworks: Record<string, string[]>): Cell {
  const lines = Object.entries(frameworks).map(([key, refs]): Run[] => [{ text: `${frameworkName(key)}: `, bold: true }, { text: refs.join(', ') }]);
  return lines.length > 0 ? lines : plain('None mapped');
}

function subprocessorList(subprocessors: readonly Subprocessor[]): DocBlock {
  return table(
    'subprocessors',
    ['Subprocessor', 'Purpose', 'Data processed', 'Location', 'Certifications'],
    subprocessors.map((s) => [
      plain(s.name, { bold: true, ...(s.website ? { link: s.website } : {}) }),
      plain(s.purpose),
      plain(s.data),
      plain(s.location),
      plain(s.certifications.length > 0 ? s.certifications.join(', ') : 'None stated'),
    ]),
  );
}

function dataTable(data: DataTable): DocBlock {
  return table('data', data.columns, data.rows.map((row) => row.map((cell) => plain(cell))));
}

/** Both parties' blocks: the company's name filled in, the counterparty's when an edition knows it. */
function signatureParties(values: ReadonlyMap<string, string>): SignatureParty[] {
  const party = (heading: string, name: string | undefined, signatory?: string): SignatureParty => ({
    heading,
    lines: [
      { label: 'Party (legal name)', ...(name ? { value: name } : {}) },
      { label: 'Signature' },
      { label: 'Name of signatory', ...(signatory ? { value: signatory } : {}) },
      { label: 'Title' },
      { label: 'Date' },
    ],
  });
  return [
    party(`For ${values.get('company.legalName') ?? 'the Company'}`, values.get('company.legalName')),
    party('For the Counterparty', values.get('counterparty.name'), values.get('counterparty.signatory')),
  ];
}
