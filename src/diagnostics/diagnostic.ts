import type { RuleId, Severity } from './rules';

export type { Severity };

/** A place in a project file; line and column are 1-based, the file is relative to the project root. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** One finding about the user's content, in the shape of a vfile message. */
export interface Diagnostic extends Position {
  /** Stable identifier, e.g. `controls/required-field`; users configure rules by it (see rules.ts). */
  ruleId: RuleId;
  severity: Severity;
  /** What failed and how to fix it, in one sentence. */
  message: string;
  expected?: string;
  actual?: string;
}

/** Collects diagnostics from every stage; the CLI alone decides what they mean for the exit code. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(diagnostic: Diagnostic): void {
    this.items.push(diagnostic);
  }

  error(at: Position, ruleId: RuleId, message: string, extra: { expected?: string; actual?: string } = {}): void {
    this.add({ ...at, ruleId, severity: 'error', message, ...extra });
  }

  warning(at: Position, ruleId: RuleId, message: string, extra: { expected?: string; actual?: string } = {}): void {
    this.add({ ...at, ruleId, severity: 'warning', message, ...extra });
  }

  get errorCount(): number {
    return this.items.filter((d) => d.severity === 'error').length;
  }

  get warningCount(): number {
    return this.items.filter((d) => d.severity === 'warning').length;
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** Describes a value the way a message should show it: quoted strings, type names for the rest. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
