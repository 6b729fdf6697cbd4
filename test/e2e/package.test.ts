import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { copyProject, listFiles, removeProject, REPO, runCli } from '../helpers/project';

const ZIP = 'tesults-trust-package-2026-06-26.zip';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// Two projects in different folders, built in different time zones.
let first: string;
let second: string;

beforeAll(() => {
  first = copyProject('trust-package-a-');
  second = copyProject('trust-package-second-folder-');
  expect(runCli(['build', '--quiet'], first, { TZ: 'UTC' }).status).toBe(0);
  expect(runCli(['build', '--quiet'], second, { TZ: 'Pacific/Chatham' }).status).toBe(0);
}, 120_000);

afterAll(() => {
  removeProject(first);
  removeProject(second);
});

async function entries(project: string): Promise<Map<string, Buffer>> {
  const files = await readZip(fs.readFileSync(path.join(project, 'out', ZIP)), ZIP);
  return new Map(files.map((f) => [f.path, f.bytes]));
}

describe('the package', () => {
  it('holds the three PDFs, the Word editions of the NDA and DPA, the data files, the manifest and the checksums', async () => {
    expect([...(await entries(first)).keys()]).toEqual([
      'SHA256SUMS',
      'Tesults-DPA.docx',
      'Tesults-DPA.pdf',
      'Tesults-Mutual-NDA.docx',
      'Tesults-Mutual-NDA.pdf',
      'Tesults-Security-Overview-2026-06-26.pdf',
      'data/answers.json',
      'data/controls.json',
      'data/sections.json',
      'data/subprocessors.json',
      'manifest.json',
    ]);
  });

  it('records every file with its size, sha256 and page count in the manifest', async () => {
    const files = await entries(first);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.tool.name).toBe('trust-package');
    expect(manifest.company).toBe('Tesults');
    expect(manifest.reviewDate).toBe('2026-06-26');
    expect(manifest.source).toEqual({ commit: null, dirty: false });
    expect(manifest.inputsSha256).toMatch(/^[0-9a-f]{64}$/);
    for (const entry of manifest.files) {
      const bytes = files.get(entry.path)!;
      expect(entry.bytes).toBe(bytes.length);
      expect(entry.sha256).toBe(sha256(bytes));
      if (entry.path.endsWith('.pdf')) expect(entry.pages).toBeGreaterThan(2);
      // Word lays out its own pages: a .docx has no page count to record.
      else expect(entry.pages).toBeUndefined();
    }
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('Tesults-DPA.docx');
    expect(files.get('SHA256SUMS')!.toString('utf8')).toContain(`${sha256(files.get('Tesults-Mutual-NDA.docx')!)}  Tesults-Mutual-NDA.docx\n`);
  });

  it('gives machine-readable copies of the controls and subprocessors', async () => {
    const files = await entries(first);
    const controls = JSON.parse(files.get('data/controls.json')!.toString('utf8'));
    const subprocessors = JSON.parse(files.get('data/subprocessors.json')!.toString('utf8'));
    expect(controls.controls).toHaveLength(9);
    expect(controls.controls[0]).toMatchObject({ id: 'data-in-transit', area: 'Data in transit' });
    expect(subprocessors.subprocessors.map((s: { name: string }) => s.name)).toContain('Stripe, Inc.');
  });

  it('is byte-identical when built in another folder and another time zone', async () => {
    const a = await entries(first);
    const b = await entries(second);
    for (const [name, bytes] of a) expect(sha256(b.get(name)!), name).toBe(sha256(bytes));
    expect(sha256(fs.readFileSync(path.join(second, 'out', ZIP)))).toBe(sha256(fs.readFileSync(path.join(first, 'out', ZIP))));
  });

  it('takes its timestamps from SOURCE_DATE_EPOCH when it is set', async () => {
    const project = copyProject();
    try {
      expect(runCli(['build', '--quiet'], project, { SOURCE_DATE_EPOCH: '1790000000' }).status).toBe(0);
      const zip = fs.readFileSync(path.join(project, 'out', ZIP));
      expect(sha256(zip)).not.toBe(sha256(fs.readFileSync(path.join(first, 'out', ZIP))));
    } finally {
      removeProject(project);
    }
  });
});

describe('the archive', () => {
  it('keeps the package under its review date with checksums sha256sum accepts', () => {
    const dir = path.join(first, 'out', 'archive', '2026-06-26');
    expect(listFiles(dir)).toContain(ZIP);
    expect(listFiles(dir)).toContain('SHA256SUMS');
    const verify = runCli(['verify', dir], first);
    expect(verify.stdout).toContain('OK, ');
    expect(verify.status).toBe(0);
  });

  it('treats a rebuild of unchanged content as a no-op', () => {
    const before = fs.statSync(path.join(first, 'out', 'archive', '2026-06-26', ZIP)).mtimeMs;
    const result = runCli(['build'], first);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('archive: unchanged');
    expect(fs.statSync(path.join(first, 'out', 'archive', '2026-06-26', ZIP)).mtimeMs).toBe(before);
  });

  it('refuses changed content under an archived review date, and keeps a revision when asked', () => {
    const project = copyProject();
    try {
      expect(runCli(['build', '--quiet'], project).status).toBe(0);
      const section = path.join(project, 'content', 'sections', '01-overview.md');
      fs.appendFileSync(section, '\nOne more sentence for this review.\n');
      const zipBefore = fs.readFileSync(path.join(project, 'out', ZIP));

      const refused = runCli(['build', '--quiet'], project);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('document.reviewDate');
      expect(refused.stderr).toContain('--revision');
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      expect(fs.readFileSync(path.join(project, 'out', ZIP)).equals(zipBefore)).toBe(true);

      const revised = runCli(['build', '--quiet', '--revision'], project);
      expect(revised.status).toBe(0);
      expect(listFiles(path.join(project, 'out', 'archive')).filter((f) => f.endsWith('.zip'))).toEqual([
        `2026-06-26-r2/${ZIP}`,
        `2026-06-26/${ZIP}`,
      ]);
      const list = runCli(['list'], project);
      expect(list.stdout).toMatch(/^2026-06-26\s+r1\s+Tesults\s+\d+ KiB\s+[0-9a-f]{64}/m);
      expect(list.stdout).toMatch(/^2026-06-26\s+r2\s+Tesults\s+\d+ KiB\s+[0-9a-f]{64}/m);
    } finally {
      removeProject(project);
    }
  });
});

describe('verify', () => {
  function tamperedCopy(change: (dir: string) => void): string {
    const dir = fs.mkdtempSync(path.join(first, 'tampered-'));
    fs.cpSync(path.join(first, 'out', 'archive', '2026-06-26'), dir, { recursive: true });
    change(dir);
    return dir;
  }

  it('reports a flipped byte as a changed file', () => {
    const dir = tamperedCopy((d) => {
      const file = path.join(d, 'Tesults-DPA.pdf');
      const bytes = fs.readFileSync(file);
      bytes[1000] ^= 0xff;
      fs.writeFileSync(file, bytes);
    });
    const result = runCli(['verify', dir], first);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^changed\s+Tesults-DPA\.pdf/m);
  });

  it('reports a removed file as missing', () => {
    const dir = tamperedCopy((d) => fs.rmSync(path.join(d, 'data', 'controls.json')));
    const result = runCli(['verify', dir], first);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^missing\s+data\/controls\.json/m);
  });

  it('reports an added file as extra', () => {
    const dir = tamperedCopy((d) => fs.writeFileSync(path.join(d, 'notes.txt'), 'added later\n'));
    const result = runCli(['verify', dir], first);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^extra\s+notes\.txt/m);
  });

  it('accepts the zip in out/ as it was built', () => {
    const result = runCli(['verify', path.join(first, 'out', ZIP)], first);
    expect(result.stdout).toContain('OK, 10 files match manifest.json and SHA256SUMS');
    expect(result.status).toBe(0);
  });
});

describe('a build killed part-way', () => {
  it('leaves no partial file at a final path in out/ or the archive', async () => {
    // Kill at several moments so that each stage (render, zip, archive, out/) is hit by some run.
    for (const delay of [150, 400, 700, 1000, 1300, 1600]) {
      const project = copyProject();
      try {
        await new Promise<void>((resolve) => {
          const child = spawn(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'build', '--quiet'], { cwd: project, stdio: 'ignore' });
          const timer = setTimeout(() => child.kill('SIGKILL'), delay);
          child.on('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        const out = listFiles(path.join(project, 'out')).filter((f) => !/(^|\/)\.tmp-|\.tmp-/.test(f));
        const zips = out.filter((f) => f.endsWith('.zip'));
        for (const zip of zips) {
          const dir = zip.includes('/') ? path.join(project, 'out', path.dirname(zip)) : path.join(project, 'out', zip);
          const verify = runCli(['verify', dir], project);
          expect(verify.status, `${zip} after a kill at ${delay} ms: ${verify.stdout}`).toBe(0);
        }
        const archived = listFiles(path.join(project, 'out', 'archive')).filter((f) => !f.includes('.tmp-'));
        if (archived.length > 0) expect(archived).toContain(`2026-06-26/${ZIP}`);
      } finally {
        removeProject(project);
      }
    }
  }, 120_000);
});
