import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeProject } from '../helpers/project';
import { HAS_CHROMIUM, axeSource, launch, serve } from './browser';
import { NDA_MARK, buildProject, ndaProject } from './fixture';

interface Visit {
  page: Page;
  /** Every URL the page asked for, and the console errors and failed requests it had. */
  requests: string[];
  errors: string[];
}

let root: string;
let server: Awaited<ReturnType<typeof serve>>;
let chromium: { browser: Browser; close: () => Promise<void> };
let pages: string[];

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  root = ndaProject(true);
  buildProject(root);
  const dir = path.join(root, 'out', 'site');
  pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  server = await serve(dir);
  chromium = await launch();
}, 180_000);

afterAll(async () => {
  if (!HAS_CHROMIUM) return;
  await chromium?.close();
  await server?.close();
  removeProject(root);
});

/** Opens a page of the site at a width, recording every request (anything off the site is refused). */
async function visit(file: string, width: number): Promise<Visit> {
  const page = await chromium.browser.newPage();
  const visit: Visit = { page, requests: [], errors: [] };
  await page.setViewport({ width, height: 844 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    visit.requests.push(request.url());
    if (request.url().startsWith(server.url)) void request.continue();
    else void request.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') visit.errors.push(message.text());
  });
  page.on('pageerror', (error) => visit.errors.push(String(error)));
  page.on('requestfailed', (request) => visit.errors.push(`failed: ${request.url()}`));
  await page.goto(`${server.url}${file}`, { waitUntil: 'networkidle0' });
  return visit;
}

describe.skipIf(!HAS_CHROMIUM)('the trust page in Chromium', () => {
  it('shows every public control area and subprocessor, and no nda one', async () => {
    const { page } = await visit('index.html', 1280);
    const text = await page.evaluate(() => document.body.innerText);
    for (const area of ['Data in transit', 'Data at rest', 'Authentication', 'Access and SSO', 'Authorization', 'Audit logging', 'Payments', 'Data residency', 'API security']) {
      expect(text).toContain(area);
    }
    for (const name of ['Amazon Web Services, Inc.', 'Stripe, Inc.', 'Google LLC']) expect(text).toContain(name);
    expect(text).toContain('Tesults itself holds no certification.');
    expect(text).not.toContain(NDA_MARK);
    const links = await page.$$eval('a[href^="mailto:"]', (as) => as.map((a) => a.getAttribute('href')));
    // The subject names the DPA by its template's own title, not by wording the tool supplies.
    expect(links).toContain(`mailto:help@tesults.com?subject=${encodeURIComponent('Request for Data Processing Agreement of Tesults')}`);
    await page.close();
  });

  it('shows every public answer on the FAQ page, and no nda one', async () => {
    expect(pages).toContain('faq.html');
    const { page } = await visit('faq.html', 1280);
    const text = await page.evaluate(() => document.body.innerText);
    const faq = JSON.parse(fs.readFileSync(path.join(root, 'out', 'site', 'faq.json'), 'utf8')) as { answers: { id: string; question: string }[] };
    expect(faq.answers.length).toBeGreaterThan(60);
    for (const answer of faq.answers) expect(text).toContain(answer.question);
    const headings = await page.$$eval('main h2[id]', (hs) => hs.map((h) => h.id));
    expect(headings).toEqual(faq.answers.map((a) => a.id));
    expect(text).not.toContain(NDA_MARK);
    expect(text).not.toContain('How many permission levels are there');
    await page.close();
  });

  it('opens a link to one answer at that answer, from another page', async () => {
    const { page } = await visit('index.html', 1280);
    await page.goto(`${server.url}faq.html#encryption-at-rest`, { waitUntil: 'networkidle0' });
    const place = await page.evaluate(() => ({ top: document.getElementById('encryption-at-rest')!.getBoundingClientRect().top, scrolled: window.scrollY }));
    expect(place.scrolled).toBeGreaterThan(500);
    expect(Math.abs(place.top)).toBeLessThan(40);
    await page.close();
  });

  it('makes no request outside the site folder, and logs no error, on any page', async () => {
    for (const file of pages) {
      const { page, requests, errors } = await visit(file, 1280);
      expect(requests.filter((url) => !url.startsWith(server.url)), file).toEqual([]);
      expect(errors, file).toEqual([]);
      await page.close();
    }
  });

  it('has no WCAG 2.2 A or AA violation that axe-core finds, on any page, wide or narrow', async () => {
    const source = axeSource();
    // Every page wide; the index, one section page and the FAQ narrow too (the layout changes, the colours do not).
    const section = pages.find((p) => p !== 'index.html' && p !== 'faq.html')!;
    const runs = [...pages.map((file) => [file, 1280] as const), ['index.html', 390] as const, [section, 390] as const, ['faq.html', 390] as const];
    for (const [file, width] of runs) {
      {
        const { page } = await visit(file, width);
        await page.addScriptTag({ content: source });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ passes: unknown[]; incomplete: { id: string; nodes: { target: string[] }[] }[]; violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
          const list = (items: typeof result.violations) => items.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          // axe files text it cannot judge as "incomplete", not a violation: text the colour of its background is one.
          return { passes: result.passes.length, violations: list(result.violations), unsure: list(result.incomplete.filter((v) => v.id === 'color-contrast')) };
        });
        expect(violations.violations, `${file} at ${width} px`).toEqual([]);
        expect(violations.unsure, `${file} at ${width} px`).toEqual([]);
        // axe ran its rules: a page where nothing was checked would pass vacuously.
        expect(violations.passes, file).toBeGreaterThan(10);
        await page.close();
      }
    }
  });

  it('does not scroll sideways at 390 px, on any page', async () => {
    for (const file of pages) {
      const { page } = await visit(file, 390);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, file).toBeLessThanOrEqual(innerWidth);
      await page.close();
    }
  });

  it('reads the same without JavaScript', async () => {
    const page = await chromium.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.url}index.html`);
    const text = await page.evaluate(() => document.body.innerText).catch(() => '');
    // evaluate needs JavaScript in the page's world; fall back to the DOM the browser built.
    const html = await page.content();
    expect(text || html).toContain('Controls by area');
    expect(await page.$$eval('nav a', (as) => as.length)).toBeGreaterThan(3);
    await page.goto(`${server.url}faq.html`);
    expect(await page.content()).toContain('<h2 id="encryption-at-rest">Is customer data encrypted at rest?</h2>');
    await page.close();
  });
});
