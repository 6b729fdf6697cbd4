import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { normalise, outlineTitles, readPdf, type PdfFacts } from '../helpers/pdf';
import { copyProject, EXAMPLE, removeProject, runCli } from '../helpers/project';

// One build of the default content, read back the way a recipient's PDF reader would see it.
let project: string;
let whitepaper: PdfFacts;
let nda: PdfFacts;
let dpa: PdfFacts;
let stderr: string;

const controls = parse(fs.readFileSync(path.join(EXAMPLE, 'content/controls.yaml'), 'utf8')) as { id: string; area: string }[];
const subprocessors = parse(fs.readFileSync(path.join(EXAMPLE, 'content/subprocessors.yaml'), 'utf8')) as { name: string }[];
const sectionHeadings = fs
  .readdirSync(path.join(EXAMPLE, 'content/sections'))
  .sort()
  .map((f) => /^# (.+)$/m.exec(fs.readFileSync(path.join(EXAMPLE, 'content/sections', f), 'utf8'))![1]);

beforeAll(async () => {
  project = copyProject();
  const result = runCli(['build'], project);
  stderr = result.stderr;
  expect(result.status, result.stderr).toBe(0);
  const zip = fs.readFileSync(path.join(project, 'out', 'tesults-trust-package-2026-06-26.zip'));
  const files = new Map((await readZip(zip, 'package')).map((f) => [f.path, f.bytes]));
  whitepaper = await readPdf(files.get('Tesults-Security-Overview-2026-06-26.pdf')!);
  nda = await readPdf(files.get('Tesults-Mutual-NDA.pdf')!);
  dpa = await readPdf(files.get('Tesults-DPA.pdf')!);
}, 120_000);

afterAll(() => removeProject(project));

describe('the build of the default content', () => {
  it('prints one progress line per stage with counts and elapsed time', () => {
    expect(stderr).toMatch(/^load\s+10 sections, 9 controls, 3 subprocessors, 1 tables\s+\d+\.\d\d s$/m);
    expect(stderr).toMatch(/^render\s+\d+ p \+ \d+ p \+ \d+ p in 3 PDFs and 2 Word files\s+\d+\.\d\d s$/m);
    expect(stderr).toMatch(/^package\s+11 files, \d+ KiB zip, archive stored\s+\d+\.\d\d s$/m);
  });
});

describe('the whitepaper', () => {
  it('has a cover with the title, company, review date and classification', () => {
    const cover = normalise(whitepaper.pages[0]);
    expect(cover).toContain('Security and Compliance Overview');
    expect(cover).toContain('TESULTS');
    expect(cover).toContain('Last reviewed 26 June 2026');
    expect(cover).toContain('Classification Confidential');
  });

  it('has no header or footer on the cover and "Page X of Y" on every other page', () => {
    const total = whitepaper.pages.length;
    expect(total).toBeGreaterThanOrEqual(7);
    expect(whitepaper.pages[0]).not.toMatch(/Page \d+ of/);
    whitepaper.pages.slice(1).forEach((text, i) => {
      expect(normalise(text)).toContain(`Page ${i + 2} of ${total}`);
      expect(normalise(text)).toContain('Tesults Security and Compliance Overview');
      expect(normalise(text)).toContain('CONFIDENTIAL');
      expect(normalise(text)).toContain('Last reviewed 26 June 2026');
    });
  });

  it('lists every section in the contents with the page it starts on', () => {
    const contents = normalise(whitepaper.pages[1]);
    expect(contents).toContain('Contents');
    for (const heading of sectionHeadings) {
      const match = new RegExp(`${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(contents);
      expect(match, heading).not.toBeNull();
      const page = Number(match![1]);
      expect(normalise(whitepaper.pages[page - 1]), `${heading} on page ${page}`).toContain(heading);
    }
  });

  it('has a bookmark for every section, with its subsections nested under it', () => {
    expect(whitepaper.outline.map((o) => o.title)).toEqual(sectionHeadings);
    const controlsSection = whitepaper.outline.find((o) => o.title === 'Security controls')!;
    expect(controlsSection.items.map((i) => i.title)).toContain('Notes on the controls');
    expect(outlineTitles(whitepaper.outline).length).toBeGreaterThan(sectionHeadings.length + 10);
  });

  it('carries the title, author, subject, keywords and language in its metadata', () => {
    expect(whitepaper.info.Title).toBe('Tesults Security and Compliance Overview');
    expect(whitepaper.info.Author).toBe('Tesults');
    expect(whitepaper.info.Subject).toBe('Security and Compliance Overview of Tesults');
    expect(whitepaper.info.Keywords).toContain('subprocessors');
    expect(whitepaper.info.Creator).toBe('trust-package');
    expect(whitepaper.language).toBe('en');
  });

  it('shows every control area and every subprocessor', () => {
    const text = normalise(whitepaper.text);
    for (const control of controls) expect(text).toContain(control.area);
    for (const subprocessor of subprocessors) expect(text).toContain(subprocessor.name);
  });

  it('shows the retention table rebuilt from the seed page', () => {
    const text = normalise(whitepaper.text);
    for (const plan of ['Free 30 days', 'Standard 6 months', 'Plus 12 months', 'Enterprise Agreed per contract']) expect(text).toContain(plan);
  });

  it('leaves no placeholder or directive syntax in any document', () => {
    for (const doc of [whitepaper, nda, dpa]) {
      expect(doc.text).not.toContain('{{');
      expect(doc.text).not.toContain('::');
    }
  });
});

describe('the legal templates', () => {
  it('say they are templates and not legal advice, on every page', () => {
    for (const doc of [nda, dpa]) {
      expect(normalise(doc.pages[0])).toMatch(/template/i);
      expect(normalise(doc.pages[0])).toMatch(/not legal advice/i);
      doc.pages.forEach((page, i) => expect(normalise(page)).toContain(`Page ${i + 1} of ${doc.pages.length}`));
    }
  });

  it('give the NDA its sections and labelled fill-in lines instead of underscores', () => {
    const text = normalise(nda.text);
    for (const label of ['Effective Date', 'Governing law and place of jurisdiction', 'Counterparty legal name', 'Counterparty address', 'Signature', 'Name of signatory', 'Place']) {
      expect(text).toContain(label);
    }
    for (const heading of ['3\u2002Exclusions', '5\u2002Disclosure required by law', '7\u2002Return or destruction', '8\u2002No licence', '11\u2002Remedies', '13\u2002General']) {
      expect(outlineTitles(nda.outline).join('\n')).toContain(heading);
    }
    expect(nda.text).not.toMatch(/_{3,}/);
  });

  it('fill the DPA annexes from the same data as the whitepaper', () => {
    const pages = dpa.pages.map(normalise);
    const annex2 = pages.findIndex((p) => p.includes('Annex II: Technical and organisational measures'));
    const annex3 = pages.findIndex((p) => p.includes('Annex III: Sub-processors'));
    expect(annex2).toBeGreaterThan(0);
    expect(annex3).toBeGreaterThan(annex2);
    const annex2Text = pages.slice(annex2, annex3).join(' ');
    for (const control of controls) expect(annex2Text).toContain(control.area);
    const annex3Text = pages.slice(annex3).join(' ');
    for (const subprocessor of subprocessors) expect(annex3Text).toContain(subprocessor.name);
  });
});
