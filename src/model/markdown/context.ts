import type { Diagnostics, Position } from '../../diagnostics';
import type { Document } from '../blocks';

/** What parsing one Markdown file may consult; injected so the stage stays pure. */
export interface MarkdownContext {
  /** Project-relative path, for diagnostics, e.g. `content/sections/01-intro.md`. */
  file: string;
  /** Placeholder values by dotted key, e.g. `company.name`. */
  values: ReadonlyMap<string, string>;
  /**
   * Keys the configuration defines but may leave unset, e.g. `legal.governingLaw`: a `::field` naming
   * one prints a fill-in line while it is unset, instead of being an unknown key.
   */
  optionalKeys?: ReadonlySet<string>;
  /** Table srcs that exist, e.g. `tables/retention.csv`. */
  tables: ReadonlySet<string>;
  /** Whether a project-relative file exists; 'outside' when its symlinks lead out of the project. */
  exists: (projectPath: string) => boolean | 'outside';
  /** Anchors already used in the same output document; parsing adds its headings' anchors. */
  anchors: Set<string>;
  diagnostics: Diagnostics;
}

/** A link to `#anchor`, kept so it can be checked once every file of the output document is parsed. */
export interface AnchorRef {
  anchor: string;
  at: Position;
}

/** A parsed Markdown file and the internal links it makes. */
export interface MarkdownDocument extends Document {
  anchorRefs: AnchorRef[];
}

/** What every step of the walk over marked's tokens shares. */
export interface Scope {
  ctx: MarkdownContext;
  /** The author's line and column of an offset in the lexed text. */
  at(offset: number): Position;
  refs: AnchorRef[];
}
