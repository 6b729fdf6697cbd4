import type { z } from 'zod';

/** What a failed check reports: the rule id's second half, what is wrong, and what is expected. */
export interface CheckParams {
  /** Second half of the rule id, e.g. `date` in `config/date`. */
  rule: string;
  /** Completes `"<field>" ...`, e.g. `is not a real calendar date`. */
  problem: string;
  expected: string;
}

/** Adds a refinement whose issue carries its own rule and wording, read back by `reportIssues`. */
export function check<T extends z.ZodType>(schema: T, ok: (value: z.output<T>) => boolean, params: CheckParams): T {
  return schema.refine(ok, { params: { ...params } }) as T;
}

/** True for a date that exists, written YYYY-MM-DD: `2026-02-30` is not one. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for `#RGB` or `#RRGGBB`. */
export function isHexColor(value: string): boolean {
  return /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(value);
}

/** True for an absolute URL whose scheme is one of `schemes` and that names a host. */
export function isWebUrl(value: string, schemes: readonly string[] = ['https:', 'http:']): boolean {
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname !== '' && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** True for a plain email address (`name@domain.tld`); deliverability is not our concern. */
export function isEmail(value: string): boolean {
  return /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;.]+$/.test(value) && !/[\p{Cc}\u2028\u2029]/u.test(value);
}

/** True for a well-formed BCP 47 language tag such as `en`, `en-GB` or `pt-BR`. */
export function isLanguageTag(value: string): boolean {
  return /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(value);
}

/** True unless the string is empty or only spaces. */
export function isNotBlank(value: string): boolean {
  return value.trim() !== '';
}
