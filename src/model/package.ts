import type { Content, DataTable } from '../load/types';
import { defaultAudience, optionalSettingKeys, placeholderValues, writtenPlaceholderValues, type PartialContent } from '../load';
import { Diagnostics } from '../diagnostics';
import { checkAnchors, parseMarkdown } from './markdown';
import type { Block, Document, Run } from './blocks';
import { resolveAnswers, type AnswerText } from './answers';
import { FrameworkCatalogue } from './frameworks';
import { stringsFor } from '../text/strings';
import type { Control } from '../load/types';

/** A control with its description already parsed from inline Markdown. */
export interface ControlRow {
  id: string;
  area: string;
  runs: Run[];
  /** Canonical framework id (`iso27001`) to references, however the author spelt the framework. */
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
  /** The built-in frameworks and the team's own, for display names. */
  frameworks: FrameworkCatalogue;
}

/** Parses every Markdown source once; problems go to `diagnostics`. */
export function buildModel(content: Content, diagnostics: Diagnostics, exists: (projectPath: string) => boolean | 'outside'): PackageModel {
  // Beside the settings, values derived from the data: `{{subprocessors.locations}}` is where the data goes.
  const values = modelValues(content);
  const frameworks = new FrameworkCatalogue(content.config.frameworks);
  const sources = parseSources(content, values, frameworks, diagnostics, exists);
  const answers = resolveAnswers(content.answers ?? [], values, defaultAudience(content.config), diagnostics);
  return { content, values, tables: new Map(content.tables.map((t) => [t.src, t])), frameworks, answers, ...sources };
}

/** The values `{{...}}` placeholders resolve to in this content: the settings', then those derived from its data. */
export function modelValues(content: Pick<Content, 'config' | 'subprocessors'>): Map<string, string> {
  const strings = stringsFor(content.config.document.language, content.config.strings);
  return new Map([...placeholderValues(content.config), ...derivedValues(content, strings.and)]);
}

/** Placeholder values that come from the data rather than the settings. */
function derivedValues(content: Pick<Content, 'subprocessors'>, and = 'and'): [string, string][] {
  return [['subprocessors.locations', listed(dataLocations(content.subprocessors), and)]];
}

/**
 * Checks the Markdown and the controls of content whose configuration broke the schema, with the
 * placeholder values and frameworks that are known from the configuration as written: one run then
 * reports the problems of every file, not those of the config first and the rest after it is fixed.
 */
export function checkWithoutConfig(partial: PartialContent, diagnostics: Diagnostics, exists: (projectPath: string) => boolean | 'outside'): void {
  const values = new Map([...writtenPlaceholderValues(partial.writtenConfig), ...derivedValues(partial)]);
  parseSources(partial, values, new FrameworkCatalogue(writtenFrameworks(partial.writtenConfig)), diagnostics, exists);
}

/** The `frameworks:` entries of a config as written that have a name, for the catalogue. */
function writtenFrameworks(written: unknown): Record<string, { name: string }> {
  const entries = typeof written === 'object' && written !== null ? (written as Record<string, unknown>).frameworks : undefined;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return {};
  return Object.fromEntries(Object.entries(entries).map(([id, f]): [string, { name: string }] => [id, { name: typeof f?.name === 'string' ? f.name : id }]));
}

type Sources = Pick<Content, 'sections' | 'legal' | 'controls' | 'tables'>;

function parseSources(content: Sources, values: ReadonlyMap<string, string>, frameworks: FrameworkCatalogue, diagnostics: Diagnostics, exists: (projectPath: string) => boolean | 'outside') {
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
    return { id: c.id, area: c.area, frameworks: canonicalFrameworks(c, frameworks, diagnostics), runs: inlineRuns(doc.blocks) };
  });
  const images = [...new Set([...sections, ...(nda ? [nda] : []), ...(dpa ? [dpa] : [])].flatMap((d) => imagesOf(d.blocks)))];
  return { sections, nda, dpa, controls, images };
}

/**
 * A control's frameworks under their canonical ids: `SOC 2`, `soc2` and `SOC-2` are one framework, and
 * their references are merged. A key that names no framework is an error with the closest name; it is
 * kept as written, so a team that lowers the rule still sees its references.
 */
function canonicalFrameworks(control: Control, catalogue: FrameworkCatalogue, diagnostics: Diagnostics): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, refs] of Object.entries(control.frameworks)) {
    const framework = catalogue.resolve(key);
    if (!framework) {
      const suggestion = catalogue.suggest(key);
      diagnostics.error(
        control.positions.of(`frameworks.${key}`, control.at),
        'controls/unknown-framework',
        `framework "${key}" of control "${control.id}" is not in the catalogue; ${suggestion ? `did you mean "${suggestion}"? Or ` : ''}declare it under frameworks: in trust-package.yaml`,
        { expected: 'a framework such as SOC 2, ISO/IEC 27001, BSI C5 or one declared in trust-package.yaml (see docs/content.md)', actual: JSON.stringify(key) },
      );
    }
    const id = framework?.id ?? key;
    out[id] = [...new Set([...(out[id] ?? []), ...refs])];
  }
  return out;
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

/** "Germany, Ireland and the United States", with the language's word for "and". */
export function listed(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
