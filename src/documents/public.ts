import { defaultAudience } from '../load';
import type { Audience, Config, Content, DataTable } from '../load/types';
import type { AnswerText } from '../model/answers';
import type { Block, Run } from '../model/blocks';
import type { PackageModel } from '../model/package';

/** Who may see an item: its own audience, else the site's default (public unless the settings say nda). */
export function audienceOf(item: { audience?: Audience }, config: Config): Audience {
  return item.audience ?? defaultAudience(config);
}

/**
 * The package as the public may see it: only the sections, controls, subprocessors, tables, table rows
 * and answers whose audience is public, no legal templates, and the classification "Public". Links to
 * headings of left-out sections lose their target (their text stays), and a public answer keeps only its
 * links to public controls and subprocessors, so no link names what was taken out.
 * Pure: the full model is not changed, and entries that stay are the same objects (answers are copies).
 */
export function publicModel(model: PackageModel): PackageModel {
  const { content } = model;
  const { config } = content;
  const isPublic = (item: { audience?: Audience }) => audienceOf(item, config) === 'public';
  const keptSections = content.sections.flatMap((file, i) => (isPublic(file) ? [{ file, doc: model.sections[i] }] : []));
  const tables = content.tables.filter(isPublic).map(publicRows);
  const controls = content.controls.filter(isPublic);
  const subprocessors = content.subprocessors.filter(isPublic);
  const answers = publicAnswers(model.answers, { controls: new Set(controls.map((c) => c.id)), subprocessors: new Set(subprocessors.map((s) => s.name)) });
  const answerIds = new Set(answers.map((a) => a.id));
  const publicContent: Content = {
    ...content,
    config: { ...config, document: { ...config.document, classification: 'Public' } },
    sections: keptSections.map((s) => s.file),
    controls,
    subprocessors,
    tables,
    legal: {},
    ...(content.answers ? { answers: content.answers.filter((a) => answerIds.has(a.id)) } : {}),
  };
  const anchors = new Set(keptSections.flatMap((s) => headingAnchors(s.doc.blocks)));
  const sections = keptSections.map((s) => ({ ...s.doc, blocks: withoutDeadAnchors(s.doc.blocks, anchors) }));
  return {
    content: publicContent,
    values: model.values,
    sections,
    controls: model.controls.filter((_, i) => isPublic(content.controls[i])),
    tables: new Map(tables.map((t) => [t.src, t])),
    images: [...new Set(sections.flatMap((d) => imagesOf(d.blocks)))],
    answers,
    frameworks: model.frameworks,
  };

  function publicRows(table: DataTable): DataTable {
    const tags = table.rowAudience;
    if (!tags) return table;
    const { rowAudience: _tags, ...rest } = table;
    return { ...rest, rows: table.rows.filter((_, i) => isPublic({ audience: tags[i] })) };
  }
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

function imagesOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'image' ? [b.src] : b.type === 'list' ? b.items.flatMap(imagesOf) : b.type === 'blockquote' ? imagesOf(b.blocks) : []));
}

function withoutDeadAnchors(blocks: readonly Block[], anchors: ReadonlySet<string>): Block[] {
  const runs = (list: readonly Run[]): Run[] =>
    list.map((run) => {
      if (run.anchor === undefined || anchors.has(run.anchor)) return run;
      const { anchor: _dead, ...rest } = run;
      return rest;
    });
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
