import { escapeControl } from '../text';
import type { RegisterEntry } from '../archive/register';
import { count } from '../text/plural';

/** The register as a table for `list`: day sent, version, ID, recipient, email, zip; one edition per row, every cell escaped. */
export function formatRegister(entries: readonly RegisterEntry[], registerFile: string): string {
  const title = `Distribution register (${count(entries.length, 'edition')}, ${registerFile})`;
  const header = ['sent', 'review date', 'id', 'recipient', 'email', 'zip sha256'];
  const rows = entries.map((e) => [
    e.sent,
    e.revision === 1 ? e.reviewDate : `${e.reviewDate}-r${e.revision}`,
    e.documentId,
    e.recipient,
    e.email ?? '-',
    e.zipSha256.slice(0, 16),
  ].map(escapeControl));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const table = [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  return [title, ...table].join('\n');
}
