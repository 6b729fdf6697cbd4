import type { z } from 'zod';
import type { Position } from '../diagnostics';
import type { Positions } from './positions';
import type { configSchema, fontsSchema } from './schema';

/** The four faces of a font family, as project-relative paths to TTF or OTF files. */
export type FontFiles = z.output<typeof fontsSchema>;

/** Who may see a piece of content: anyone (the public trust page and whitepaper), or only readers under NDA. */
export type Audience = 'public' | 'nda';

/** A rule's configured severity; `off` silences it. */
export type RuleSetting = z.output<typeof configSchema>['rules'][string];

/** content/trust-package.yaml after defaults are applied: the schema's output, field for field (see load/schema.ts). */
export type Config = z.output<typeof configSchema>;

/** A file format the package can hold its documents in. */
export type DocumentFormat = Config['document']['formats'][number];

/** A Markdown source: a whitepaper section or a legal template. */
export interface MarkdownFile {
  /** Project-relative path with forward slashes, e.g. `content/sections/01-overview.md`. */
  file: string;
  /** The Markdown text; a front matter block is blanked to empty lines, so line numbers stay those of the file. */
  text: string;
  /** From the front matter's `audience:`; absent means the site's default audience. */
  audience?: Audience;
}

/** One row of the controls matrix. */
export interface Control {
  id: string;
  area: string;
  /** What is in place; inline Markdown. */
  control: string;
  /** Framework key (soc2, iso27001, ...) to its references, as the author wrote it. */
  frameworks: Record<string, string[]>;
  /** Absent means the site's default audience. */
  audience?: Audience;
  /** The frameworks were written but could not be read (reported as controls/frameworks-format). */
  frameworksUnread?: true;
  at: Position;
  /** Where each field was written. */
  positions: Positions;
}

/** One subprocessor. */
export interface Subprocessor {
  name: string;
  purpose: string;
  data: string;
  location: string;
  certifications: string[];
  website?: string;
  /** Its postal address, for the DPA's Annex III. */
  address?: string;
  /** Who to contact there about data protection: name, position, e-mail. */
  contact?: string;
  /** What it does with the personal data, when the purpose alone does not say it (Annex III). */
  processing?: string;
  /** The safeguard for a transfer out of the EEA, e.g. "Adequacy decision" or "SCCs, module 3". */
  transfer?: string;
  /** Absent means the site's default audience. */
  audience?: Audience;
  at: Position;
  /** Where each field was written. */
  positions: Positions;
}

/** A data table from content/tables. */
export interface DataTable {
  /** Path as a directive names it, relative to content/: `tables/retention.csv`. */
  src: string;
  /** Project-relative path of the file. */
  file: string;
  columns: string[];
  rows: string[][];
  /** A YAML table's `audience:`; absent means the site's default audience. */
  audience?: Audience;
  /** A CSV table's `audience` column, one entry per row (the column itself is not part of the table). */
  rowAudience?: (Audience | undefined)[];
  at: Position;
  /** Where each column heading and cell was written (`columns[0]`, `rows[2][1]`). */
  positions: Positions;
}

/** Everything the build reads, loaded and validated; the only input of the pure stages. */
export interface Content {
  /** Absolute path of the project root. */
  root: string;
  config: Config;
  /** Where each setting of trust-package.yaml was written (`document.reviewDate`, `rules.<id>`). */
  configPositions: Positions;
  sections: MarkdownFile[];
  controls: Control[];
  subprocessors: Subprocessor[];
  tables: DataTable[];
  legal: { nda?: MarkdownFile; dpa?: MarkdownFile };
  /** The answer library, content/answers.yaml or content/answers/*.yaml; absent or empty when there is none. */
  answers?: Answer[];
}

/** One approved answer of the library, with its defaults applied. */
export interface Answer {
  id: string;
  /** The question in the team's words. */
  question: string;
  /** Other phrasings of the question, for matching. */
  alternatives: string[];
  /** The approved answer, plain text with `{{placeholders}}` unresolved. */
  answer: string;
  short: 'yes' | 'no' | 'partial' | 'n/a';
  /** Control ids of controls.yaml. */
  controls: string[];
  /** Subprocessor names of subprocessors.yaml. */
  subprocessors: string[];
  /** CAIQ v4 question ids, e.g. `CEK-03.1`. */
  caiq: string[];
  /** `nda` answers go only to customers under NDA; absent means the site's default audience. */
  audience?: 'public' | 'nda';
  owner?: string;
  /** YYYY-MM-DD, the day the answer was last approved. */
  reviewed: string;
  at: Position;
  /** Where each field was written, and each `{{` of the question and answer (`answer{{0}}`). */
  positions: Positions;
}
