import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFontFiles } from '../../src/load/fonts';
import { copyProject, removeProject, runCli } from '../helpers/project';

// A second build with nothing edited is a no-op; an edit of any kind of input makes it a full build
// again, whose package differs. Every build passes --revision, so that changed content is archived
// as a new revision instead of being refused for an unchanged review date.
let project: string;
const ZIP = 'tesults-trust-package-2026-06-26.zip';
const FACES = ['normal', 'bold', 'italics', 'bolditalics'] as const;

const zipSha = () => crypto.createHash('sha256').update(fs.readFileSync(path.join(project, 'out', ZIP))).digest('hex');
const edit = (file: string, change: (text: string) => string) => {
  const abs = path.join(project, file);
  fs.writeFileSync(abs, change(fs.readFileSync(abs, 'utf8')));
};

/** Builds and says whether the build was a no-op, with the package's sha256 after it. */
function build(env: NodeJS.ProcessEnv = {}): { noop: boolean; sha: string } {
  const result = runCli(['build', '--revision'], project, env);
  expect(result.status, result.stderr).toBe(0);
  const noop = /^unchanged /m.test(result.stderr);
  // A no-op renders nothing; a full build reports its render stage.
  expect(/^render /m.test(result.stderr)).toBe(!noop);
  return { noop, sha: zipSha() };
}

beforeAll(() => {
  project = copyProject('trust-package-unchanged-');
  // Brand fonts, so that a font is an input of the project (Roboto copied under assets/).
  fs.mkdirSync(path.join(project, 'assets', 'fonts'));
  for (const face of FACES) fs.copyFileSync(defaultFontFiles()[face], path.join(project, 'assets', 'fonts', `Brand-${face}.ttf`));
  const fonts = FACES.map((f) => `    ${f}: assets/fonts/Brand-${f}.ttf`).join('\n');
  edit('content/trust-package.yaml', (t) => t.replace('  accentColor: "#208479"', `  accentColor: "#208479"\n  fonts:\n${fonts}`));
});

afterAll(() => removeProject(project));

describe('an unchanged rebuild', () => {
  let first: string;

  it('is a no-op that leaves the same zip', () => {
    const built = build();
    expect(built.noop).toBe(false);
    first = built.sha;
    expect(build()).toEqual({ noop: true, sha: first });
  });

  it('gives the same bytes as a build without the compile cache, into a fresh out folder', () => {
    fs.rmSync(path.join(project, 'out'), { recursive: true });
    expect(build({ TRUST_PACKAGE_COMPILE_CACHE: '0' })).toEqual({ noop: false, sha: first });
    expect(build()).toEqual({ noop: true, sha: first });
  });

  it('builds again when the zip in out/ is not the one it wrote', () => {
    fs.writeFileSync(path.join(project, 'out', ZIP), 'not a zip');
    expect(build()).toEqual({ noop: false, sha: first });
  });

  const edits: [string, () => void][] = [
    ['a section', () => edit('content/sections/01-overview.md', (t) => `${t}\nOne more sentence about security.\n`)],
    ['the controls', () => edit('content/controls.yaml', (t) => t.replace(/control: /, 'control: Reviewed yearly. '))],
    ['a table', () => edit('content/tables/retention.csv', (t) => t.replace('30 days', '31 days'))],
    ['the configuration', () => edit('content/trust-package.yaml', (t) => t.replace('classification: Confidential', 'classification: Restricted'))],
    ['the logo', () => edit('assets/logo.svg', (t) => t.replace('fill="#1F3A5F"', 'fill="#5F1F3A"'))],
    ['a font', () => fs.copyFileSync(defaultFontFiles().italics, path.join(project, 'assets', 'fonts', 'Brand-normal.ttf'))],
    ['an added file', () => fs.writeFileSync(path.join(project, 'content', 'sections', '99-extra.md'), '# Extra\n\nA new section.\n')],
  ];
  for (const [what, change] of edits) {
    it(`builds a different package after an edit of ${what}, then is a no-op again`, () => {
      const before = zipSha();
      change();
      const rebuilt = build();
      expect(rebuilt.noop).toBe(false);
      expect(rebuilt.sha).not.toBe(before);
      expect(build()).toEqual({ noop: true, sha: rebuilt.sha });
    });
  }
});
