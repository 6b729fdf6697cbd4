import { Diagnostics } from '../diagnostics';
import { defaultAudience } from '../load';
import type { Audience, Config, Content, DataTable } from '../load/types';
import type { AnswerText } from '../model/answers';
import type { Block, Document, Run } from '../model/blocks';
import { relinkAnchors } from '../model/markdown/relink';
import { resolveAnswers } from '../model/answers';
import { buildModel, modelValues, type ControlRow, type PackageModel } from '../model/package';

/** Who may see an item: its own audience, else the site's default (public unless the settings say nda). */
export function audienceOf(item: { audience?: Audience }, config: Config): Audience {
  return item.audience ?? defaultAudience(config);
}

/**
 * The content as the public may see it: only the sections, controls, subprocessors, tables, table rows
 * and answers whose audience is public, no legal templates, and the classification "Public". Everything a
 * public output shows is derived from this, never from the full content. Pure; entries that stay are the
 * same objects.
 */
export function publicContent(content: Content): Content {
  const { config } = content;
  const isPublic = (item: { audience?: Audience }) => audienceOf(item, config) === 'public';
  const publicRows = (table: DataTable): DataTable => {
    const tags = table.rowAudience;
    if (!tags) return table;
    const { rowAudience: _tags, ...rest } = table;
    return { ...rest, rows: table.rows.filter((_, i) => isPublic({ audience: tags[i] })) };
  };
  return {
    ...content,
    config: { ...config, document: { ...config.document, classification: 'Public' } },
    sections: content.sections.filter(isPublic),
    controls: content.controls.filter(isPublic),
    subprocessors: content.subprocessors.filter(isPublic),
    tables: content.tables.filter(isPublic).map(publicRows),
    legal: {},
    ...(content.answers ? { answers: content.answers.filter(isPublic) } : {}),
  };
}

/**
 * The package as the public may see it: the model built again from the public content alone (see
 * publicContent), so that placeholder values such as `{{subprocessors.locations}}`, heading anchors,
 * framework counts and images come from public items only. Heading anchors are numbered among the public
 * sections, so no `-1` betrays a left-out heading of the same name; links to a public heading follow it to
 * its public anchor, links to a left-out heading lose their target (their words stay), in the sections and
 * in the controls' descriptions as written. A public answer keeps only its links to public controls and
 * subprocessors, so no link names what was taken out. The full model is not changed.
 */
export function publicModel(model: PackageModel): PackageModel {
  const filtered = publicContent(model.content);
  // Only the images the full build found: its diagnostics already reported the others.
  const images = new Set(model.images);
  const exists = (projectPath: string) => images.has(projectPath);
  // The content has been checked as a whole; what a second parse finds (links to left-out headings) is expected.
  const quiet = () => new Diagnostics();
  const first = buildModel(filtered, quiet(), exists);
  const anchorFor = publicAnchors(model, first.sections);
  const relinked: Content = {
    ...filtered,
    sections: filtered.sections.map((s) => ({ ...s, text: relinkAnchors(s.text, anchorFor) })),
    controls: filtered.controls.map((c) => ({ ...c, control: relinkAnchors(c.control, anchorFor) })),
  };
  const pub = buildModel(relinked, quiet(), exists);
  // Whatever the relinking could not see (a link in a form it does not rewrite) still finds no target.
  const anchors = new Set(pub.sections.flatMap((d) => headingAnchors(d.blocks)));
  const kept = { controls: new Set(pub.controls.map((c) => c.id)), subprocessors: new Set(relinked.subprocessors.map((s) => s.name)) };
  return {
    ...pub,
    sections: pub.sections.map((doc): Document => ({ ...doc, blocks: withoutDeadAnchors(doc.blocks, anchors) })),
    controls: pub.controls.map((c): ControlRow => ({ ...c, runs: deadRunsOff(c.runs, anchors) })),
    answers: publicAnswers(pub.answers, kept),
  };
}

/**
 * The answer library for a public file (the CAIQ export): every answer in library order, the public ones
 * filled from the public content alone, so that `{{subprocessors.locations}}` names no nda location; the
 * nda ones as they are, for the caller to leave out and count.
 */
export function publicLibrary(model: Pick<PackageModel, 'content' | 'answers'>): AnswerText[] {
  const content = publicContent(model.content);
  const filled = resolveAnswers(content.answers ?? [], modelValues(content), defaultAudience(content.config), new Diagnostics());
  let next = 0;
  return model.answers.map((a) => (a.audience === 'public' ? filled[next++]! : a));
}

/**
 * Where a link written against the full whitepaper goes in the public one: each public heading from its
 * anchor among all sections to its anchor among the public ones (matched in order, section by section);
 * a heading of a left-out section, or an anchor of no heading, goes nowhere.
 */
function publicAnchors(model: PackageModel, publicSections: readonly Document[]): (anchor: string) => string | undefined {
  const map = new Map<string, string>();
  const { config } = model.content;
  let next = 0;
  model.content.sections.forEach((file, i) => {
    if (audienceOf(file, config) !== 'public') return;
    const full = headingAnchors(model.sections[i]?.blocks ?? []);
    const pub = headingAnchors(publicSections[next++]?.blocks ?? []);
    full.forEach((anchor, k) => {
      if (pub[k] !== undefined && !map.has(anchor)) map.set(anchor, pub[k]);
    });
  });
  return (anchor) => map.get(anchor);
}

/**
 * The public answers, each linking only to public controls and subprocessors (an nda control's id or an
 * nda subprocessor's name is itself nda content; the answer stays, as its author approved it for the
 * public). An answer that names no audience already holds the site's default (model/answers.ts).
 */
function publicAnswers(answers: readonly AnswerText[], kept: { controls: ReadonlySet<string>; subprocessors: ReadonlySet<string> }): AnswerText[] {
  return answers
    .filter((a) => a.audience === 'public')
    .map((a) => ({ ...a, controls: a.controls.filter((id) => kept.controls.has(id)), subprocessors: a.subprocessors.filter((name) => kept.subprocessors.has(name)) }));
}

function headingAnchors(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'heading' ? [b.anchor] : b.type === 'list' ? b.items.flatMap(headingAnchors) : b.type === 'blockquote' ? headingAnchors(b.blocks) : []));
}

function deadRunsOff(list: readonly Run[], anchors: ReadonlySet<string>): Run[] {
  return list.map((run) => {
    if (run.anchor === undefined || anchors.has(run.anchor)) return run;
    const { anchor: _dead, ...rest } = run;
    return rest;
  });
}

function withoutDeadAnchors(blocks: readonly Block[], anchors: ReadonlySet<string>): Block[] {
  const runs = (list: readonly Run[]) => deadRunsOff(list, anchors);
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, runs: runs(block.runs) };
      case 'list':
        return { ...block, items: block.items.map((item) => withoutDeadAnchors(item, anchors)) };
      case 'blockquote':
        return { ...block, blocks: withoutDeadAnchors(block.blocks, anchors) };
      case 'table':
        return { ...block, header: block.header.map(runs), rows: block.rows.map((row) => row.map(runs)) };
      default:
        return block;
    }
  });
}
