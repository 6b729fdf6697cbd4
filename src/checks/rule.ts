import type { Position, RuleId } from '../diagnostics';
import type { PackageModel } from '../model';
import type { FontCoverage } from './font-coverage';
import type { SourceIndex } from './source-index';
import type { TextItem } from './texts';

/** What the checks may consult beyond the model; injected so that tests control the clock and the files. */
export interface LintSettings {
  /** Today, for the review date rules. */
  today: Date;
  /** The bytes of a project file (project-relative path), or undefined when it cannot be read. */
  readFile: (projectPath: string) => Buffer | undefined;
  /** The characters each font face can draw; without it the glyph check is skipped. */
  fonts?: FontCoverage;
  /** The `rules:` settings: a rule set to `off` is not run at all. */
  ruleSettings?: Readonly<Record<string, string>>;
}

/** What one rule sees: the model, the settings, every text that reaches a PDF, and a way to report. */
export interface LintContext {
  model: PackageModel;
  settings: LintSettings;
  texts: readonly TextItem[];
  /** The Markdown files as written, by project-relative path, for exact places. */
  sources: ReadonlyMap<string, SourceIndex>;
  /** Reports a finding under the rule's id and default severity. */
  report(at: Position, message: string, extra?: { expected?: string; actual?: string }): void;
}

/** A content check: its id in the rule registry (which holds its severity, summary and fix), and the check. */
export interface LintRule {
  id: RuleId;
  check(ctx: LintContext): void;
}
