import { execFileSync } from 'node:child_process';

/** Where the package came from: the commit of the project, and whether its inputs had uncommitted changes. */
export interface SourceInfo {
  commit: string | null;
  dirty: boolean;
}

/** The folders whose uncommitted changes make a build "dirty": the content and its assets, not the tool's code. */
export const DEFAULT_SOURCE_PATHS: readonly string[] = ['content', 'assets'];

/** The git commit of `root` and whether `paths` (relative to it) have uncommitted changes; {null, false} without git. */
export function gitSource(root: string, paths: readonly string[] = DEFAULT_SOURCE_PATHS): SourceInfo {
  const head = runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const commit = head !== null && /^[0-9a-f]{40,64}$/.test(head.trim()) ? head.trim() : null;
  // Untracked files count: a new section file changes the package as much as an edited one.
  const status = runGit(root, ['status', '--porcelain', '--untracked-files=all', '--', ...paths]);
  return { commit, dirty: status !== null && status.trim() !== '' };
}

function runGit(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
      // Without this, `git status` refreshes and rewrites the index, taking .git/index.lock while
      // someone may be committing; a build only looks.
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
  } catch {
    // Not a repository, no commit yet, or no git at all: the manifest records that as unknown.
    return null;
  }
}
