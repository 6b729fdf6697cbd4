import type { Config, DataTable, Subprocessor } from '../load/types';
import { processingBlocks } from './processing';
import type { Block, Run } from '../model/blocks';
import type { Cell, DocBlock, SignatureParty } from '../model/document';
import type { FrameworkCatalogue } from '../model/frameworks';
import { fill, items, type Strings } from '../text/strings';
import type { ControlRow } from '../model/package';

/** The data that directives draw from: the same for every document of a package. */
export interface DirectiveData {
  controls: readonly ControlRow[];
  subprocessors: readonly Subprocessor[];
  tables: ReadonlyMap<string, DataTable>;
  values: ReadonlyMap<string, string>;
  /** The `processing:` settings, for `::processing`. */
  processing?: Config['processing'];
  /** Display names of the frameworks in the controls matrix. */
  frameworks: FrameworkCatalogue;
  /** The words of the document's language: table headers, signature labels. */
  strings: Strings;
  /** `annex`: `::subprocessors` lists each one as a DPA's annex does (address, contact, processing, transfer). */
  subprocessorTable?: 'annex';
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
      return [controlsMatrix(data)];
    case 'subprocessors':
      return [data.subprocessorTable === 'annex' ? subprocessorAnnex(data.subprocessors, data.strings) : subprocessorList(data.subprocessors, data.strings)];
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
      return [{ type: 'signatures', parties: signatureParties(data.values, data.strings) }];
    case 'processing':
      return processingBlocks(data.processing, data.subprocessors, data.strings);
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

function controlsMatrix({ controls, frameworks, strings }: DirectiveData): DocBlock {
  return table(
    'controls',
    [strings.controlArea, strings.controlInPlace, strings.controlFrameworks],
    controls.map((c) => [plain(c.area, { bold: true }), [c.runs], frameworksCell(c, frameworks, strings)]),
  );
}

/** One line per framework: its name in bold, then its references. */
function frameworksCell(control: ControlRow, frameworks: FrameworkCatalogue, strings: Strings): Cell {
  const lines = Object.entries(control.frameworks).map(([id, refs]): Run[] => [{ text: `${frameworks.name(id)}: `, bold: true }, { text: refs.join(', ') }]);
  return lines.length > 0 ? lines : plain(strings.noneMapped);
}

/** The subprocessor list as `::subprocessors` places it, with the language's column headers; the trust page shows the same. */
export function subprocessorList(subprocessors: readonly Subprocessor[], strings: Strings): DocBlock {
  return table(
    'subprocessors',
    [strings.subprocessorName, strings.subprocessorPurpose, strings.subprocessorData, strings.subprocessorLocation, strings.subprocessorCertifications],
    subprocessors.map((s) => [
      plain(s.name, { bold: true, ...(s.website ? { link: s.website } : {}) }),
      plain(s.purpose),
      plain(s.data),
      plain(s.location),
      plain(s.certifications.length > 0 ? s.certifications.join(', ') : strings.noneStated),
    ]),
  );
}

/**
 * The sub-processors as Annex III of the EU standard contractual clauses asks: who (name, address, contact,
 * and the website printed, since a link is lost on paper), what processing, where, and under which transfer
 * mechanism. A detail the list does not give prints as "not stated", never as a guess.
 */
function subprocessorAnnex(subprocessors: readonly Subprocessor[], strings: Strings): DocBlock {
  const missing = strings.notStated;
  return table(
    'subprocessors',
    [strings.subprocessorName, strings.subprocessorProcessing, strings.subprocessorLocation, strings.subprocessorTransfer],
    subprocessors.map((s) => [
      [
        [{ text: s.name, bold: true }],
        ...(s.address ? [[{ text: s.address }]] : []),
        [{ text: `${strings.subprocessorContact}: ${s.contact ?? missing}` }],
        ...(s.website ? [[{ text: s.website }]] : []),
      ],
      [[{ text: s.processing ?? s.purpose }], [{ text: `${strings.subprocessorData}: `, bold: true }, { text: s.data }]],
      plain(s.location),
      plain(s.transfer ?? missing),
    ]),
  );
}

function dataTable(data: DataTable): DocBlock {
  return table('data', data.columns, data.rows.map((row) => row.map((cell) => plain(cell))));
}

/** Both parties' blocks: the company's name filled in, the counterparty's when an edition knows it. */
function signatureParties(values: ReadonlyMap<string, string>, strings: Strings): SignatureParty[] {
  const party = (heading: string, name: string | undefined, signatory?: string): SignatureParty => ({
    heading,
    lines: [
      { label: strings.signatureParty, ...(name ? { value: name } : {}) },
      { label: strings.signatureSignature },
      { label: strings.signatureName, ...(signatory ? { value: signatory } : {}) },
      { label: strings.signatureTitle },
      { label: strings.signatureDate },
      { label: strings.signaturePlace },
    ],
  });
  return [
    party(fill(strings.signatureFor, { party: values.get('company.legalName') ?? strings.signatureCompany }), values.get('company.legalName')),
    party(strings.signatureCounterparty, values.get('counterparty.name'), values.get('counterparty.signatory')),
  ];
}

/** Whether a heading starts with one of the language's annex words ("Annex", "Anhang" ...), any case. */
export function startsWithAnnexWord(text: string, strings: Strings): boolean {
  const words = items(strings.annexWords).map((word) => word.toLowerCase());
  const first = text.trim().split(/[\s:.,]/)[0].toLowerCase();
  return words.includes(first);
}
