import type { Position } from '../diagnostics';
import type { FontFiles } from '../load/types';
import type { Block, Document, Run } from '../model/blocks';
import type { PackageModel } from '../model';
import type { SourceIndex } from './source-index';

/** A face of the font family. */
export type Face = keyof FontFiles;

/** A piece of text that reaches a PDF, with where it came from. */
export interface TextItem {
  /** The text as it is drawn: Markdown parsed, entities decoded, placeholders filled. */
  text: string;
  /** What holds it, for messages, e.g. `"area" of control "mfa"`. */
  where: string;
  /** Faces it may be drawn in; none for text that is embedded but not drawn (link targets). */
  faces: readonly Face[];
  /** Inside a code block or code span. */
  code: boolean;
  /** Where the `length` characters at `index` of `text` were written; the text's start when unknown. */
  locate(index: number, length: number): Position;
}

// Any text may be set bold by the theme (headings, table headers, the cover); italics only when asked.
const PLAIN: readonly Face[] = ['normal', 'bold'];
const ITALIC: readonly Face[] = ['normal', 'bold', 'italics', 'bolditalics'];

/** Every text of the package that reaches one of its PDFs, in document order. */
export function pdfTexts(model: PackageModel, sources: ReadonlyMap<string, SourceIndex>): TextItem[] {
  const { content } = model;
  const items: TextItem[] = [];
  for (const doc of [...model.sections, model.nda, model.dpa]) {
    if (doc) items.push(...documentTexts(doc, sources.get(doc.file)));
  }

  content.controls.forEach((control, i) => {
    const at = (field: string) => control.positions.of(field, control.at);
    const name = `control "${control.id}"`;
    items.push(data(control.area, `"area" of ${name}`, at('area'), PLAIN));
    const runs = model.controls[i]?.runs ?? [{ text: control.control }];
    items.push(data(runs.map((r) => r.text).join(''), `"control" of ${name}`, at('control'), facesOf(runs)));
    for (const [key, refs] of Object.entries(control.frameworks)) {
      items.push(data(model.frameworks.resolve(key)?.name ?? key, `framework "${key}" of ${name}`, at(`frameworks.${key}`), PLAIN));
      refs.forEach((ref, j) => items.push(data(ref, `"frameworks.${key}" of ${name}`, at(`frameworks.${key}[${j}]`), PLAIN)));
    }
  });

  for (const sub of content.subprocessors) {
    const at = (field: string) => sub.positions.of(field, sub.at);
    const name = `subprocessor "${sub.name}"`;
    for (const field of ['name', 'purpose', 'data', 'location'] as const) items.push(data(sub[field], `"${field}" of ${name}`, at(field), PLAIN));
    sub.certifications.forEach((c, j) => items.push(data(c, `"certifications" of ${name}`, at(`certifications[${j}]`), PLAIN)));
    if (sub.website) items.push(data(sub.website, `"website" of ${name}`, at('website'), []));
  }

  for (const table of content.tables) {
    const at = (label: string) => table.positions.of(label, table.at);
    table.columns.forEach((c, j) => items.push(data(c, `a column heading of ${table.src}`, at(`columns[${j}]`), PLAIN)));
    table.rows.forEach((row, i) => row.forEach((cell, j) => items.push(data(cell, `row ${i + 1} of ${table.src}`, at(`rows[${i}][${j}]`), PLAIN))));
  }

  for (const [key, value] of model.values) {
    // Colours, paths and rule settings are not printed; every other setting can be, on the cover or through a placeholder.
    if (/^(brand|archive|rules)\./.test(key)) continue;
    const at = content.configPositions.of(key);
    items.push(data(value, `the setting ${key}`, at, PLAIN));
  }
  return items;
}

function data(text: string, where: string, at: Position, faces: readonly Face[]): TextItem {
  return { text, where, faces, code: false, locate: () => at };
}

function facesOf(runs: readonly Run[]): readonly Face[] {
  return runs.some((r) => r.italics) ? ITALIC : PLAIN;
}

/** The texts of a parsed Markdown file; `source` finds exact places in the author's file. */
function documentTexts(doc: Document, source: SourceIndex | undefined): TextItem[] {
  const items: TextItem[] = [];
  const where = 'the text';
  const add = (text: string, at: Position, faces: readonly Face[], code = false) =>
    items.push({ text, where, faces, code, locate: (index, length) => source?.find(text, index, length, at) ?? at });
  const addRuns = (runs: readonly Run[], at: Position, faces?: readonly Face[]) => {
    add(runs.map((r) => r.text).join(''), at, faces ?? facesOf(runs));
    for (const run of runs) {
      // Already in the paragraph's text; kept apart for the checks that look only at code.
      if (run.code) add(run.text, at, [], true);
      if (run.link) add(run.link, at, []);
    }
  };
  const walk = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
          addRuns(block.runs, block.at, block.depth >= 4 ? ITALIC : PLAIN);
          break;
        case 'paragraph':
          addRuns(block.runs, block.at);
          break;
        case 'list':
          block.items.forEach(walk);
          break;
        case 'blockquote':
          walk(block.blocks);
          break;
        case 'table':
          for (const row of [block.header, ...block.rows]) for (const cell of row) addRuns(cell, block.at);
          break;
        case 'code':
          add(block.text, block.at, PLAIN, true);
          break;
        case 'directive':
          if (block.attrs.label) add(block.attrs.label, block.at, PLAIN);
          break;
        default:
          break;
      }
    }
  };
  walk(doc.blocks);
  return items;
}
