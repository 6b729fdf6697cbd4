import type { Diagnostic } from '../diagnostics';
import type { Recipient } from '../load';
import type { ProgressListener } from './progress';
import type { SigningKeyFile } from './signing-files';
import type { WrittenPackage } from './package';
import type { WrittenEdition } from './editions';

/** What `build` needs to know beyond the content itself. */
export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Archive changed content as a new revision of an already archived review date. */
  revision: boolean;
  env?: NodeJS.ProcessEnv;
  onProgress?: ProgressListener;
  /** Also build an edition for each of these recipients (parsed content and fonts are shared). */
  recipients?: Recipient[];
  /** A CSV of recipients (name, email) to build editions for, in addition to `recipients`. */
  recipientsFile?: string;
  /** The day the editions are sent, YYYY-MM-DD; default today in UTC. */
  sent?: string;
  /** The clock, for the default day of sending; the real one unless a caller fixes it. */
  now?: Date;
  /** Build the whole package into `<outDir>/draft/`, every page marked DRAFT; never archived or registered. */
  draft?: boolean;
  /** The private key to sign SHA256SUMS with, as read by the CLI; the package and every edition are signed. */
  signingKey?: SigningKeyFile;
  /**
   * The running tool's code file. When set, a build whose inputs are all as the last build into the same
   * out/ left them, and whose zip is still there and archived, is a no-op (see unchanged.ts).
   */
  toolFile?: string;
  /** The inputs' key, when the caller already checked with `unchangedBuild` and found changes. */
  key?: UnchangedKey;
}

/** The outcome of a command that checks content: diagnostics always, `ok` when there are no errors. */
export interface CheckResult {
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface BuildResult extends CheckResult {
  package?: WrittenPackage;
  /** The recipient editions built, in the order asked for. */
  editions?: WrittenEdition[];
  /** One line for the user about where the package went. */
  summary?: string;
}

/** The key of a build and where its stamp goes. `base` covers all but the files outside the content folder. */
export interface UnchangedKey {
  key: string;
  base: string;
  extras: readonly string[];
  stampPath: string;
}
