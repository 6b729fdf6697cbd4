import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf';
import { copyProject, removeProject, runCli } from '../helpers/project';
import { buildProject, readTree } from './fixture';

/**
 * NDA items whose words reach public files only through values derived from them: a placeholder that lists
 * every subprocessor's location, a public control linking to an NDA heading, and heading anchors that are
 * numbered by the headings before them. The markers are drawn by fast-check (seeded, so a failure repeats),
 * upper-case letters only, so that they survive slugs and case folding and match nothing else in the fixture.
 */
const [location, heading] = fc.sample(fc.stringMatching(/^[A-Z]{10}$/), { numRuns: 2, seed: 20261207 }).map((m) => `Q${m}`);

let root: string;
let site: Map<string, Buffer>;
let publicPdfText: string;
let caiq: string;

beforeAll(async () => {
  root = copyProject('derived-leak-');
  const content = path.join(root, 'content');
  fs.appendFileSync(
    path.join(content, 'subprocessors.yaml'),
    `\n- name: Hidden Host Ltd\n  purpose: Backups\n  data: Encrypted backups\n  location: ${location}\n  audience: nda\n`,
  );
  // An NDA section before a public one with the same heading: in the full whitepaper the public heading's anchor
  // is the second of its name, which on the site would tell that the first exists.
  fs.writeFileSync(path.join(content, 'sections', '05a-incident.md'), `---\naudience: nda\n---\n# Breach in 2026\n\nDetails ${heading} for customers under NDA.\n`);
  fs.writeFileSync(path.join(content, 'sections', '05b-incident.md'), `# Breach in 2026\n\nNo customer data was affected. Data is processed in {{subprocessors.locations}}.\n`);
  fs.appendFileSync(
    path.join(content, 'controls.yaml'),
    '\n- id: incident-review\n  area: Incident review\n  control: Every incident is reviewed, as [the report](#breach-in-2026) describes.\n',
  );
  buildProject(root);
  const answered = runCli(['answer', '--format', 'caiq'], root);
  expect(answered.status, answered.stderr).toBe(0);
  caiq = fs.readFileSync(path.join(root, 'out', 'answers', 'caiq-v4.csv'), 'utf8');
  site = readTree(path.join(root, 'out', 'site'));
  const pdf = [...site.keys()].find((f) => f.endsWith('-Public.pdf'))!;
  publicPdfText = (await readPdf(site.get(pdf)!)).pages.join('\n');
}, 180_000);

afterAll(() => removeProject(root));

describe('values derived from NDA items', () => {
  it('leave no NDA location in any site file, the public PDF or the CAIQ export, while public locations are listed', () => {
    const leaks = [...site].filter(([, bytes]) => bytes.toString('latin1').includes(location)).map(([file]) => file);
    expect(leaks).toEqual([]);
    expect(publicPdfText).not.toContain(location);
    expect(caiq).not.toContain(location);
    // The placeholder itself still resolves, from the public subprocessors.
    expect(publicPdfText).toMatch(/Data is processed in [A-Z]/);
  });

  it('number the public headings among public sections only, so no anchor tells of an NDA heading', () => {
    const pages = [...site].filter(([file]) => file.endsWith('.html')).map(([, bytes]) => bytes.toString('utf8'));
    expect(pages.some((page) => page.includes('id="breach-in-2026"'))).toBe(true);
    expect(pages.filter((page) => page.includes('breach-in-2026-1'))).toEqual([]);
    for (const [, bytes] of site) expect(bytes.toString('latin1')).not.toContain(heading);
  });

  it('drop the link of a public control to an NDA heading, in controls.json and in the public PDF, and keep its words', () => {
    const controls = JSON.parse(site.get('controls.json')!.toString('utf8')) as unknown;
    const text = JSON.stringify(controls);
    expect(text).toContain('Every incident is reviewed, as');
    expect(text).not.toContain('#breach-in-2026');
    expect(publicPdfText).toContain('Every incident is reviewed, as the report describes.');
  });
});
