import type { Position } from '../diagnostics';

/** A path into parsed data, as zod reports it: mapping keys and list indexes. */
export type DataPath = readonly PropertyKey[];

/**
 * Maps paths in parsed data back to places in the source file, so that schema findings point
 * where the author has to edit. YAML and CSV sources each implement it.
 */
export interface Locator {
  /** The value at `path`, or its nearest ancestor that exists. */
  value(path: DataPath): Position;
  /** Where to report that the value at `path` is missing: for YAML, the start of the mapping that lacks it. */
  missing(path: DataPath): Position;
  /** The key that ends `path`, for findings about the key itself (unknown keys). */
  key(path: DataPath): Position;
}
