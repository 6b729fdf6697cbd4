import { UserError } from '../diagnostics';

/** Name of the manifest inside every package. */
export const MANIFEST_PATH = 'manifest.json';
/** Name of the checksum list inside every package. */
export const CHECKSUMS_PATH = 'SHA256SUMS';
/** Name of the signature over SHA256SUMS, in signed packages. */
export const SIGNATURE_PATH = 'SHA256SUMS.sig';

// Characters Windows refuses in file names: a package must unpack everywhere its customers open it.
const WINDOWS_RESERVED = /[<>:"|?*]/;
// Control characters would need escaping in SHA256SUMS and confuse every terminal that lists the zip.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Orders by the UTF-8 bytes of the path, like `LC_ALL=C sort`, so the order never depends on a locale. */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Sorts a copy of a list of things with a path by {@link comparePaths}. */
export function sortByPath<T extends { path: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePaths(a.path, b.path));
}

/** Why a path cannot name a file in a package, or null when it can. */
export function packagePathProblem(path: string): string | null {
  if (path.length === 0) return 'it is empty';
  if (path.includes('\\')) return 'it contains a backslash; use "/" between folders';
  if (path.startsWith('/')) return 'it is absolute; paths in a package are relative to its root';
  if (CONTROL.test(path)) return 'it contains a control character';
  const reserved = WINDOWS_RESERVED.exec(path);
  if (reserved) return `it contains "${reserved[0]}", which Windows does not allow in file names`;
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return 'it has an empty, "." or ".." folder step';
    if (/[. ]$/.test(segment)) return 'a name in it ends with a dot or a space, which Windows drops';
  }
  return null;
}

/** Throws a UserError unless every path is usable and no two collide, even on a case-insensitive disk. */
export function checkPackagePaths(paths: readonly string[], reserved: readonly string[] = []): void {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const problem = packagePathProblem(path);
    if (problem) throw new UserError(`The package cannot contain a file named ${JSON.stringify(path)}: ${problem}. Rename it.`);
    if (reserved.includes(path)) {
      throw new UserError(`The package cannot contain a file named ${JSON.stringify(path)}: the tool writes that one itself. Rename it.`);
    }
    const key = path.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) {
      throw new UserError(
        `The package would contain both ${JSON.stringify(other)} and ${JSON.stringify(path)}, which are the same file on macOS and Windows. Rename one.`,
      );
    }
    seen.set(key, path);
  }
}
