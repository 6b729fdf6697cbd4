import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/package';
import { readPdf } from '../helpers/pdf';
import { REPO, removeProject, runCli } from '../helpers/project';
import YAML from 'yaml';
import { NDA_ANSWER_IDS, NDA_MARK, buildProject, ndaProject, readTree } from './fixture';

let tagged: string;
let untagged: string;
let site: Map<string, Buffer>;

beforeAll(() => {
  tagged = ndaProject(true);
  untagged = ndaProject(false);
  buildProject(tagged);
  buildProject(untagged);
  site = readTree(path.join(tagged, 'out', 'site'));
}, 180_000);

afterAll(() => {
  removeProject(tagged);
  removeProject(untagged);
});

const text = (file: string) => site.get(file)!.toString('utf8');

/** The errors of a data file against its JSON Schema in docs/. */
function validate(schemaFile: string, data: unknown) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'docs', schemaFile), 'utf8'));
  const check = ajv.compile(schema);
  check(data);
  return check.errors ?? [];
}

describe('nda content', () => {
  it('appears in no file of the site, in no file name, and not in the public PDF text', async () => {
    const leaks = [...site].filter(([file, bytes]) => file.toLowerCase().includes(NDA_MARK.toLowerCase()) || bytes.toString('latin1').toLowerCase().includes(NDA_MARK.toLowerCase()));
    expect(leaks.map(([file]) => file)).toEqual([]);
    const pdf = [...site.keys()].find((f) => f.endsWith('-Public.pdf'))!;
    const facts = await readPdf(site.get(pdf)!);
    const pdfText = facts.pages.join('\n');
    expect(pdfText).toContain('Data in transit');
    expect(pdfText).not.toContain(NDA_MARK);
    expect(pdfText).not.toContain('Confidential');
  });

  it('is all in the full package, whose PDFs and data files are byte for byte those built without any audience tag', async () => {
    const zip = async (root: string) => new Map((await readZip(fs.readFileSync(path.join(root, 'out', 'tesults-trust-package-2026-06-26.zip')), 'zip')).map((f) => [f.path, f.bytes]));
    const [a, b] = [await zip(tagged), await zip(untagged)];
    const documents = [...a.keys()].filter((p) => p.endsWith('.pdf') || p.startsWith('data/')).sort();
    // Three PDFs and four data files (controls, subprocessors, sections, answers).
    expect(documents).toHaveLength(7);
    expect([...b.keys()].filter((p) => p.endsWith('.pdf') || p.startsWith('data/')).sort()).toEqual(documents);
    for (const file of documents) expect(a.get(file)!.equals(b.get(file)!), file).toBe(true);
    expect(a.get('data/subprocessors.json')!.toString()).toContain(`Quiet Vendor ${NDA_MARK}4 Ltd`);
    const whitepaper = await readPdf(a.get(documents.find((p) => p.includes('Security-Overview'))!)!);
    for (const n of [1, 2, 3, 4, 5]) expect(whitepaper.pages.join('\n'), `${NDA_MARK}${n}`).toContain(`${NDA_MARK}${n}`);
  });

  it('takes the public link to an nda section off the page, keeping its words', () => {
    const overview = text('overview.html');
    expect(overview).toContain('See also our test results.');
    expect(overview).not.toMatch(/href="[^"]*penetration/);
  });
});

describe('the FAQ', () => {
  /** The library as written in the built project, nda answers included. */
  const library = () => YAML.parse(fs.readFileSync(path.join(tagged, 'content', 'answers.yaml'), 'utf8')) as { id: string; question: string; audience?: string }[];

  it('shows every public answer, in library order, under its question with the answer id as anchor, and no nda one', () => {
    const faq = text('faq.html');
    const ids = [...faq.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    const publicIds = library().filter((a) => a.audience !== 'nda').map((a) => a.id);
    expect(publicIds).toHaveLength(63);
    expect(ids).toEqual(publicIds);
    // The list of questions links to each answer, once.
    expect([...faq.matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1])).toEqual(publicIds);
    const ndaAnswers = library().filter((a) => a.audience === 'nda');
    expect(ndaAnswers.map((a) => a.id).sort()).toEqual([...NDA_ANSWER_IDS].sort());
    for (const [file, bytes] of site) {
      for (const a of ndaAnswers) {
        expect(bytes.toString('utf8'), `${a.id} in ${file}`).not.toContain(a.question);
        expect(bytes.toString('utf8'), `${a.id} in ${file}`).not.toMatch(new RegExp(`["#]${a.id}"`));
      }
    }
  });

  it('fills placeholders, shows the short answer in words, and makes web addresses links', () => {
    const faq = text('faq.html');
    expect(faq).not.toContain('{{');
    const entry = faq.slice(faq.indexOf('<h2 id="adversary-testing">'), faq.indexOf('</div>', faq.indexOf('<h2 id="adversary-testing">')));
    expect(entry).toBe(
      [
        '<h2 id="adversary-testing">Does Tesults test its defences against attackers?</h2>',
        '<p class="short">Short answer: <strong>Yes</strong></p>',
        '<p>Yes. Tesults encrypts stored data and tests its defences every year.</p>',
        '<p>Our policy is at <a href="https://www.tesults.com/docs/security">https://www.tesults.com/docs/security</a>.</p>',
        // The links to the nda control and subprocessor are gone, names and all; the public ones stay.
        '<p class="refs">Controls: <a href="index.html#control-data-at-rest">Data at rest</a> · Subprocessors: <a href="index.html#subprocessor-amazon-web-services-inc">Amazon Web Services, Inc.</a></p>',
        '',
      ].join('\n'),
    );
    // The targets of those links exist on the index.
    expect(text('index.html')).toContain('<li class="card" id="control-data-at-rest">');
    expect(text('index.html')).toContain('<tr id="subprocessor-amazon-web-services-inc">');
    // Email addresses become mailto links; an n/a answer shows no "Not applicable" over an open question.
    const contact = faq.slice(faq.indexOf('<h2 id="security-contact">'));
    expect(contact).toMatch(/^<h2 id="security-contact">Who is the contact for security questions\?<\/h2>\n<p>Write to <a href="mailto:help@tesults.com">help@tesults.com<\/a> for every/);
  });

  it('is in the navigation of every page and linked from the index', () => {
    for (const file of [...site.keys()].filter((f) => f.endsWith('.html'))) {
      expect(text(file), file).toContain(file === 'faq.html' ? '<a href="faq.html" aria-current="page">FAQ</a>' : '<a href="faq.html">FAQ</a>');
      expect(text(file), file).toContain('<a href="faq.json">faq.json</a>');
    }
    expect(text('index.html')).toContain('<p>Our answers to 63 questions that security reviews often ask: <a href="faq.html">read the FAQ</a>.</p>');
  });

  it('faq.json lists the same answers, with public links only, and matches its JSON Schema', () => {
    const data = JSON.parse(text('faq.json'));
    expect(validate('site-faq.schema.json', data)).toEqual([]);
    expect(data.answers.map((a: { id: string }) => a.id)).toEqual(library().filter((a) => a.audience !== 'nda').map((a) => a.id));
    expect(data.answers.find((a: { id: string }) => a.id === 'adversary-testing')).toEqual({
      id: 'adversary-testing',
      question: 'Does Tesults test its defences against attackers?',
      alternatives: [],
      short: 'yes',
      answer: 'Yes. Tesults encrypts stored data and tests its defences every year.\n\nOur policy is at https://www.tesults.com/docs/security.',
      controls: ['data-at-rest'],
      subprocessors: ['Amazon Web Services, Inc.'],
      caiq: [],
      reviewed: '2026-06-26',
    });
    expect(validate('site-faq.schema.json', { ...data, answers: [{ ...data.answers[0], owner: 'Security' }] })).not.toEqual([]);
  });
});

describe('the data files', () => {
  it('subprocessors.json lists the public subprocessors and matches its JSON Schema', () => {
    const data = JSON.parse(text('subprocessors.json'));
    expect(validate('site-subprocessors.schema.json', data)).toEqual([]);
    expect(data.subprocessors.map((s: { name: string }) => s.name)).toEqual(['Amazon Web Services, Inc.', 'Stripe, Inc.', 'Google LLC']);
  });

  it('controls.json lists the public controls and matches its JSON Schema', () => {
    const data = JSON.parse(text('controls.json'));
    expect(validate('site-controls.schema.json', data)).toEqual([]);
    expect(data.controls).toHaveLength(9);
    expect(data.controls[0]).toMatchObject({ id: 'data-in-transit', area: 'Data in transit', frameworks: { soc2: ['CC6.7'] } });
  });

  it('are the package\'s data files with the nda entries left out, value for value', async () => {
    const files = new Map((await readZip(fs.readFileSync(path.join(tagged, 'out', 'tesults-trust-package-2026-06-26.zip')), 'zip')).map((f) => [f.path, f.bytes]));
    const packaged = (name: string) => JSON.parse(files.get(`data/${name}`)!.toString('utf8'));
    const controls = packaged('controls.json');
    expect(JSON.parse(text('controls.json'))).toEqual({ ...controls, controls: controls.controls.filter((c: { id: string }) => !c.id.includes(NDA_MARK.toLowerCase())) });
    const subprocessors = packaged('subprocessors.json');
    expect(JSON.parse(text('subprocessors.json'))).toEqual({ ...subprocessors, subprocessors: subprocessors.subprocessors.filter((s: { name: string }) => !s.name.includes(NDA_MARK)) });
  });

  it('a schema rejects a file that breaks it', () => {
    expect(validate('site-subprocessors.schema.json', { company: 'X', reviewDate: '2026-06-26', subprocessors: [{ name: 'A' }] })).not.toEqual([]);
  });
});

describe('security.txt', () => {
  it('has the fields RFC 9116 requires, from the settings', () => {
    const lines = text('.well-known/security.txt').split('\n');
    expect(lines).toContain('Contact: mailto:help@tesults.com');
    expect(lines).toContain('Expires: 2027-06-26T00:00:00.000Z');
    expect(lines).toContain('Preferred-Languages: en');
    // Every line is a comment, a field "Name: value" or empty.
    for (const line of lines) expect(line).toMatch(/^(#.*|[A-Za-z-]+: \S.*|)$/);
  });
});

describe('feed.xml', () => {
  it('is well-formed Atom with the required feed elements, and no entry while there is no earlier review date', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(text('feed.xml'), true).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(feed.title).toBe('Tesults subprocessor changes');
    expect(feed.updated).toBe('2026-06-26T00:00:00Z');
    expect(feed.author.name).toBe('Tesults');
    expect(feed.entry).toBeUndefined();
  });
});

describe('the archive and reproducibility', () => {
  it('keeps the site beside the package, and verify still sees exactly the package', () => {
    const archived = readTree(path.join(tagged, 'out', 'archive', 'sites', '2026-06-26'));
    expect([...archived.keys()]).toEqual([...site.keys()]);
    for (const [file, bytes] of site) expect(archived.get(file)!.equals(bytes), file).toBe(true);
    const verify = runCli(['verify', 'out/archive/2026-06-26'], tagged);
    expect(verify.status, verify.stdout).toBe(0);
  });

  it('writes the same bytes from another folder, time zone and process with `site` alone', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-page-elsewhere-'));
    for (const dir of ['content', 'assets', 'out/archive']) fs.cpSync(path.join(tagged, dir), path.join(elsewhere, dir), { recursive: true });
    const again = runCli(['site'], elsewhere, { TZ: 'Pacific/Kiritimati' });
    expect(again.status, again.stderr).toBe(0);
    const other = readTree(path.join(elsewhere, 'out', 'site'));
    removeProject(elsewhere);
    expect([...other.keys()]).toEqual([...site.keys()]);
    for (const [file, bytes] of site) expect(other.get(file)!.equals(bytes), file).toBe(true);
  });

  it('rebuilding unchanged content leaves the archived site as it was', () => {
    buildProject(tagged);
    expect(fs.readdirSync(path.join(tagged, 'out', 'archive', 'sites'))).toEqual(['2026-06-26']);
  });
});
