import type { Diagnostic } from '../diagnostics';
import { UsageError, UserError } from '../diagnostics';
import type { RegisterEntry } from '../archive';
import type { Recipient } from '../load';
import { fileSlug } from '../package';

/**
 * The day of sending must lie between the package's review date and today: an edition cannot have been
 * sent before its content was reviewed, nor on a day that has not come yet.
 */
export function checkSentAgainst(sent: string, reviewDate: string, today: string): void {
  if (sent > today) {
    throw new UsageError(`SENT=${sent} (--sent) is later than today, ${today} (UTC); an edition is dated the day it is sent. Leave SENT out to use today.`);
  }
  if (sent < reviewDate) {
    throw new UsageError(
      `SENT=${sent} (--sent) is before document.reviewDate ${reviewDate}; a package cannot be sent before the review it states. Use a date from ${reviewDate} to ${today}.`,
    );
  }
}

/**
 * One recipient, one spelling: a name whose file name matches a recipient already in the register but is
 * spelt differently ("contoso bank ag" and "Contoso Bank AG") would be a second register entry whose
 * zip overwrites the first one's in out/. Refused, naming both spellings, so the register keeps one name.
 */
export function checkAgainstRegister(recipients: readonly Recipient[], register: readonly RegisterEntry[]): Diagnostic[] {
  const known = new Map<string, string>();
  for (const entry of register) {
    const key = fileSlug(entry.recipient, 'recipient');
    if (!known.has(key)) known.set(key, entry.recipient);
  }
  const problems: Diagnostic[] = [];
  for (const recipient of recipients) {
    const spelt = known.get(fileSlug(recipient.name, 'recipient'));
    if (spelt === undefined || spelt === recipient.name) continue;
    const message =
      `"${recipient.name}" is the recipient the register already lists as "${spelt}"; write "${spelt}" to build for the same recipient ` +
      '(two spellings would be two register entries sharing one file name)';
    if (!recipient.at) throw new UserError(`RECIPIENT=${JSON.stringify(recipient.name)}: ${message}.`);
    problems.push({ ...recipient.at, ruleId: 'recipients/spelling', severity: 'error', message, expected: JSON.stringify(spelt), actual: JSON.stringify(recipient.name) });
  }
  return problems;
}
