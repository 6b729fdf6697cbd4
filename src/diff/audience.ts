
/** What the comparison needs of a register line: who received which version, and when. */
export interface RegisterEntry {
  recipient: string;
  email: string | null;
  reviewDate: string;
  revision: number;
  sent: string;
  documentId: string;
}
import type { Snapshot } from '../model/data-files';

/** A recipient to tell, and the latest edition they received. */
export type AffectedRecipient = Pick<RegisterEntry, 'recipient' | 'email' | 'reviewDate' | 'revision' | 'sent' | 'documentId'>;

/**
 * The recipients whose latest edition is older than the TO version: they hold a version the change
 * affects. Someone who has since received the TO version (or a later one) already has the change.
 * A TO version read from a zip outside the archive has no revision; every revision of its date counts as it.
 */
export function affectedRecipients(register: readonly RegisterEntry[], to: Pick<Snapshot, 'reviewDate' | 'revision'>): AffectedRecipient[] {
  const latest = new Map<string, RegisterEntry>();
  for (const entry of register) {
    const key = entry.recipient.toLowerCase();
    const prior = latest.get(key);
    if (!prior || compareVersions(entry, prior) >= 0) latest.set(key, entry);
  }
  const older = (entry: RegisterEntry) =>
    to.revision === undefined ? entry.reviewDate < to.reviewDate : compareVersions(entry, { reviewDate: to.reviewDate, revision: to.revision }) < 0;
  return [...latest.values()]
    .filter(older)
    .sort((a, b) => a.recipient.localeCompare(b.recipient, 'en'))
    .map(({ recipient, email, reviewDate, revision, sent, documentId }) => ({ recipient, email, reviewDate, revision, sent, documentId }));
}

function compareVersions(a: { reviewDate: string; revision: number }, b: { reviewDate: string; revision: number }): number {
  if (a.reviewDate !== b.reviewDate) return a.reviewDate < b.reviewDate ? -1 : 1;
  return a.revision - b.revision;
}
