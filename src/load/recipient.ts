import { createHash } from 'node:crypto';
import { isCalendarDate } from './checks';
import type { Position } from '../diagnostics';
import { UsageError } from '../diagnostics';

/** Someone a recipient edition is prepared for. */
export interface Recipient {
  /** The organisation's name as it should appear on the cover and in the NDA and DPA. */
  name: string;
  email?: string;
  /** The organisation's address, filled into the counterparty fields of the NDA and DPA. */
  address?: string;
  /** Who signs for the organisation, printed on the signature block's name line. */
  signatory?: string;
  /** Where the name is written, when it comes from a recipients file. */
  at?: Position;
}

/** What makes an edition: who receives it, on what day, and the ID derived from both and the inputs. */
export interface EditionInfo {
  name: string;
  email?: string;
  /** The day of sending, YYYY-MM-DD. */
  sent: string;
  /** Short ID printed on every page, e.g. `TP-7K3M-9QXA`. */
  documentId: string;
}

// Crockford's base32: no I, L, O or U, so an ID read aloud or typed from a photo of a page is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The edition's document ID: 40 bits of a SHA-256 over the recipient's name, the sent date and the
 * inputs' SHA-256, as `TP-XXXX-XXXX`. The same three always give the same ID; change any and it changes.
 */
export function documentId(name: string, sent: string, inputsSha256: string): string {
  const digest = createHash('sha256').update(`trust-package edition v1\n${name}\n${sent}\n${inputsSha256}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 7; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `TP-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Today's date in UTC, YYYY-MM-DD: the default day of sending, the same wherever the build runs. */
export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Checks a `--sent` value; a wrong one is a usage error (exit 2) that says what to write. */
export function checkSentDate(value: string): string {
  return checkDate('--sent', value);
}

/** Checks a date option (`--sent`, `--notice-date`); a wrong one is a usage error (exit 2) that says what to write. */
export function checkDate(option: string, value: string): string {
  if (!isCalendarDate(value)) {
    throw new UsageError(`${option} ${JSON.stringify(value)} is not a real date written YYYY-MM-DD, e.g. 2026-11-29; leave it out to use today (UTC).`);
  }
  return value;
}

/** The longest recipient name accepted: it is printed on the cover and names the edition's files. */
export const MAX_RECIPIENT_NAME = 200;

/**
 * Why a recipient name cannot be used on a cover, in a register line and in a file name, if it cannot:
 * a line break or control character (it could forge a line of output or of the register), or too long.
 */
export function recipientNameProblem(name: string): string | undefined {
  const control = /[\p{Cc}\u2028\u2029]/u.exec(name);
  if (control) return `holds a line break or control character (U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); write the name on one line`;
  if ([...name].length > MAX_RECIPIENT_NAME) return `is ${[...name].length} characters long; shorten it to at most ${MAX_RECIPIENT_NAME}`;
  return undefined;
}

/** Checks a recipient name given on the command line: it must have some letters or digits to name the zip. */
export function checkRecipientName(value: string): string {
  const name = value.trim();
  if (!/[\p{L}\p{N}]/u.test(name)) {
    throw new UsageError(`--recipient ${JSON.stringify(value)} has no letters or digits; give the organisation's name, e.g. --recipient "Acme Corp".`);
  }
  const problem = recipientNameProblem(name);
  if (problem) throw new UsageError(`--recipient ${JSON.stringify(name.length > 60 ? `${name.slice(0, 57)}...` : name)} ${problem}.`);
  return name;
}
