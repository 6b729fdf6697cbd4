import type { AffectedRecipient } from './audience';
import type { ItemChange, PackageDiff } from './compare';
import { lineSummary } from './lines';
import { editionName, versionName } from './format-text';
import { escapeControl } from '../text';

/** Escapes text for a Markdown table cell or list item: pipes, backslashes and line breaks. */
function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\n/g, ' ');
}

/** The comparison as Markdown, for a pull request, a ticket or an email. */
export function formatMarkdown(diff: PackageDiff, recipients: readonly AffectedRecipient[]): string {
  const { subprocessors: s, controls: c, sections } = diff;
  const out: string[] = [`# Changes to the ${md(diff.to.company || diff.from.company)} trust package`, '', `- From: ${md(versionName(diff.from))}`, `- To: ${md(versionName(diff.to))}`, ''];

  out.push('## Subprocessors', '');
  if (s.added.length + s.removed.length + s.changed.length === 0) out.push('No changes.', '');
  if (s.added.length) {
    out.push('### Added', '', '| Name | Purpose | Data | Location |', '|---|---|---|---|');
    for (const p of s.added) out.push(`| ${md(p.name)} | ${md(p.purpose)} | ${md(p.data)} | ${md(p.location)} |`);
    out.push('');
  }
  if (s.removed.length) {
    out.push('### Removed', '', '| Name | Purpose |', '|---|---|');
    for (const p of s.removed) out.push(`| ${md(p.name)} | ${md(p.purpose)} |`);
    out.push('');
  }
  if (s.changed.length) out.push('### Changed', '', ...changeTable(s.changed, (ch) => ch.key), '');

  out.push('## Controls', '');
  if (c.added.length + c.removed.length + c.changed.length === 0) out.push('No changes.', '');
  for (const control of c.added) out.push(`- Added **${md(control.id)}** (${md(control.area)}): ${md(control.control)}`);
  for (const control of c.removed) out.push(`- Removed **${md(control.id)}** (${md(control.area)})`);
  if (c.added.length + c.removed.length) out.push('');
  if (c.changed.length) out.push('### Changed', '', ...changeTable(c.changed, (ch) => `${ch.key} (${ch.title})`), '');

  out.push('## Sections', '');
  if (!sections) out.push('Not compared: a version has no data/sections.json.', '');
  else if (sections.added.length + sections.removed.length + sections.changed.length === 0) out.push('No changes.', '');
  else {
    for (const heading of sections.added) out.push(`- Added **${md(heading)}**`);
    for (const heading of sections.removed) out.push(`- Removed **${md(heading)}**`);
    for (const change of sections.changed) out.push(`- Changed **${md(change.heading)}**: ${lineSummary(change)}; first change: \`${change.first.replace(/`/g, "'")}\``);
    out.push('');
  }

  const a = diff.answers;
  if (a || diff.from.answers || diff.to.answers) out.push('## Answers', '');
  if (!a && (diff.from.answers || diff.to.answers)) out.push('Not compared: a version has no data/answers.json.', '');
  if (a && a.added.length + a.removed.length + a.changed.length === 0) out.push('No changes.', '');
  if (a) {
    for (const answer of a.added) out.push(`- Added **${md(answer.id)}**: ${md(answer.question)}`);
    for (const answer of a.removed) out.push(`- Removed **${md(answer.id)}**: ${md(answer.question)}`);
    if (a.added.length + a.removed.length) out.push('');
    if (a.changed.length) out.push('### Changed', '', ...changeTable(a.changed, (ch) => ch.key), '');
  }

  out.push('## Recipients to tell', '');
  if (recipients.length === 0) out.push(`No one in the register holds a version before ${md(diff.to.label)}.`);
  else {
    out.push('| Recipient | Email | Edition |', '|---|---|---|');
    for (const r of recipients) out.push(`| ${md(r.recipient)} | ${md(r.email ?? '')} | ${md(editionName(r))} |`);
  }
  // Printed to the terminal as often as pasted: control characters from a package are escaped on every line.
  return `${out.map(escapeControl).join('\n')}\n`;
}

function changeTable(changes: readonly ItemChange[], name: (change: ItemChange) => string): string[] {
  const rows = changes.flatMap((change) => change.fields.map((f) => `| ${md(name(change))} | ${f.field} | ${md(f.before)} | ${md(f.after)} |`));
  return ['| Item | Field | Before | After |', '|---|---|---|---|', ...rows];
}
