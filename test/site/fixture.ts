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
 * An nda answer, and a public answer that links to the nda control and subprocessor beside a public
 * control; the public one also has a placeholder, a web address and two paragraphs.
 */
const ANSWERS = `
- id: ${NDA_MARK.toLowerCase()}-red-team
  question: What did the last red team exercise find ${NDA_MARK}6?
  answer: Two internal findings ${NDA_MARK}7, both fixed.
  short: n/a
  controls: [red-team-${NDA_MARK.toLowerCase()}]
  audience: nda
  reviewed: 2026-06-26

- id: adversary-testing
  question: Does {{company.name}} test its defences against attackers?
  answer: |-
    Yes. {{company.name}} encrypts stored data and tests its defences every year.

    Our policy is at https://www.tesults.com/docs/security.
  short: yes
  controls: [red-team-${NDA_MARK.toLowerCase()}, data-at-rest]
  subprocessors: ["Quiet Vendor ${NDA_MARK}4 Ltd", "Amazon Web Services, Inc."]
  audience: public
  reviewed: 2026-06-26
`;

/** The ids of the answers the fixture marks nda: four in the default content, one added above. */
export const NDA_ANSWER_IDS = ['permission-levels', 'breach-notification-content', 'deletion-at-termination', 'customer-audits', `${NDA_MARK.toLowerCase()}-red-team`];

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
  // Answers had audiences before the site had: they keep theirs in both variants, so the packages' answers.json agree.
  fs.appendFileSync(path.join(content, 'answers.yaml'), ANSWERS);
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
