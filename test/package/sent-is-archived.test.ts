import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { copyProject, removeProject, runCli } from '../helpers/project';

const ZIP = 'tesults-trust-package-2026-06-26.zip';
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

// A project in git: build, commit, build again. The second build's manifest names a new commit, but the
// documents are the same, so the archive keeps the first zip; out/ must hold that zip, byte for byte.
let project: string;
let firstCommit: string;

beforeAll(() => {
  project = copyProject('trust-package-sent-');
  fs.writeFileSync(path.join(project, '.gitignore'), 'out/\n');
  git(project, 'init', '-q');
  git(project, 'add', '.');
  git(project, 'commit', '-q', '-m', 'content');
  firstCommit = git(project, 'rev-parse', 'HEAD').trim();
  expect(runCli(['build', '--quiet'], project).status).toBe(0);
  git(project, 'commit', '-q', '--allow-empty', '-m', 'a later commit');
  const second = runCli(['build'], project);
  expect(second.status, second.stderr).toBe(0);
  expect(second.stdout).toContain('archive: unchanged');
}, 180_000);

afterAll(() => removeProject(project));

describe('the zip in out/ after an unchanged rebuild', () => {
  it('is the archived zip, byte for byte, though HEAD moved on', async () => {
    const archived = path.join(project, 'out', 'archive', '2026-06-26', ZIP);
    expect(sha256(path.join(project, 'out', ZIP))).toBe(sha256(archived));
    const manifest = (await readZip(fs.readFileSync(path.join(project, 'out', ZIP)), ZIP)).find((f) => f.path === 'manifest.json')!;
    expect(JSON.parse(manifest.bytes.toString('utf8')).source.commit).toBe(firstCommit);
  });

  it('has its PDFs beside it in out/, the same bytes as in the zip', async () => {
    const files = await readZip(fs.readFileSync(path.join(project, 'out', ZIP)), ZIP);
    const pdfs = files.filter((f) => f.path.endsWith('.pdf'));
    expect(pdfs.map((f) => f.path).sort()).toEqual(['Tesults-DPA.pdf', 'Tesults-Mutual-NDA.pdf', 'Tesults-Security-Overview-2026-06-26.pdf']);
    for (const pdf of pdfs) expect(fs.readFileSync(path.join(project, 'out', pdf.path)).equals(pdf.bytes), pdf.path).toBe(true);
  });

  it('is verified by its review date, as diff names versions', () => {
    const result = runCli(['verify', '2026-06-26'], project);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/: OK, \d+ files match manifest\.json and SHA256SUMS/);
    const missing = runCli(['verify', '2027-01-01'], project);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('No archived package for 2027-01-01');
    expect(missing.stderr).toContain('archived: 2026-06-26');
  });

  it('is listed with the company it belongs to', () => {
    const result = runCli(['list'], project);
    expect(result.status, result.stderr).toBe(0);
    const [header, row] = result.stdout.split('\n');
    expect(header).toMatch(/^review date\s+rev\s+company\s+size/);
    expect(row).toMatch(/^2026-06-26\s+r1\s+Tesults\s+\d+ KiB/);
  });
});
