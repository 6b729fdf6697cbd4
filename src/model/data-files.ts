import type { Subprocessor } from '../load/types';
import { UserError } from '../diagnostics';
import type { PackageModel } from './package';
import { sectionTexts, type SectionText } from './section-text';

/** A subprocessor as data/subprocessors.json lists it: the content's fields without their place. */
export type SubprocessorData = Omit<Subprocessor, 'at' | 'positions'>;

/** A control as data/controls.json lists it. */
export interface ControlData {
  id: string;
  area: string;
  control: string;
  frameworks: Record<string, string[]>;
}

/** A whitepaper section as data/sections.json lists it, as far as a comparison reads it. */
export type SectionData = Pick<SectionText, 'heading' | 'text'>;

/** The head every data file starts with. */
interface DataFileHead {
  company: string;
  reviewDate: string;
}

/** data/controls.json, data/subprocessors.json, data/sections.json and data/answers.json: the contract with recipients' tools. */
export type DataFileValue =
  | { path: 'data/controls.json'; value: DataFileHead & { controls: ControlData[] } }
  | { path: 'data/subprocessors.json'; value: DataFileHead & { subprocessors: SubprocessorData[] } }
  | { path: 'data/sections.json'; value: DataFileHead & { sections: SectionText[] } }
  | { path: 'data/answers.json'; value: DataFileHead & { answers: AnswerData[] } };

/** The machine-readable copies of the package's data, written beside the documents; read back by snapshotFromFiles. */
export function dataFileValues(model: PackageModel): DataFileValue[] {
  const { config, controls, subprocessors } = model.content;
  const head = { company: config.company.name, reviewDate: config.document.reviewDate };
  return [
    // Canonical framework ids (`iso27001`), however the author spelt them, so that tools can rely on them.
    { path: 'data/controls.json', value: { ...head, controls: controls.map((c, i) => ({ id: c.id, area: c.area, control: c.control, frameworks: model.controls[i]?.frameworks ?? c.frameworks })) } },
    {
      path: 'data/subprocessors.json',
      value: {
        ...head,
        subprocessors: subprocessors.map((s) => ({
          name: s.name,
          purpose: s.purpose,
          data: s.data,
          location: s.location,
          certifications: s.certifications,
          ...(s.website ? { website: s.website } : {}),
          ...annexDetails(s),
        })),
      },
    },
    { path: 'data/sections.json', value: { ...head, sections: sectionTexts(model.sections) } },
    // The package goes out under NDA, so it holds every answer, nda ones too; without a library it has no
    // answers file, and stays byte-identical to a package built before answers existed.
    ...(model.answers.length === 0
      ? []
      : [
          {
            path: 'data/answers.json' as const,
            value: {
              ...head,
              answers: model.answers.map((a) => ({ id: a.id, question: a.question, answer: a.answer, short: a.short, audience: a.audience, caiq: a.caiq, reviewed: a.reviewed })),
            },
          },
        ]),
  ];
}

/** The site's copies of the data files: the same values as the package's, from the public model (see publicModel). */
export interface SiteData {
  controls: Extract<DataFileValue, { path: 'data/controls.json' }>['value'];
  subprocessors: Extract<DataFileValue, { path: 'data/subprocessors.json' }>['value'];
  /** faq.json, when there are public answers: each answer as the FAQ shows it, linked to public entries only. */
  faq?: DataFileHead & { answers: FaqData[] };
}

/** A public answer as the site's faq.json lists it: no audience (all are public) and no owner, which is internal. */
export interface FaqData {
  id: string;
  question: string;
  alternatives: string[];
  short: string;
  answer: string;
  controls: string[];
  subprocessors: string[];
  caiq: string[];
  reviewed: string;
}

/**
 * controls.json, subprocessors.json and faq.json of the trust page, through dataFileValues: give it the
 * public model, and the site lists exactly what the package's data files list of the public items.
 */
export function siteData(publicModel: PackageModel): SiteData {
  let controls: SiteData['controls'] | undefined;
  let subprocessors: SiteData['subprocessors'] | undefined;
  for (const file of dataFileValues(publicModel)) {
    if (file.path === 'data/controls.json') controls = file.value;
    if (file.path === 'data/subprocessors.json') subprocessors = file.value;
  }
  const { config } = publicModel.content;
  const head = { company: config.company.name, reviewDate: config.document.reviewDate };
  const answers = publicModel.answers.map(
    (a): FaqData => ({ id: a.id, question: a.question, alternatives: a.alternatives, short: a.short, answer: a.answer, controls: a.controls, subprocessors: a.subprocessors, caiq: a.caiq, reviewed: a.reviewed }),
  );
  return { controls: controls!, subprocessors: subprocessors!, ...(answers.length > 0 ? { faq: { ...head, answers } } : {}) };
}

/** A library answer as data/answers.json lists it: placeholders filled, as a customer would read it. */
export interface AnswerData {
  id: string;
  question: string;
  answer: string;
  short: string;
  audience: string;
  caiq: string[];
  reviewed: string;
}

/** One archived version of the package, as far as a comparison needs it. */
export interface Snapshot {
  /** How the user named it: `2026-06-26`, `2026-06-26-r2` or a zip's path. */
  label: string;
  reviewDate: string;
  /** The archive revision, when the version came from the archive. */
  revision?: number;
  company: string;
  subprocessors: SubprocessorData[];
  controls: ControlData[];
  /** Null for packages made before data/sections.json was added. */
  sections: SectionData[] | null;
  /** Null for packages without data/answers.json: made before it was added, or from content with no library. */
  answers: AnswerData[] | null;
}

/** Reads a package's data files (from its zip) into a snapshot. */
export function snapshotFromFiles(files: ReadonlyMap<string, Buffer>, label: string, revision?: number): Snapshot {
  const read = (name: string, required: boolean): Record<string, unknown> | null => {
    const bytes = files.get(name);
    if (!bytes) {
      if (!required) return null;
      throw new UserError(`${label} has no ${name}, so it cannot be compared; rebuild it with this version of the tool.`);
    }
    try {
      const value: unknown = JSON.parse(bytes.toString('utf8'));
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('it is not a JSON object');
      return value as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`${label}: ${name} is not valid JSON (${(error as Error).message}); check the package with verify.`);
    }
  };
  const manifest = read('manifest.json', true)!;
  const subprocessors = read('data/subprocessors.json', true)!;
  const controls = read('data/controls.json', true)!;
  const sections = read('data/sections.json', false);
  const answers = read('data/answers.json', false);
  const reviewDate = manifest.reviewDate;
  if (typeof reviewDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(reviewDate)) {
    throw new UserError(`${label}: manifest.json has no reviewDate like 2026-06-26, so it cannot be compared; check the package with verify.`);
  }
  return {
    label,
    reviewDate,
    ...(revision === undefined ? {} : { revision }),
    company: typeof manifest.company === 'string' ? manifest.company : '',
    subprocessors: checkedList(subprocessors.subprocessors, label, 'data/subprocessors.json', subprocessorItem),
    controls: checkedList(controls.controls, label, 'data/controls.json', controlItem),
    sections: sections ? checkedList(sections.sections, label, 'data/sections.json', sectionItem) : null,
    answers: answers ? checkedList(answers.answers, label, 'data/answers.json', answerItem) : null,
  };
}

// A package's data files are input like any other: every value a comparison reads is checked for its type
// here, so that a hand-edited or hostile package is refused with a message instead of crashing the diff.

type Check<T> = (item: Record<string, unknown>) => T | string;

const text = (item: Record<string, unknown>, key: string): string | null => (typeof item[key] === 'string' ? (item[key] as string) : null);
const texts = (value: unknown): string[] | null => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null);

/** The items of one list in a data file, each checked; the first bad one is a UserError naming its place. */
export function checkedList<T>(value: unknown, label: string, file: string, check: Check<T>): T[] {
  if (!Array.isArray(value)) throw new UserError(`${label}: ${file} has no list to compare; check the package with verify.`);
  return value.map((item, index) => {
    const result = typeof item === 'object' && item !== null && !Array.isArray(item) ? check(item as Record<string, unknown>) : 'it is not an object';
    if (typeof result === 'string') throw new UserError(`${label}: ${file} item ${index + 1} cannot be compared: ${result}. Check the package with verify, or rebuild it.`);
    return result;
  });
}

export const subprocessorItem: Check<SubprocessorData> = (item) => {
  const [name, purpose, data, location] = ['name', 'purpose', 'data', 'location'].map((key) => text(item, key));
  if (name === null || purpose === null || data === null || location === null) return 'name, purpose, data and location must all be text';
  const certifications = item.certifications === undefined ? [] : texts(item.certifications);
  if (certifications === null) return '"certifications" must be a list of text';
  for (const key of ['website', ...ANNEX_FIELDS]) if (item[key] !== undefined && typeof item[key] !== 'string') return `"${key}" must be text`;
  const details = Object.fromEntries(ANNEX_FIELDS.flatMap((key) => (typeof item[key] === 'string' ? [[key, item[key]]] : [])));
  return { name, purpose, data, location, certifications, ...(typeof item.website === 'string' ? { website: item.website } : {}), ...details };
};

/** The optional sub-processor details the DPA's Annex III prints; a package without them writes none of these keys. */
const ANNEX_FIELDS = ['address', 'contact', 'processing', 'transfer'] as const;

function annexDetails(s: Subprocessor): Partial<Pick<Subprocessor, (typeof ANNEX_FIELDS)[number]>> {
  return Object.fromEntries(ANNEX_FIELDS.flatMap((key) => (s[key] ? [[key, s[key]]] : [])));
}

export const controlItem: Check<ControlData> = (item) => {
  const [id, area, control] = ['id', 'area', 'control'].map((key) => text(item, key));
  if (id === null || area === null || control === null) return 'id, area and control must all be text';
  const raw = item.frameworks ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '"frameworks" must map framework names to lists of references';
  const frameworks: Record<string, string[]> = {};
  for (const [framework, refs] of Object.entries(raw)) {
    const list = texts(refs);
    if (list === null) return `"frameworks.${framework}" must be a list of text`;
    frameworks[framework] = list;
  }
  return { id, area, control, frameworks };
};

export const sectionItem: Check<SectionData> = (item) => {
  const heading = text(item, 'heading');
  const body = text(item, 'text');
  return heading === null || body === null ? 'heading and text must both be text' : { heading, text: body };
};

export const answerItem: Check<AnswerData> = (item) => {
  const [id, question, answer, short, audience, reviewed] = ['id', 'question', 'answer', 'short', 'audience', 'reviewed'].map((key) => text(item, key));
  const caiq = texts(item.caiq ?? []);
  if (id === null || question === null || answer === null || short === null || audience === null || reviewed === null) return 'id, question, answer, short, audience and reviewed must all be text';
  if (caiq === null) return '"caiq" must be a list of text';
  return { id, question, answer, short, audience, caiq, reviewed };
};
