/**
 * Control characters that text must not carry: C0 except tab and newline, DEL and C1. They are invisible
 * in an editor and render unpredictably in a PDF (vertical tab breaks a line, BEL draws a box, NUL vanishes).
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Whether `text` holds a control character other than tab and newline. */
export function hasControlCharacter(text: string): boolean {
  return new RegExp(CONTROL_CHARACTERS.source).test(text);
}
