import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeProject, runCli } from '../helpers/project';
import { NDA_MARK, buildProject } from './fixture';

// Two review dates: by the second, Fastly is added, Stripe removed, Google's location changed, and an
// nda subprocessor added that the public feed must not mention.
let root: string;
let feed: string;

beforeAll(() => {
  root = copyProject('trust-page-feed-');
  buildProject(root);
  const config = path.join(root, 'content', 'trust-package.yaml');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('reviewDate: 2026-06-26', 'reviewDate: 2026-09-30') + 'site:\n  url: https://trust.tesults.example/\n');
  const list = path.join(root, 'content', 'subprocessors.yaml');
  const text = fs.readFileSync(list, 'utf8');
  const stripe = /- name: Stripe, Inc\.\n(?: {2}.*\n| {4}.*\n)*/.exec(text)![0];
  const next =
    text.replace(stripe, '').replace('location: United States          # example value', 'location: European Union') +
    '\n- name: Fastly, Inc.\n  purpose: Content delivery\n  data: IP addresses\n  location: United States\n' +
    `\n- name: Hidden ${NDA_MARK} GmbH\n  purpose: Internal\n  data: None\n  location: Germany\n  audience: nda\n`;
  fs.writeFileSync(list, next);
  // The answer library links to Stripe, which this review removes; the feed is about subprocessors only.
  fs.rmSync(path.join(root, 'content', 'answers.yaml'));
  buildProject(root);
  feed = fs.readFileSync(path.join(root, 'out', 'site', 'feed.xml'), 'utf8');
}, 180_000);

afterAll(() => removeProject(root));

describe('the subprocessor change feed', () => {
  it('has one entry for the second review date, with the added, removed and changed subprocessors', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed, true).feed;
    const entry = parsed.entry;
    expect(Array.isArray(entry)).toBe(false);
    expect(entry.title).toBe('Subprocessor changes of 30 September 2026');
    expect(entry.updated).toBe('2026-09-30T00:00:00Z');
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entry.summary['#text']).toBe('1 added, 1 removed, 1 changed since 26 June 2026; takes effect on 30 October 2026.');
    const content = entry.content['#text'] as string;
    expect(content).toContain('<h3>Added</h3><ul><li><strong>Fastly, Inc.</strong>');
    expect(content).toContain('<h3>Removed</h3><ul><li><strong>Stripe, Inc.</strong>');
    expect(content).toContain('location from “United States” to “European Union”');
    expect(parsed.updated).toBe('2026-09-30T00:00:00Z');
    expect(parsed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe('https://trust.tesults.example/feed.xml');
  });

  it('never names an nda subprocessor', () => {
    expect(feed).not.toContain(NDA_MARK);
  });

  it('keeps the id of an entry in a later build, and each date site in the archive', () => {
    const id = /<entry>\n {4}<id>([^<]+)</.exec(feed)![1];
    const again = runCli(['site'], root);
    expect(again.status, again.stderr).toBe(0);
    expect(fs.readFileSync(path.join(root, 'out', 'site', 'feed.xml'), 'utf8')).toContain(`<id>${id}</id>`);
    expect(fs.readdirSync(path.join(root, 'out', 'archive', 'sites')).sort()).toEqual(['2026-06-26', '2026-09-30']);
    expect(fs.readFileSync(path.join(root, 'out', 'site', '.well-known', 'security.txt'), 'utf8')).toContain('Canonical: https://trust.tesults.example/.well-known/security.txt\n');
  });
});
