import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitSource } from '../../src/load';
import { tempDir } from './helpers/temp';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

/** A repository with content/, assets/ and src/, all committed. */
function repo(): { root: string; head: string } {
  const root = tempDir();
  git(root, 'init', '-q');
  for (const [path, text] of [['content/trust-package.yaml', 'a: 1\n'], ['assets/logo.svg', '<svg/>'], ['src/cli.ts', '//\n']]) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'init');
  return { root, head: git(root, 'rev-parse', 'HEAD').trim() };
}

describe('gitSource', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('gives the commit and a clean state for a committed project', () => {
    const { root, head } = repo();
    expect(gitSource(root)).toEqual({ commit: head, dirty: false });
  });

  it('is dirty when a content file is edited or added, even before git add', () => {
    const { root, head } = repo();
    writeFileSync(join(root, 'content', 'new-section.md'), '# New\n');
    expect(gitSource(root)).toEqual({ commit: head, dirty: true });
  });

  it('is dirty when an asset changes', () => {
    const { root } = repo();
    writeFileSync(join(root, 'assets', 'logo.svg'), '<svg></svg>');
    expect(gitSource(root).dirty).toBe(true);
  });

  it('ignores changes outside the given paths', () => {
    const { root } = repo();
    writeFileSync(join(root, 'src', 'cli.ts'), '// changed\n');
    writeFileSync(join(root, 'notes.txt'), 'scratch');
    expect(gitSource(root).dirty).toBe(false);
    expect(gitSource(root, ['src']).dirty).toBe(true);
  });

  it('gives {null, false} outside a repository', () => {
    expect(gitSource(tempDir())).toEqual({ commit: null, dirty: false });
  });

  it('gives {null, false} when git is not installed', () => {
    const { root } = repo();
    process.env.PATH = join(tempDir(), 'no-git-here');
    expect(gitSource(root)).toEqual({ commit: null, dirty: false });
  });
});
