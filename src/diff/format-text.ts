import { longDate } from '../text/dates';
import { escapeControl } from '../text';
import type { AffectedRecipient } from './audience';
import type { ItemChange, PackageDiff } from './compare';
import { lineSummary } from './lines';
import type { Snapshot } from '../model/data-files';
import { count } from '../text/plural';

/** A version as people name it: "2026-06-26 (26 June 2026)", with its revision when it has one. */
export function versionName(s: Snapshot): string {
  const revision = s.revision && s.revision > 1 ? ` revision ${s.revision}` : '';
  return `${s.label} (review date ${longDate(s.reviewDate)}${revision})`;
}


/**
 * The comparison for a terminal: one line per change, field changes indented under their item. Every value
 * comes from a package or the register, so each line is escaped: a value cannot add a line or send the terminal a control sequence.
 */
export function formatText(diff: PackageDiff, recipients: readonly AffectedRecipient[]): string {
  const out: string[] = [`From ${versionName(diff.from)}`, `  to ${versionName(diff.to)}`, ''];
  const { subprocessors: s, controls: c, sections } = diff;
  out.push(`Subprocessors: ${s.added.length} added, ${s.removed.length} removed, ${s.changed.length} changed`);
  for (const p of s.added) out.push(`  + ${p.name}: ${p.purpose}; ${p.data}; ${p.location}`);
  for (const p of s.removed) out.push(`  - ${p.name}: ${p.purpose}`);
  for (const change of s.changed) out.push(...itemLines(change.key, change));
  out.push(`Controls: ${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed`);
  for (const control of c.added) out.push(`  + ${control.id} (${control.area}): ${control.control}`);
  for (const control of c.removed) out.push(`  - ${control.id} (${control.area})`);
  for (const change of c.changed) out.push(...itemLines(`${change.key} (${change.title})`, change));
  if (sections) {
    out.push(`Sections: ${sections.added.length} added, ${sections.removed.length} removed, ${sections.changed.length} changed`);
    for (const heading of sections.added) out.push(`  + ${heading}`);
    for (const heading of sections.removed) out.push(`  - ${heading}`);
    for (const change of sections.changed) out.push(`  ~ ${change.heading}: ${lineSummary(change)}`, `      first change: ${change.first}`);
  } else {
    out.push('Sections: not compared (a version has no data/sections.json)');
  }
  const a = diff.answers;
  if (a) {
    out.push(`Answers: ${a.added.length} added, ${a.removed.length} removed, ${a.changed.length} changed`);
    for (const answer of a.added) out.push(`  + ${answer.id}: ${answer.question}`);
    for (const answer of a.removed) out.push(`  - ${answer.id}: ${answer.question}`);
    for (const change of a.changed) out.push(...itemLines(change.key, change));
  } else if (diff.from.answers || diff.to.answers) {
    out.push('Answers: not compared (a version has no data/answers.json)');
  }
  out.push('', ...recipientLines(diff, recipients));
  return out.map(escapeControl).join('\n');
}

function itemLines(name: string, change: ItemChange): string[] {
  return [`  ~ ${name}`, ...change.fields.map((f) => `      ${f.field}: ${JSON.stringify(f.before)} -> ${JSON.stringify(f.after)}`)];
}

function recipientLines(diff: PackageDiff, recipients: readonly AffectedRecipient[]): string[] {
  if (recipients.length === 0) return [`Recipients to tell: none (no one in the register holds a version before ${diff.to.label})`];
  return [
    `Recipients to tell: ${count(recipients.length, 'recipient')} whose latest edition is older than ${diff.to.label}`,
    ...recipients.map((r) => `  ${r.recipient}${r.email ? ` <${r.email}>` : ''}: ${editionName(r)}`),
  ];
}

/** "2026-06-26, sent 2026-11-29, ID TP-7K3M-9QXA". */
export function editionName(r: AffectedRecipient): string {
  return `${r.reviewDate}${r.revision > 1 ? `-r${r.revision}` : ''}, sent ${r.sent}, ID ${r.documentId}`;
}
