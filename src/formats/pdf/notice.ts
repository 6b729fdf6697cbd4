import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PackageDiff } from '../../diff/compare';
import { lineSummary } from '../../diff/lines';
import { longDate } from '../../text/dates';
import { footer, header } from './frame';
import { breakLongTokens } from './inline';
import { logoHeading } from './blocks';
import { keepGroup } from './markers';
import { brandTable, type Cell } from './table';
import { baseDefinition, type RenderInput } from './whitepaper';

/** `date` plus `days`, as YYYY-MM-DD, counted in UTC so the result never depends on the machine's zone. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The dates a notice states: given on the TO review date, effective (and open to objection) for the notice period. */
export function noticeDates(diff: PackageDiff, noticeDays: number): { notice: string; effective: string } {
  return { notice: diff.to.reviewDate, effective: addDays(diff.to.reviewDate, noticeDays) };
}

const cell = (text: string): Cell => ({ content: { text: breakLongTokens(text) }, text });

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
export function noticeDefinition(input: RenderInput, diff: PackageDiff, addressee?: Addressee): TDocumentDefinitions {
  const { config, theme } = input;
  const days = config.legal.subprocessorNoticeDays;
  const dates = noticeDates(diff, days);
  const title = 'Sub-processor change notice';
  const frame = { brand: config.company.name, title, classification: config.document.classification, note: `Notice of ${longDate(dates.notice)}` };
  const s = diff.subprocessors;
  const logo = logoHeading(input.logo);
  const facts: [string, string][] = [
    ...(addressee ? [['To', addressee.email ? `${addressee.name} <${addressee.email}>` : addressee.name] as [string, string]] : []),
    ['From', config.company.legalName],
    ['Date of notice', longDate(dates.notice)],
    ['Changes take effect', longDate(dates.effective)],
    ['Objection period', `${days} days, until ${longDate(dates.effective)}`],
    ['Contact', config.company.securityContact],
    ['Versions compared', `${diff.from.reviewDate} and ${diff.to.reviewDate}`],
  ];
  // Each heading stays on the page where its table (or its "None.") begins.
  let groups = 0;
  const headed = (heading: string, table: Content | undefined): Content[] =>
    table
      ? [keepGroup([{ text: heading, style: 'h2' }], ++groups), table]
      : [{ stack: [{ text: heading, style: 'h2' }, { text: 'None.', style: 'paragraph' }], unbreakable: true }];
  const content: Content[] = [
    ...logo,
    { text: title, style: 'h1' },
    {
      table: { widths: [120, '*'], body: facts.map(([label, value]) => [{ text: label, color: theme.muted }, { text: value, bold: label !== 'Versions compared' }]) },
      layout: { defaultBorder: false, paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 0 },
      margin: [0, 0, 0, 12],
    },
    {
      text:
        `${config.company.legalName} gives notice of the following changes to the sub-processors that process Customer Personal Data, ` +
        `as the Data Processing Agreement provides. The changes take effect on ${longDate(dates.effective)}, ${days} days after this notice. ` +
        `You may object to a change on reasonable grounds relating to data protection by writing to ${config.company.securityContact} ` +
        `within ${days} days of this notice, that is by ${longDate(dates.effective)}.`,
      style: 'paragraph',
    },
    ...headed('New sub-processors', s.added.length ? brandTable(theme, ['Name', 'Purpose', 'Data', 'Location'].map(cell), s.added.map((p) => [p.name, p.purpose, p.data, p.location].map(cell))) : undefined),
    ...headed('Sub-processors no longer used', s.removed.length ? brandTable(theme, ['Name', 'Purpose', 'Location'].map(cell), s.removed.map((p) => [p.name, p.purpose, p.location].map(cell))) : undefined),
    ...headed(
      'Changes to existing sub-processors',
      s.changed.length
        ? brandTable(
            theme,
            ['Sub-processor', 'Field', 'Before', 'After'].map(cell),
            s.changed.flatMap((change) => change.fields.map((f) => [change.key, f.field, f.before || '(none)', f.after || '(none)'].map(cell))),
          )
        : undefined,
    ),
    ...otherChanges(diff),
  ];
  return {
    ...baseDefinition(input, `${config.company.name} ${title}`, `${title} of ${config.company.legalName}, ${dates.notice}`, [config.company.name, 'sub-processors', 'notice', 'DPA']),
    header: header(theme, frame, 1),
    footer: footer(theme, frame, 1),
    content,
  };
}

/** Controls and whitepaper sections that changed, briefly: the security package itself was updated too. */
function otherChanges(diff: PackageDiff): Content[] {
  const c = diff.controls;
  const items: string[] = [
    ...c.added.map((control) => `New control: ${control.area} (${control.id})`),
    ...c.removed.map((control) => `Control removed: ${control.area} (${control.id})`),
    ...c.changed.map((change) => `Control updated: ${change.title} (${change.key}): ${change.fields.map((f) => f.field).join(', ')}`),
    ...(diff.sections?.added ?? []).map((heading) => `New section: ${heading}`),
    ...(diff.sections?.removed ?? []).map((heading) => `Section removed: ${heading}`),
    ...(diff.sections?.changed ?? []).map((change) => `Section updated: ${change.heading} (${lineSummary(change)})`),
  ];
  if (items.length === 0) return [];
  const intro: Content[] = [
    { text: 'Other changes to the security package', style: 'h2' },
    { text: `The security overview of ${longDate(diff.to.reviewDate)} also has these changes:`, style: 'paragraph' },
  ];
  const list = (from: number, to?: number): Content => ({ ul: items.slice(from, to).map((item) => ({ text: breakLongTokens(item) })), margin: [0, 0, 0, 8] });
  // The heading, its lead-in and the list stay together while the list is short; a long list keeps its
  // first items with them and runs on.
  const KEPT_ITEMS = 12;
  return items.length <= KEPT_ITEMS
    ? [{ stack: [...intro, list(0)], unbreakable: true }]
    : [{ stack: [...intro, { ...(list(0, 3) as object), margin: [0, 0, 0, 0] } as Content], unbreakable: true }, list(3)];
}
