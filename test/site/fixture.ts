import fs from 'node:fs';
import path from 'node:path';
import { copyProject, listFiles, runCli } from '../helpers/project';

/** Every piece of nda content in the fixture carries this mark, so one search finds any leak. */
export const NDA_MARK = 'ZQXNDA';

/** The section, control, subprocessor and table row that only NDA readers may see. */
export const NDA_SECTION = `---
audience: nda
---
# Penetration test findings ${NDA_MARK}1

The latest test found an internal issue ${NDA_MARK}2, fixed since.

<!-- an internal note ${NDA_MARK}9 -->
`;

const NDA_CONTROL = `
- id: red-team-${NDA_MARK.toLowerCase()}
  area: Red team ${NDA_MARK}3
  control: A yearly red team exercise.
  frameworks:
    soc2: [CC4.1]
  audience: nda
`;

const NDA_SUBPROCESSOR = `
- name: Quiet Vendor ${NDA_MARK}4 Ltd
  purpose: Internal analytics
  data: Usage counts
  location: Germany
  audience: nda
`;

/**
 * The default content with nda content added in every place an audience can be set; with `tagged` false,
 * the same content with no audience anywhere (the nda section, control and subprocessor left out entirely
 * is a different package, so they stay, untagged), to show that tags do not change the full package.
 */
export function ndaProject(tagged = true): string {
  const root = copyProject('trust-page-');
  const content = path.join(root, 'content');
  const strip = (text: string) => (tagged ? text : text.replace(/^---\naudience: nda\n---\n/, '').replace(/\n  audience: nda\n/g, '\n'));
  fs.writeFileSync(path.join(content, 'sections', '11-penetration-tests.md'), strip(NDA_SECTION));
  fs.appendFileSync(path.join(content, 'controls.yaml'), strip(NDA_CONTROL));
  fs.appendFileSync(path.join(content, 'subprocessors.yaml'), strip(NDA_SUBPROCESSOR));
  const table = path.join(content, 'tables', 'retention.csv');
  const rows = fs.readFileSync(table, 'utf8').trimEnd().split('\n');
  const withRow = [...rows, `Internal ${NDA_MARK}5,7 days,Staff only`];
  fs.writeFileSync(table, `${(tagged ? withRow.map((row, i) => `${row},${i === 0 ? 'audience' : i === withRow.length - 1 ? 'nda' : ''}`) : withRow).join('\n')}\n`);
  // A public section links to the nda section: on the site the link must go, and its target with it.
  const overview = path.join(content, 'sections', '01-overview.md');
  fs.appendFileSync(overview, `\nSee also [our test results](#penetration-test-findings-${NDA_MARK.toLowerCase()}1).\n`);
  return root;
}

/** Builds a project through the CLI and fails loudly with its output when the build fails. */
export function buildProject(root: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): void {
  const result = runCli(['build', '--quiet', ...args], root, env);
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** Every file of a folder with its bytes, by relative path. */
export function readTree(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file))]));
}
