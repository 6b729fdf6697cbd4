import { z } from 'zod';
import type { Diagnostics } from '../diagnostics';
import { check, isWebUrl } from './checks';
import { listCell, textCell } from './csv-entries';
import { loadEntries, type ListFile, type ListSpec } from './entries';
import { audience, optional, text } from './fields';
import type { Source } from './read';
import type { Subprocessor } from './types';

/** One entry of content/subprocessors.yaml, as content.md defines it. */
export const subprocessorSchema = z
  .strictObject({
    name: text('the legal entity name, unique'),
    purpose: text('what it does for the service'),
    data: text('the categories of data it processes'),
    location: text('where it processes the data, a country or region'),
    certifications: optional(z.array(text('a certification or attestation, e.g. "SOC 2 Type II"'))).describe(
      'a list of certifications and attestations',
    ),
    website: optional(
      check(z.string(), (url) => isWebUrl(url, ['https:']), {
        rule: 'url',
        problem: 'is not an https URL',
        expected: 'an https URL, e.g. https://aws.amazon.com',
      }),
    ).describe('the https URL of its website'),
    address: optional(text('its postal address, for the DPA\'s Annex III')),
    contact: optional(text('its data protection contact: name, position and e-mail')),
    processing: optional(text('a description of the processing it does, for the DPA\'s Annex III; default: the purpose')),
    transfer: optional(text('the transfer mechanism, e.g. "Adequacy decision" or "SCCs, module 3"')),
    audience,
  })
  .describe('a subprocessor: name, purpose, data, location; optional certifications, website, and the Annex III details address, contact, processing, transfer');

const spec: ListSpec<z.output<typeof subprocessorSchema>> = {
  scope: 'subprocessors',
  expected: 'a list of subprocessors, each a mapping with name, purpose, data and location',
  schema: subprocessorSchema,
  columns: {
    scope: 'subprocessors',
    readers: { name: textCell, purpose: textCell, data: textCell, location: textCell, certifications: listCell, website: textCell, address: textCell, contact: textCell, processing: textCell, transfer: textCell, audience: textCell },
    required: ['name', 'purpose', 'data', 'location'],
  },
};

/** Reads subprocessors.yaml or subprocessors.csv; entries that fail their schema are reported and left out. */
export function loadSubprocessors(source: Source, diagnostics: Diagnostics): Subprocessor[] {
  return loadEntries(source, spec, diagnostics).map(({ value, at, positions }) => ({ ...value, certifications: value.certifications ?? [], at, positions }));
}

/** content/subprocessors.yaml or content/subprocessors.csv. */
export const subprocessorsFile: ListFile<Subprocessor> = { base: 'subprocessors', expected: spec.expected, load: loadSubprocessors };
