import type { Config, Subprocessor } from '../load/types';
import type { DocBlock } from '../model/document';
import { dataLocations } from '../model/package';
import type { Strings } from '../text/strings';

type Processing = NonNullable<Config['processing']>;

/**
 * The description of processing from trust-package.yaml's `processing:` settings, and the data locations
 * from the subprocessors, so a DPA says what its company's data says. An item left out is a fill-in line.
 */
const HEADINGS = {
  subjectMatter: 'processingSubjectMatter',
  duration: 'processingDuration',
  nature: 'processingNature',
  purposes: 'processingPurposes',
  dataSubjects: 'processingDataSubjects',
  dataCategories: 'processingDataCategories',
  specialCategories: 'processingSpecialCategories',
  retention: 'processingRetention',
  locations: 'processingLocations',
} as const satisfies Record<string, keyof Strings>;

export function processingBlocks(processing: Processing | undefined, subprocessors: readonly Subprocessor[], strings: Strings): DocBlock[] {
  const p = processing ?? {};
  const heading = (key: keyof typeof HEADINGS): DocBlock => {
    const text = strings[HEADINGS[key]];
    return { type: 'heading', depth: 2, runs: [{ text }], text, anchor: `processing-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` };
  };
  const missing: DocBlock = { type: 'field', label: strings.processingMissing };
  const paragraph = (text: string | undefined): DocBlock => (text ? { type: 'paragraph', runs: [{ text }] } : missing);
  const list = (items: readonly string[] | undefined): DocBlock =>
    items && items.length > 0 ? { type: 'list', ordered: false, start: 1, items: items.map((text) => [{ type: 'paragraph', runs: [{ text }] }]) } : missing;
  const locations = dataLocations(subprocessors);
  return [
    heading('subjectMatter'), paragraph(p.subjectMatter),
    heading('duration'), paragraph(p.duration),
    heading('nature'), paragraph(p.nature),
    heading('purposes'), list(p.purposes),
    heading('dataSubjects'), list(p.dataSubjects),
    heading('dataCategories'), list(p.dataCategories),
    heading('specialCategories'), paragraph(p.specialCategories),
    heading('retention'), paragraph(p.retention),
    heading('locations'),
    ...(locations.length > 0 ? [paragraph(strings.processingLocationsLead), list(locations)] : [missing]),
  ];
}
