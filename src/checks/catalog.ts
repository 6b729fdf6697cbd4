import type { Severity } from '../diagnostics';
import { lintRules } from './rules';

/** A rule id any stage may report, with its default severity and whether `rules:` may change it. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /**
   * Why the rule cannot be turned off or lowered, when it cannot: its finding means input was not
   * read, or content would be left out of the documents.
   */
  fixed?: string;
}

const UNREAD = 'the file or value could not be read, so content would be missing from the package';
const DROPPED = 'the entry is left out of the documents until it is fixed';
const LOST = 'what it names would be missing from the documents';
const CONFIG = 'the configuration must be valid before anything else can be checked';

const scoped = (scope: string, ids: string[], fixed: string): RuleInfo[] => ids.map((id) => ({ id: `${scope}/${id}`, severity: 'error', fixed }));
const SCHEMA = ['required-field', 'type', 'unknown-key', 'invalid-value'];

/** Rules of the loader (src/content, src/config) and the Markdown stage (src/markdown). */
const STAGE_RULES: readonly RuleInfo[] = [
  ...['syntax', 'duplicate-key', 'too-deep', 'alias'].map((id): RuleInfo => ({ id: `yaml/${id}`, severity: 'error', fixed: UNREAD })),
  { id: 'yaml/warning', severity: 'warning' },
  ...scoped('csv', ['syntax', 'missing-header', 'row-length', 'duplicate-column'], UNREAD),
  ...scoped('content', ['missing-file', 'empty', 'binary', 'encoding', 'too-large', 'not-a-file', 'unreadable', 'conflict'], UNREAD),
  { id: 'content/unknown-file', severity: 'warning' },
  { id: 'content/control-character', severity: 'warning' },
  ...scoped('config', [...SCHEMA, 'date', 'color', 'url', 'email', 'language', 'number', 'path', 'file-type', 'missing-file', 'unknown-rule', 'rule-fixed'], CONFIG),
  ...scoped('controls', [...SCHEMA, 'id-format', 'frameworks-format', 'duplicate-id'], DROPPED),
  ...scoped('subprocessors', [...SCHEMA, 'url', 'duplicate-name'], DROPPED),
  ...scoped('tables', [...SCHEMA, 'row-length'], DROPPED),
  ...scoped('answers', [...SCHEMA, 'id-format', 'date', 'duplicate-id'], DROPPED),
  ...scoped('markdown', ['unknown-directive', 'directive-attribute', 'table-src', 'unknown-placeholder', 'image-remote', 'image-outside', 'image-format', 'image-missing'], LOST),
  { id: 'markdown/link-scheme', severity: 'error' },
  { id: 'markdown/unknown-anchor', severity: 'error' },
  { id: 'markdown/control-character', severity: 'warning' },
  { id: 'markdown/raw-html', severity: 'warning' },
  { id: 'markdown/empty-heading', severity: 'warning' },
  { id: 'markdown/image-inline', severity: 'warning' },
  { id: 'markdown/unterminated-placeholder', severity: 'warning' },
];

/** Rules whose failure would let a broken document through: they stay errors whatever `rules:` says. */
const FIXED_LINT: Record<string, string> = {
  'content/font-invalid': 'rendering would stop half way',
  'content/image-invalid': 'rendering would stop half way',
};

/** Every rule id, by id. */
export const RULES: ReadonlyMap<string, RuleInfo> = new Map(
  [...STAGE_RULES, ...lintRules.map((r): RuleInfo => ({ id: r.id, severity: r.severity, fixed: FIXED_LINT[r.id] }))].map((r) => [r.id, r]),
);
