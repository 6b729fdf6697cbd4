import { PackageError } from '../package';
import type { ControlData, SectionData, SubprocessorData } from './snapshot';

// A package's data files are input like any other: every value a comparison reads is checked for its type
// here, so that a hand-edited or hostile package is refused with a message instead of crashing the diff.

type Check<T> = (item: Record<string, unknown>) => T | string;

const text = (item: Record<string, unknown>, key: string): string | null => (typeof item[key] === 'string' ? (item[key] as string) : null);
const texts = (value: unknown): string[] | null => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null);

/** The items of one list in a data file, each checked; the first bad one is a PackageError naming its place. */
export function checkedList<T>(value: unknown, label: string, file: string, check: Check<T>): T[] {
  if (!Array.isArray(value)) throw new PackageError(`${label}: ${file} has no list to compare; check the package with verify.`);
  return value.map((item, index) => {
    const result = typeof item === 'object' && item !== null && !Array.isArray(item) ? check(item as Record<string, unknown>) : 'it is not an object';
    if (typeof result === 'string') throw new PackageError(`${label}: ${file} item ${index + 1} cannot be compared: ${result}. Check the package with verify, or rebuild it.`);
    return result;
  });
}

export const subprocessorItem: Check<SubprocessorData> = (item) => {
  const [name, purpose, data, location] = ['name', 'purpose', 'data', 'location'].map((key) => text(item, key));
  if (name === null || purpose === null || data === null || location === null) return 'name, purpose, data and location must all be text';
  const certifications = item.certifications === undefined ? [] : texts(item.certifications);
  if (certifications === null) return '"certifications" must be a list of text';
  if (item.website !== undefined && typeof item.website !== 'string') return '"website" must be text';
  return { name, purpose, data, location, certifications, ...(typeof item.website === 'string' ? { website: item.website } : {}) };
};

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
