import type { Diagnostic } from './diagnostic';
import { count } from '../text/plural';

/** Orders diagnostics by file, then line, then column, so reports read top to bottom. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

/** One line per diagnostic: `file:line:column  severity  message  rule-id`. */
export function formatDiagnostic(d: Diagnostic): string {
  let message = d.message;
  if (d.expected !== undefined || d.actual !== undefined) {
    const parts: string[] = [];
    if (d.expected !== undefined) parts.push(`expected ${d.expected}`);
    if (d.actual !== undefined) parts.push(`found ${d.actual}`);
    message += ` (${parts.join(', ')})`;
  }
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${message}  ${d.ruleId}`;
}

/** How much of a report to print. */
export interface ReportOptions {
  /** Print at most this many lines per rule, then one line saying how many more there are; default all. */
  perRule?: number;
}

/**
 * The whole report: lines sorted by place, then a count line; empty when there is nothing to say.
 * With `perRule`, a rule's lines past the first few are replaced by one line pointing at `make validate`,
 * so that large content does not bury the build's output; the count line still counts every one.
 */
export function formatReport(items: readonly Diagnostic[], options: ReportOptions = {}): string {
  if (items.length === 0) return '';
  const limit = options.perRule ?? Infinity;
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const d of sortDiagnostics(items)) {
    const count = (shown.get(d.ruleId) ?? 0) + 1;
    shown.set(d.ruleId, count);
    if (count <= limit) lines.push(formatDiagnostic(d));
  }
  for (const [ruleId, count] of shown) {
    if (count > limit) lines.push(`... and ${count - limit} more like this (${ruleId}): run make validate to see all`);
  }
  const errors = items.filter((d) => d.severity === 'error').length;
  const warnings = items.length - errors;
  lines.push(`${count(errors, 'error')}, ${count(warnings, 'warning')}`);
  return lines.join('\n');
}
