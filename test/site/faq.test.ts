import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { site } from '../../src/commands/site';
import { loadModel } from '../../src/commands/validate';
import { Diagnostics } from '../../src/diagnostics';
import { publicModel } from '../../src/documents/public';
import { paragraphs } from '../../src/documents/site-faq';
import { copyProject, removeProject } from '../helpers/project';
import { readTree } from './fixture';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) removeProject(root);
});

/** The example company, changed by `edit`, with its site written in-process; returns the site's files as text. */
async function siteOf(edit: (content: string) => void): Promise<Map<string, string>> {
  const root = copyProject('trust-page-faq-');
  roots.push(root);
  edit(path.join(root, 'content'));
  const result = await site({ contentDir: path.join(root, 'content'), outDir: path.join(root, 'out'), env: {} });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  return new Map([...readTree(path.join(root, 'out', 'site'))].map(([file, bytes]) => [file, bytes.toString('utf8')]));
}

const UNTAGGED = `
- id: untagged-answer
  question: Is this answer tagged?
  answer: No, it names no audience.
  short: no
  reviewed: 2026-06-26
`;

/** No FAQ anywhere: no page, no data file, no navigation entry, no heading, no footer link. */
function expectNoFaq(files: Map<string, string>) {
  expect([...files.keys()].filter((f) => f.startsWith('faq'))).toEqual([]);
  for (const [file, text] of files) {
    if (!file.endsWith('.html')) continue;
    expect(text, file).not.toContain('faq.html');
    expect(text, file).not.toContain('faq.json');
    expect(text, file).not.toContain('Frequently asked questions');
  }
}

describe('the FAQ of the trust page', () => {
  it('is left out entirely when there is no answer library', async () => {
    const files = await siteOf((content) => fs.rmSync(path.join(content, 'answers.yaml')));
    expectNoFaq(files);
    expect(files.get('index.html')).toContain('Controls by area');
  }, 60_000);

  it('is left out entirely when the library has only nda answers', async () => {
    const files = await siteOf((content) => {
      const file = path.join(content, 'answers.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/audience: public/g, 'audience: nda'));
    });
    expectNoFaq(files);
  }, 60_000);

  it('shows an answer that names no audience by default, and leaves it out under site.defaultAudience: nda', async () => {
    const add = (content: string) => fs.appendFileSync(path.join(content, 'answers.yaml'), UNTAGGED);
    const open = await siteOf(add);
    expect(open.get('faq.html')).toContain('<h2 id="untagged-answer">Is this answer tagged?</h2>');
    const closed = await siteOf((content) => {
      add(content);
      fs.appendFileSync(path.join(content, 'trust-package.yaml'), '\nsite:\n  defaultAudience: nda\n');
    });
    for (const [file, text] of closed) expect(text, file).not.toContain('untagged-answer');
    // Answers tagged public stay public under either default.
    expect(closed.get('faq.html')).toContain('<h2 id="encryption-at-rest">Is customer data encrypted at rest?</h2>');
  }, 60_000);

  it('keeps faq.html for itself: a section titled FAQ gets another page name', async () => {
    const files = await siteOf((content) => fs.writeFileSync(path.join(content, 'sections', '11-faq.md'), '# FAQ\n\nQuestions we hear.\n'));
    expect(files.get('faq.html')).toContain('<h1>Frequently asked questions</h1>');
    expect(files.get('faq-2.html')).toContain('Questions we hear.');
    expect(files.get('index.html')).toContain('<li><a href="faq-2.html">FAQ</a></li>');
  }, 60_000);
});

describe('the public view of the answers', () => {
  it('drops the links of a public answer to nda controls and subprocessors, and the nda answers', () => {
    const root = copyProject('trust-page-faq-');
    roots.push(root);
    const content = path.join(root, 'content');
    fs.appendFileSync(path.join(content, 'controls.yaml'), '\n- id: secret-control\n  area: Secret\n  control: Kept under NDA.\n  audience: nda\n');
    fs.appendFileSync(path.join(content, 'subprocessors.yaml'), '\n- name: Secret Vendor\n  purpose: Analytics\n  data: Usage\n  location: Germany\n  audience: nda\n');
    const file = path.join(content, 'answers.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('controls: [data-at-rest]\n  caiq: [CEK-03.1]', 'controls: [secret-control, data-at-rest]\n  subprocessors: [Secret Vendor, "Stripe, Inc."]\n  caiq: [CEK-03.1]'));
    const diagnostics = new Diagnostics();
    const model = loadModel(content, diagnostics)!;
    expect(diagnostics.items.filter((d) => d.severity === 'error')).toEqual([]);
    const full = model.answers.find((a) => a.id === 'encryption-at-rest')!;
    expect(full.controls).toEqual(['secret-control', 'data-at-rest']);
    const pub = publicModel(model);
    expect(pub.answers.find((a) => a.id === 'encryption-at-rest')).toMatchObject({ controls: ['data-at-rest'], subprocessors: ['Stripe, Inc.'] });
    expect(pub.answers.map((a) => a.id)).not.toContain('permission-levels');
    expect(pub.content.answers!.map((a) => a.id)).toEqual(pub.answers.map((a) => a.id));
    // The full model is unchanged.
    expect(full.controls).toEqual(['secret-control', 'data-at-rest']);
  }, 60_000);
});

describe('answer text on the page', () => {
  it('splits paragraphs at blank lines and lines at line breaks', () => {
    expect(paragraphs('One.\nTwo.\n\n  \nThree.')).toEqual([[[{ text: 'One.' }], [{ text: 'Two.' }]], [[{ text: 'Three.' }]]]);
  });

  it('links web and email addresses, leaving trailing punctuation out', () => {
    expect(paragraphs('See https://x.example/a?b=1, or write to sec@x.example.')).toEqual([
      [[{ text: 'See ' }, { text: 'https://x.example/a?b=1', link: 'https://x.example/a?b=1' }, { text: ', or write to ' }, { text: 'sec@x.example', link: 'mailto:sec@x.example' }, { text: '.' }]],
    ]);
    expect(paragraphs('(https://x.example/docs).')).toEqual([[[{ text: '(' }, { text: 'https://x.example/docs', link: 'https://x.example/docs' }, { text: ').' }]]]);
    expect(paragraphs('No link in ftp://x.example or user@localhost.')).toEqual([[[{ text: 'No link in ftp://x.example or user@localhost.' }]]]);
  });

  it('gives every element of every page its own id, even for answers named like the page parts', async () => {
    const named = ['main', 'page-main', 'contact', 'controls', 'faq'].map((id) => `\n- id: ${id}\n  question: Is ${id} a fine answer id?\n  answer: Yes, it is.\n  short: yes\n  reviewed: 2026-06-26\n`).join('');
    const files = await siteOf((content) => fs.appendFileSync(path.join(content, 'answers.yaml'), named));
    expect(files.get('faq.html')).toContain('<h2 id="main">');
    for (const [file, text] of files) {
      if (!file.endsWith('.html')) continue;
      const ids = [...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), file).toEqual([]);
    }
  }, 60_000);
});

