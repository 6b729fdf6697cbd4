import { z } from 'zod';
import { check, isNotBlank } from './checks';

/** Required text that must not be blank; the description says what belongs there. */
export function text(description: string) {
  return check(z.string(), isNotBlank, { rule: 'required-field', problem: 'must not be empty', expected: description }).describe(description);
}

/**
 * An optional field. An empty YAML value (`website:`) reads as "" under the failsafe schema, and an
 * empty CSV cell as nothing: both mean the author left it out.
 */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/** The optional `audience` of a section, control, subprocessor or table: who may see it. */
export const audience = optional(z.enum(['public', 'nda'])).describe('who may see it: public (the trust page) or nda (the full package only)');
