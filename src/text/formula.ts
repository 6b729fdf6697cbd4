/**
 * What a spreadsheet reads as the start of a formula when it opens a CSV file: `=`, `+`, `-`, `@`, and a
 * tab or carriage return before them (OWASP, "CSV Injection"). Excel runs such a field even when it is quoted.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A field made inert as OWASP advises for CSV exports: a leading single quote, which makes it text. */
export function neutraliseFormula(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}
