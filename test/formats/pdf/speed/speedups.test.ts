import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTs } from '../../../package/helpers/run-ts';
import { copyProject, removeProject } from '../../../helpers/project';
import { testdir } from '../../../helpers/testdir';
import { files } from '../../../checks/helpers';
import { PATCHED_VERSIONS, type PatchStatus } from '../../../../src/formats/pdf/engine/patches';

const ALL_PATCHES = ['shared font parses', 'style lookup', 'shared word shaping', 'relayout reuses measures'];

/** Runs a helper script twice, each in a fresh process: pdfmake as shipped, then patched. */
async function plainAndPatched(script: string, args: string[]): Promise<{ plain: Output; patched: Output }> {
  const run = (setting: string) => runTs(`../../formats/pdf/speed/helpers/${script}`, args, { env: { TRUST_PACKAGE_PDF_PATCHES: setting } });
  const [plain, patched] = await Promise.all([run('off'), run('on')]);
  return { plain: parse(plain), patched: parse(patched) };
}

interface Output {
  status: PatchStatus;
  lines: string[];
}

function parse(stdout: string): Output {
  const [head, ...lines] = stdout.trim().split('\n');
  expect(head).toMatch(/^status /);
  return { status: JSON.parse(head.slice('status '.length)) as PatchStatus, lines };
}

/** Both runs did what they were asked: if pdfmake, pdfkit or fontkit changed so that a patch no longer applies, this says so. */
function expectPlainAndPatched({ plain, patched }: { plain: Output; patched: Output }): void {
  expect(plain.status).toEqual({ installed: [], reason: 'switched off (TRUST_PACKAGE_PDF_PATCHES=off)' });
  expect(patched.status).toEqual({ installed: ALL_PATCHES });
}

describe('the pdfmake patches', () => {
  it('make the same PDF bytes as pdfmake alone, document after document', async () => {
    const runs = await plainAndPatched('render-sample.ts', []);
    expectPlainAndPatched(runs);
    expect(runs.plain.lines).toHaveLength(3);
    expect(runs.patched.lines).toEqual(runs.plain.lines);
    // The first and third documents are the same definition: caches carried over must not change them.
    expect(runs.patched.lines[2]).toBe(runs.patched.lines[0]);
  }, 60_000);

  it('make the same PDF bytes when a heading group stranded at a page foot lays the document out again', async () => {
    // As in layout.test.ts: each filler moves the heading down; some counts strand it, some do not.
    const fillers = Array.from({ length: 13 }, (_, i) => String(24 + i));
    const runs = await plainAndPatched('render-relayout.ts', fillers);
    expectPlainAndPatched(runs);
    const relayouts = runs.patched.lines.map((line) => Number(line.split(' ')[1]));
    expect(relayouts.filter((n) => n > 0).length, 'renders that were laid out again').toBeGreaterThan(0);
    expect(relayouts.filter((n) => n === 0).length, 'renders laid out once').toBeGreaterThan(0);
    expect(runs.patched.lines).toEqual(runs.plain.lines);
  }, 120_000);

  it('make the same bytes for whole packages (whitepaper, NDA, DPA) built through renderDocuments', async () => {
    // The default content, and the project the content tests make.
    const roots = [copyProject('trust-package-patches-'), testdir(files())];
    try {
      const runs = await plainAndPatched('render-package.ts', roots.map((root) => path.join(root, 'content')));
      expectPlainAndPatched(runs);
      const names = runs.plain.lines.map((line) => line.split(' ')[0]);
      // Each package also holds the Word editions, which the patches do not touch; they must match too.
      const one = ['Tesults-Security-Overview-2026-06-26.pdf', 'Tesults-Mutual-NDA.pdf', 'Tesults-Mutual-NDA.docx', 'Tesults-DPA.pdf', 'Tesults-DPA.docx'];
      expect(names).toEqual([...one, ...one]);
      expect(runs.patched.lines).toEqual(runs.plain.lines);
    } finally {
      removeProject(roots[0]);
    }
  }, 120_000);
});

describe('the version check', () => {
  const status = async (versions?: object) =>
    JSON.parse(await runTs('../../formats/pdf/speed/helpers/patch-status.ts', versions ? [JSON.stringify(versions)] : [])) as {
      status: PatchStatus;
      loaded: { pdfkit: boolean; fontkit: boolean };
    };

  it('installs every patch on the versions they were written for', async () => {
    expect(await status()).toEqual({ status: { installed: ALL_PATCHES }, loaded: { pdfkit: true, fontkit: true } });
  });

  it.each(['pdfmake', 'pdfkit', 'fontkit'] as const)('installs nothing, and says why, when %s has another version', async (library) => {
    const versions = { ...PATCHED_VERSIONS, [library]: '9.9.9' };
    expect(await status(versions)).toEqual({
      status: { installed: [], reason: `library version changed: ${library} 9.9.9 (patches written for ${PATCHED_VERSIONS[library]}); pdfmake runs unpatched` },
      // Installing a patch loads the library it patches: neither was touched.
      loaded: { pdfkit: false, fontkit: false },
    });
  });
});
