import { sha256Hex } from './hash';
import { sortByPath } from './paths';

/** One line of SHA256SUMS. */
export interface ChecksumLine {
  path: string;
  sha256: string;
}

/** SHA256SUMS text in the format `sha256sum -c` reads: `<hex>  <path>` per line, sorted by path. */
export function formatChecksums(files: readonly { path: string; bytes: Uint8Array }[]): string {
  return sortByPath(files)
    .map((file) => `${sha256Hex(file.bytes)}  ${file.path}\n`)
    .join('');
}

/** Reads SHA256SUMS back; lines that are not checksum lines come back as problems with their line number. */
export function parseChecksums(text: string): { lines: ChecksumLine[]; problems: { line: number; detail: string }[] } {
  const lines: ChecksumLine[] = [];
  const problems: { line: number; detail: string }[] = [];
  const rows = text.split('\n');
  // A final newline leaves one empty string behind; it is not a line.
  if (rows[rows.length - 1] === '') rows.pop();
  rows.forEach((row, index) => {
    // `sha256sum -b` writes " *" before the name instead of two spaces; both mean the same to `-c`.
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(row);
    if (match) lines.push({ sha256: match[1].toLowerCase(), path: match[2] });
    else problems.push({ line: index + 1, detail: `line ${index + 1} is not "<sha256>  <path>": ${JSON.stringify(row.slice(0, 80))}` });
  });
  return { lines, problems };
}
