import type { Subprocessor } from '../load/types';
import { UserError } from '../diagnostics';

/** A subprocessor as data/subprocessors.json lists it: the content's fields without their place. */
export type SubprocessorData = Omit<Subprocessor, 'at'>;

/** A control as data/controls.json lists it. */
export interface ControlData {
  id: string;
  area: string;
  control: string;
  frameworks: Record<string, string[]>;
}

/** A whitepaper section as data/sections.json lists it. */
export interface SectionData {
  heading: string;
  text: string;
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
      return JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`${label}: ${name} is not valid JSON (${(error as Error).message}); check the package with verify.`);
    }
  };
  const manifest = read('manifest.json', true)!;
  const subprocessors = read('data/subprocessors.json', true)!;
  const controls = read('data/controls.json', true)!;
  const sections = read('data/sections.json', false);
  const answers = read('data/answers.json', false);
  const list = <T>(value: unknown, name: string): T[] => {
    if (!Array.isArray(value)) throw new UserError(`${label}: ${name} has no list to compare; check the package with verify.`);
    return value as T[];
  };
  return {
    label,
    reviewDate: String(manifest.reviewDate ?? ''),
    ...(revision === undefined ? {} : { revision }),
    company: String(manifest.company ?? ''),
    subprocessors: list<SubprocessorData>(subprocessors.subprocessors, 'data/subprocessors.json'),
    controls: list<ControlData>(controls.controls, 'data/controls.json'),
    sections: sections ? list<SectionData>(sections.sections, 'data/sections.json') : null,
    answers: answers ? list<AnswerData>(answers.answers, 'data/answers.json') : null,
  };
}
