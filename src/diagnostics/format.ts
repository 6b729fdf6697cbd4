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

/** The whole report: lines sorted by place, then a count line; empty when there is nothing to say. */
export function formatReport(items: readonly Diagnostic[]): string {
  if (items.length === 0) return '';
  const lines = sortDiagnostics(items).map(formatDiagnostic);
  const errors = items.filter((d) => d.severity === 'error').length;
  const warnings = items.length - errors;
  lines.push(`${count(errors, 'error')}, ${count(warnings, 'warning')}`);
  return lines.join('\n');
}
