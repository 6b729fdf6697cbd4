import type { Position } from '../diagnostics';

/** The four faces of a font family, as project-relative paths to TTF or OTF files. */
export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** A rule's configured severity; `off` silences it. */
export type RuleSetting = 'off' | 'warning' | 'error';

/** content/trust-package.yaml after defaults are applied. */
export interface Config {
  company: {
    /** Display name, used in titles and file names. */
    name: string;
    /** Party name in the NDA and DPA. */
    legalName: string;
    website: string;
    securityContact: string;
    /** Registered address, printed in the legal templates' party blocks when given. */
    address?: string;
  };
  document: {
    title: string;
    /** ISO date, YYYY-MM-DD: "Last reviewed"; names the package and its archive entry. */
    reviewDate: string;
    /** Printed in every page footer. */
    classification: string;
    /** BCP 47 tag written to the PDF metadata; default `en`. */
    language: string;
    /** Free-form document version shown on the cover when given. */
    version?: string;
    /** Months after `reviewDate` before the content counts as stale; the schema defaults it to 12. */
    maxAgeMonths?: number;
  };
  brand: {
    logo?: string;
    primaryColor: string;
    accentColor: string;
    fonts?: FontFiles;
  };
  legal: {
    /** Days of advance notice before a new sub-processor is engaged (DPA); default 30. */
    subprocessorNoticeDays: number;
    /** Governing law and venue for the NDA; left as a fill-in line when absent. */
    governingLaw?: string;
  };
  archive: {
    /** Where dated packages are kept, project-relative or absolute; default `out/archive`. */
    dir: string;
  };
  /** Per-rule severity overrides, keyed by rule id. */
  rules: Record<string, RuleSetting>;
}

/** A Markdown source: a whitepaper section or a legal template. */
export interface MarkdownFile {
  /** Project-relative path with forward slashes, e.g. `content/sections/01-overview.md`. */
  file: string;
  text: string;
}

/** One row of the controls matrix. */
export interface Control {
  id: string;
  area: string;
  /** What is in place; inline Markdown. */
  control: string;
  /** Framework key (soc2, iso27001, ...) to its references. */
  frameworks: Record<string, string[]>;
  at: Position;
}

/** One subprocessor. */
export interface Subprocessor {
  name: string;
  purpose: string;
  data: string;
  location: string;
  certifications: string[];
  website?: string;
  at: Position;
}

/** A data table from content/tables. */
export interface DataTable {
  /** Path as a directive names it, relative to content/: `tables/retention.csv`. */
  src: string;
  /** Project-relative path of the file. */
  file: string;
  columns: string[];
  rows: string[][];
  at: Position;
}

/** Everything the build reads, loaded and validated; the only input of the pure stages. */
export interface Content {
  /** Absolute path of the project root. */
  root: string;
  config: Config;
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
  /** `nda` answers go only to customers under NDA. */
  audience: 'public' | 'nda';
  owner?: string;
  /** YYYY-MM-DD, the day the answer was last approved. */
  reviewed: string;
  at: Position;
}
