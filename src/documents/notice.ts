import type { PackageDiff } from '../diff/compare';
import { lineSummary } from '../diff/lines';
import type { Config } from '../load/types';
import type { Run } from '../model/blocks';
import type { DocBlock, DocumentModel, Fact } from '../model/document';
import { uniqueAnchor } from '../text/anchor';
import { fill, type Strings } from '../text/strings';
import { plain } from './blocks';
import { flowDocument } from './flow';
import { documentDate, documentMeta, documentStrings, frame } from './package';

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
  const strings = documentStrings(config);
  const date = (iso: string) => documentDate(config, iso);
  const title = strings.noticeTitle;
  const anchors = new Set<string>();
  const heading = (depth: 1 | 2, text: string): DocBlock => ({ type: 'heading', depth, runs: [{ text }], text, anchor: uniqueAnchor(text, anchors) });
  const paragraph = (text: string): DocBlock => ({ type: 'paragraph', runs: [{ text }] });
  const facts: Fact[] = [
    ...(addressee ? [{ label: strings.noticeTo, value: addressee.email ? `${addressee.name} <${addressee.email}>` : addressee.name, strong: true }] : []),
    { label: strings.noticeFrom, value: config.company.legalName, strong: true },
    { label: strings.noticeDate, value: date(dates.notice), strong: true },
    { label: strings.noticeEffective, value: date(dates.effective), strong: true },
    { label: strings.noticeObjection, value: fill(strings.noticeObjectionValue, { days, date: date(dates.effective) }), strong: true },
    { label: strings.noticeContact, value: config.company.securityContact, strong: true },
    { label: strings.noticeCompared, value: fill(strings.noticeComparedValue, { from: diff.from.reviewDate, to: diff.to.reviewDate }) },
  ];
  const s = diff.subprocessors;
  const none = strings.noticeEmptyValue;
  const section = (name: string, header: string[], rows: string[][]): DocBlock[] => [
    heading(2, name),
    rows.length > 0
      ? { type: 'table', role: 'notice', align: header.map(() => null), header: header.map((h) => plain(h)), rows: rows.map((row) => row.map((c) => plain(c))) }
      : paragraph(strings.noticeNone),
  ];
  const blocks: DocBlock[] = [
    heading(1, title),
    { type: 'facts', facts },
    paragraph(fill(strings.noticeIntro, { legalName: config.company.legalName, effective: date(dates.effective), days, contact: config.company.securityContact })),
    ...section(strings.noticeAdded, [strings.noticeName, strings.noticePurpose, strings.noticeData, strings.noticeLocation], s.added.map((p) => [p.name, p.purpose, p.data, p.location])),
    ...section(strings.noticeRemoved, [strings.noticeName, strings.noticePurpose, strings.noticeLocation], s.removed.map((p) => [p.name, p.purpose, p.location])),
    ...section(
      strings.noticeChanged,
      [strings.noticeSubprocessor, strings.noticeField, strings.noticeBefore, strings.noticeAfter],
      s.changed.flatMap((change) => change.fields.map((f) => [change.key, f.field, f.before || none, f.after || none])),
    ),
    ...otherChanges(diff, heading, strings, date),
  ];
  return flowDocument({
    kind: 'notice',
    name: 'subprocessor-change-notice',
    meta: documentMeta(config, `${config.company.name} ${title}`, fill(strings.noticeSubject, { title, legalName: config.company.legalName, date: dates.notice }), [
      config.company.name,
      'sub-processors',
      'notice',
      'DPA',
    ]),
    frame: frame(config, title, fill(strings.noticeNote, { date: date(dates.notice) }), 1),
    logoHeading: true,
    outlineDepth: 2,
    blocks,
  });
}

/** Controls and whitepaper sections that changed, briefly: the security package itself was updated too. */
function otherChanges(diff: PackageDiff, heading: (depth: 1 | 2, text: string) => DocBlock, strings: Strings, date: (iso: string) => string): DocBlock[] {
  const c = diff.controls;
  const items: string[] = [
    ...c.added.map((control) => fill(strings.noticeControlAdded, { area: control.area, id: control.id })),
    ...c.removed.map((control) => fill(strings.noticeControlRemoved, { area: control.area, id: control.id })),
    ...c.changed.map((change) => fill(strings.noticeControlChanged, { area: change.title, id: change.key, fields: change.fields.map((f) => f.field).join(', ') })),
    ...(diff.sections?.added ?? []).map((h) => fill(strings.noticeSectionAdded, { heading: h })),
    ...(diff.sections?.removed ?? []).map((h) => fill(strings.noticeSectionRemoved, { heading: h })),
    ...(diff.sections?.changed ?? []).map((change) => fill(strings.noticeSectionChanged, { heading: change.heading, summary: lineSummary(change) })),
  ];
  if (items.length === 0) return [];
  const item = (text: string): DocBlock[] => [{ type: 'paragraph', runs: [{ text } as Run] }];
  return [
    heading(2, strings.noticeOther),
    { type: 'paragraph', runs: [{ text: fill(strings.noticeOtherIntro, { date: date(diff.to.reviewDate) }) }] },
    { type: 'list', ordered: false, start: 1, items: items.map(item) },
  ];
}
