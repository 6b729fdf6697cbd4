import type { PackageDiff } from '../diff/compare';
import { lineSummary } from '../diff/lines';
import type { Config } from '../load/types';
import type { Run } from '../model/blocks';
import type { DocBlock, DocumentModel, Fact } from '../model/document';
import { uniqueAnchor } from '../text/anchor';
import { longDate } from '../text/dates';
import { plain } from './blocks';
import { documentMeta } from './package';

/** `date` plus `days`, as YYYY-MM-DD, counted in UTC so the result never depends on the machine's zone. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The dates a notice states: given on the day it is made (`noticeDate`), effective, and open to objection,
 * for the notice period from then. Dating it by the TO review date instead would shorten the objection
 * period by however long the notice took to go out.
 */
export function noticeDates(noticeDate: string, noticeDays: number): { notice: string; effective: string } {
  return { notice: noticeDate, effective: addDays(noticeDate, noticeDays) };
}

/** Who an addressed copy of the notice goes to. */
export interface Addressee {
  name: string;
  email?: string | null;
}

/**
 * The subprocessor change notice: what changes, from when, how long the customer has to object and
 * whom to write to; then the other changes to the security package. Without an addressee it is the
 * general notice; an addressed copy names its one recipient and no other, so no customer learns who
 * the others are.
 */
export function noticeDocument(config: Config, diff: PackageDiff, noticeDate: string, addressee?: Addressee): DocumentModel {
  const days = config.legal.subprocessorNoticeDays;
  const dates = noticeDates(noticeDate, days);
  const title = 'Sub-processor change notice';
  const anchors = new Set<string>();
  const heading = (depth: 1 | 2, text: string): DocBlock => ({ type: 'heading', depth, runs: [{ text }], text, anchor: uniqueAnchor(text, anchors) });
  const paragraph = (text: string): DocBlock => ({ type: 'paragraph', runs: [{ text }] });
  const facts: Fact[] = [
    ...(addressee ? [{ label: 'To', value: addressee.email ? `${addressee.name} <${addressee.email}>` : addressee.name, strong: true }] : []),
    { label: 'From', value: config.company.legalName, strong: true },
    { label: 'Date of notice', value: longDate(dates.notice), strong: true },
    { label: 'Changes take effect', value: longDate(dates.effective), strong: true },
    { label: 'Objection period', value: `${days} days, until ${longDate(dates.effective)}`, strong: true },
    { label: 'Contact', value: config.company.securityContact, strong: true },
    { label: 'Versions compared', value: `${diff.from.reviewDate} and ${diff.to.reviewDate}` },
  ];
  const s = diff.subprocessors;
  const section = (name: string, header: string[], rows: string[][]): DocBlock[] => [
    heading(2, name),
    rows.length > 0
      ? { type: 'table', role: 'notice', align: header.map(() => null), header: header.map((h) => plain(h)), rows: rows.map((row) => row.map((c) => plain(c))) }
      : paragraph('None.'),
  ];
  const blocks: DocBlock[] = [
    heading(1, title),
    { type: 'facts', facts },
    paragraph(
      `${config.company.legalName} gives notice of the following changes to the sub-processors that process Customer Personal Data, ` +
        `as the Data Processing Agreement provides. The changes take effect on ${longDate(dates.effective)}, ${days} days after this notice. ` +
        `You may object to a change on reasonable grounds relating to data protection by writing to ${config.company.securityContact} ` +
        `within ${days} days of this notice, that is by ${longDate(dates.effective)}.`,
    ),
    ...section('New sub-processors', ['Name', 'Purpose', 'Data', 'Location'], s.added.map((p) => [p.name, p.purpose, p.data, p.location])),
    ...section('Sub-processors no longer used', ['Name', 'Purpose', 'Location'], s.removed.map((p) => [p.name, p.purpose, p.location])),
    ...section(
      'Changes to existing sub-processors',
      ['Sub-processor', 'Field', 'Before', 'After'],
      s.changed.flatMap((change) => change.fields.map((f) => [change.key, f.field, f.before || '(none)', f.after || '(none)'])),
    ),
    ...otherChanges(diff, heading),
  ];
  return {
    kind: 'notice',
    name: 'subprocessor-change-notice',
    meta: documentMeta(config, `${config.company.name} ${title}`, `${title} of ${config.company.legalName}, ${dates.notice}`, [config.company.name, 'sub-processors', 'notice', 'DPA']),
    frame: { brand: config.company.name, title, classification: config.document.classification, note: `Notice of ${longDate(dates.notice)}`, firstPage: 1 },
    logoHeading: true,
    outlineDepth: 2,
    blocks,
  };
}

/** Controls and whitepaper sections that changed, briefly: the security package itself was updated too. */
function otherChanges(diff: PackageDiff, heading: (depth: 1 | 2, text: string) => DocBlock): DocBlock[] {
  const c = diff.controls;
  const items: string[] = [
    ...c.added.map((control) => `New control: ${control.area} (${control.id})`),
    ...c.removed.map((control) => `Control removed: ${control.area} (${control.id})`),
    ...c.changed.map((change) => `Control updated: ${change.title} (${change.key}): ${change.fields.map((f) => f.field).join(', ')}`),
    ...(diff.sections?.added ?? []).map((h) => `New section: ${h}`),
    ...(diff.sections?.removed ?? []).map((h) => `Section removed: ${h}`),
    ...(diff.sections?.changed ?? []).map((change) => `Section updated: ${change.heading} (${lineSummary(change)})`),
  ];
  if (items.length === 0) return [];
  const item = (text: string): DocBlock[] => [{ type: 'paragraph', runs: [{ text } as Run] }];
  return [
    heading(2, 'Other changes to the security package'),
    { type: 'paragraph', runs: [{ text: `The security overview of ${longDate(diff.to.reviewDate)} also has these changes:` }] },
    { type: 'list', ordered: false, start: 1, items: items.map(item) },
  ];
}
