import { Diagnostics, UserError, type Diagnostic } from '../diagnostics';
import type { Recipient } from '../load/recipient';
import type { FontCoverage } from './font-coverage';

/**
 * The characters of a recipient's name that the fonts cannot draw (the name is printed in the normal and
 * bold faces): each would come out as an empty box on every page of the edition.
 */
export function undrawable(name: string, coverage: FontCoverage): string[] {
  const faces = [coverage.normal, coverage.bold].flatMap((c) => (c && 'codePoints' in c ? [c.codePoints] : []));
  return [...new Set(name)].filter((char) => !/\s/u.test(char) && faces.some((points) => !points.has(char.codePointAt(0) ?? 0)));
}

/** Recipient names with characters the fonts cannot draw: an error where the name was written. */
export function checkRecipientGlyphs(recipients: readonly Recipient[], coverage: FontCoverage): Diagnostic[] {
  const diagnostics = new Diagnostics();
  for (const recipient of recipients) {
    const chars = undrawable(recipient.name, coverage);
    if (chars.length === 0) continue;
    const codes = chars.map((c) => `${JSON.stringify(c)} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    const message = `The recipient name ${JSON.stringify(recipient.name)} has characters the font cannot draw: ${codes}; they would print as empty boxes on every page. Write the name in characters the font has, or set brand.fonts in trust-package.yaml to fonts that include them`;
    if (!recipient.at) throw new UserError(message);
    diagnostics.error(recipient.at, 'recipients/missing-glyph', message, { expected: 'characters the font draws', actual: codes });
  }
  return diagnostics.items;
}
