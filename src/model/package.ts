import type { Content, DataTable } from '../load/types';
import { optionalSettingKeys, placeholderValues } from '../load';
import { Diagnostics } from '../diagnostics';
import { checkAnchors, parseMarkdown } from './markdown';
import type { Block, Document, Run } from './blocks';
import { resolveAnswers, type AnswerText } from './answers';

/** A control with its description already parsed from inline Markdown. */
export interface ControlRow {
  id: string;
  area: string;
  runs: Run[];
  frameworks: Record<string, string[]>;
}

/** The whole package in parsed form: what the renderers draw from, the same for all three documents. */
export interface PackageModel {
  content: Content;
  values: ReadonlyMap<string, string>;
  sections: Document[];
  nda?: Document;
  dpa?: Document;
  controls: ControlRow[];
  tables: ReadonlyMap<string, DataTable>;
  /** Project-relative paths of every image the documents show. */
  images: string[];
  /** The answer library with placeholders filled in; empty without one. */
  answers: AnswerText[];
}

/** Parses every Markdown source once; problems go to `diagnostics`. */
export function buildModel(content: Content, diagnostics: Diagnostics, exists: (projectPath: string) => boolean): PackageModel {
  // Beside the settings, values derived from the data: `{{subprocessors.locations}}` is where the data goes.
  const values = new Map([...placeholderValues(content.config), ['subprocessors.locations', listed(dataLocations(content.subprocessors))]]);
  const optionalKeys = optionalSettingKeys();
  const tables = new Map(content.tables.map((t) => [t.src, t]));
  const tableSrcs = new Set(tables.keys());
  const parse = (file: string, text: string, anchors: Set<string>) =>
    parseMarkdown(text, { file, values, optionalKeys, tables: tableSrcs, exists, anchors, diagnostics });

  const whitepaperAnchors = new Set<string>();
  const sections = content.sections.map((s) => parse(s.file, s.text, whitepaperAnchors));
  checkAnchors(sections, diagnostics);
  const nda = content.legal.nda && parse(content.legal.nda.file, content.legal.nda.text, new Set());
  const dpa = content.legal.dpa && parse(content.legal.dpa.file, content.legal.dpa.text, new Set());
  for (const doc of [nda, dpa]) if (doc) checkAnchors([doc], diagnostics);

  const controls = content.controls.map((c) => {
    // A description is parsed on its own, so its diagnostics are moved to where the control stands.
    const local = new Diagnostics();
    const doc = parseMarkdown(c.control, { file: c.at.file, values, tables: tableSrcs, exists, anchors: new Set(), diagnostics: local });
    for (const d of local.items) diagnostics.add({ ...d, line: c.at.line + d.line - 1, column: d.line === 1 ? c.at.column : d.column });
    return { id: c.id, area: c.area, frameworks: c.frameworks, runs: inlineRuns(doc.blocks) };
  });
  const images = [...new Set([...sections, ...(nda ? [nda] : []), ...(dpa ? [dpa] : [])].flatMap((d) => imagesOf(d.blocks)))];
  const answers = resolveAnswers(content.answers ?? [], values, diagnostics);
  return { content, values, sections, nda, dpa, controls, tables, images, answers };
}

/** The runs of inline Markdown (a control description), paragraphs joined by a space. */
function inlineRuns(blocks: readonly Block[]): Run[] {
  const runs: Run[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    if (runs.length > 0) runs.push({ text: ' ' });
    runs.push(...block.runs);
  }
  return runs;
}

function imagesOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'image') return [b.src];
    if (b.type === 'list') return b.items.flatMap(imagesOf);
    if (b.type === 'blockquote') return imagesOf(b.blocks);
    return [];
  });
}

/** Each subprocessor location once, in the order the list first names it: where the data is processed. */
export function dataLocations(subprocessors: Readonly<Content['subprocessors']>): string[] {
  const seen = new Map<string, string>();
  for (const s of subprocessors) {
    const location = s.location.trim();
    if (location && !seen.has(location.toLowerCase())) seen.set(location.toLowerCase(), location);
  }
  return [...seen.values()];
}

/** "Germany, Ireland and the United States". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
