import type { Subprocessor } from '../content/types';
import { PackageError } from '../package';
import { checkedList, controlItem, sectionItem, subprocessorItem } from './snapshot-check';

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
}

/** Reads a package's data files (from its zip) into a snapshot. */
export function snapshotFromFiles(files: ReadonlyMap<string, Buffer>, label: string, revision?: number): Snapshot {
  const read = (name: string, required: boolean): Record<string, unknown> | null => {
    const bytes = files.get(name);
    if (!bytes) {
      if (!required) return null;
      throw new PackageError(`${label} has no ${name}, so it cannot be compared; rebuild it with this version of the tool.`);
    }
    try {
      const value: unknown = JSON.parse(bytes.toString('utf8'));
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('it is not a JSON object');
      return value as Record<string, unknown>;
    } catch (error) {
      throw new PackageError(`${label}: ${name} is not valid JSON (${(error as Error).message}); check the package with verify.`);
    }
  };
  const manifest = read('manifest.json', true)!;
  const subprocessors = read('data/subprocessors.json', true)!;
  const controls = read('data/controls.json', true)!;
  const sections = read('data/sections.json', false);
  const reviewDate = manifest.reviewDate;
  if (typeof reviewDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(reviewDate)) {
    throw new PackageError(`${label}: manifest.json has no reviewDate like 2026-06-26, so it cannot be compared; check the package with verify.`);
  }
  return {
    label,
    reviewDate,
    ...(revision === undefined ? {} : { revision }),
    company: typeof manifest.company === 'string' ? manifest.company : '',
    subprocessors: checkedList(subprocessors.subprocessors, label, 'data/subprocessors.json', subprocessorItem),
    controls: checkedList(controls.controls, label, 'data/controls.json', controlItem),
    sections: sections ? checkedList(sections.sections, label, 'data/sections.json', sectionItem) : null,
  };
}
