import { compareLines, type LineChange } from './lines';
import { longDate } from '../text/dates';
import type { AnswerData, ControlData, SectionData, Snapshot, SubprocessorData } from '../model/data-files';

/** One field whose value differs, both values as text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** An item present in both versions whose fields differ. */
export interface ItemChange {
  /** The subprocessor's name or the control's id. */
  key: string;
  /** A name for people: the subprocessor's name, or the control's area. */
  title: string;
  fields: FieldChange[];
}

/** Added, removed and changed items of one list. */
export interface ListDiff<T> {
  added: T[];
  removed: T[];
  changed: ItemChange[];
}

/** A section whose text changed, by heading. */
export interface SectionChange extends LineChange {
  heading: string;
}

/** Everything that differs between two versions of the package. */
export interface PackageDiff {
  from: Snapshot;
  to: Snapshot;
  subprocessors: ListDiff<SubprocessorData>;
  controls: ListDiff<ControlData>;
  /** Null when either version has no data/sections.json. */
  sections: { added: string[]; removed: string[]; changed: SectionChange[] } | null;
  /** Library answers by id; null when either version has no data/answers.json. */
  answers: ListDiff<AnswerData> | null;
}

const SUBPROCESSOR_FIELDS = ['purpose', 'data', 'location', 'certifications', 'website', 'address', 'contact', 'processing', 'transfer'] as const;
const CONTROL_FIELDS = ['area', 'control', 'frameworks'] as const;
const ANSWER_FIELDS = ['question', 'answer', 'short', 'audience', 'caiq'] as const;

/** Compares two versions: subprocessors by name, controls by id, sections by heading. Pure. */
export function diffSnapshots(from: Snapshot, to: Snapshot): PackageDiff {
  return {
    from,
    to,
    subprocessors: diffList(from.subprocessors, to.subprocessors, (s) => s.name, (s) => s.name, SUBPROCESSOR_FIELDS, subprocessorField),
    controls: diffList(from.controls, to.controls, (c) => c.id, (c) => c.area, CONTROL_FIELDS, controlField),
    sections: from.sections && to.sections ? diffSections(from.sections, to.sections, from.reviewDate, to.reviewDate) : null,
    answers: from.answers && to.answers ? diffList(from.answers, to.answers, (a) => a.id, (a) => a.question, ANSWER_FIELDS, answerField) : null,
  };
}

function diffList<T, F extends string>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  title: (item: T) => string,
  fields: readonly F[],
  value: (item: T, field: F) => string,
): ListDiff<T> {
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Map(after.map((item) => [key(item), item]));
  const changed: ItemChange[] = [];
  for (const [k, item] of now) {
    const prior = old.get(k);
    if (!prior) continue;
    const differences = fields
      .map((field) => ({ field, before: value(prior, field), after: value(item, field) }))
      .filter((change) => change.before !== change.after);
    if (differences.length > 0) changed.push({ key: k, title: title(item), fields: differences });
  }
  return { added: after.filter((item) => !old.has(key(item))), removed: before.filter((item) => !now.has(key(item))), changed };
}

function subprocessorField(s: SubprocessorData, field: (typeof SUBPROCESSOR_FIELDS)[number]): string {
  if (field === 'certifications') return (s.certifications ?? []).join('; ');
  return s[field] ?? '';
}

function controlField(c: ControlData, field: (typeof CONTROL_FIELDS)[number]): string {
  if (field === 'frameworks') {
    return Object.keys(c.frameworks ?? {})
      .sort()
      .map((name) => `${name}: ${c.frameworks[name].join(', ')}`)
      .join('; ');
  }
  return c[field];
}

function answerField(a: AnswerData, field: (typeof ANSWER_FIELDS)[number]): string {
  return field === 'caiq' ? (a.caiq ?? []).join(', ') : (a[field] ?? '');
}

/**
 * The review date is a placeholder every version fills with its own value: in each version's text it is
 * put back as `{{document.reviewDate}}` (ISO and long form), so a section that only prints the date is
 * not reported as edited. Works on the resolved text archived packages hold, old ones included.
 */
export function withoutReviewDate(text: string, reviewDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewDate)) return text;
  return text.replaceAll(reviewDate, '{{document.reviewDate}}').replaceAll(longDate(reviewDate), '{{document.reviewDate}}');
}

function diffSections(before: readonly SectionData[], after: readonly SectionData[], fromDate: string, toDate: string) {
  const old = new Map(before.map((s) => [s.heading, s]));
  const now = new Map(after.map((s) => [s.heading, s]));
  const changed: SectionChange[] = [];
  for (const section of after) {
    const prior = old.get(section.heading);
    const change = prior && compareLines(withoutReviewDate(prior.text, fromDate), withoutReviewDate(section.text, toDate));
    if (change) changed.push({ heading: section.heading, ...change });
  }
  return {
    added: after.filter((s) => !old.has(s.heading)).map((s) => s.heading),
    removed: before.filter((s) => !now.has(s.heading)).map((s) => s.heading),
    changed,
  };
}
