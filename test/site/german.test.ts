import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../src/text/strings/de';
import { en } from '../../src/text/strings/en';
import { NORTHWIND, copyProject, removeProject } from '../helpers/project';
import { buildProject, readTree } from './fixture';

let root: string;
let pages: Map<string, string>;

beforeAll(() => {
  root = copyProject('site-de-', NORTHWIND);
  buildProject(root);
  const site = readTree(path.join(root, 'out', 'site'));
  pages = new Map([...site].filter(([file]) => /\.(html|xml)$/.test(file)).map(([file, bytes]) => [file, bytes.toString('utf8')]));
}, 180_000);

afterAll(() => removeProject(root));

/** The longest run of an English site or feed string between its `{values}`, where German says it otherwise. */
const englishWords = (Object.keys(en) as (keyof typeof en)[])
  .filter((key) => /^(site|feed)/.test(key) && en[key] !== de[key])
  .map((key) => en[key].split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0].trim())
  .filter((words) => words.length >= 8);

describe('the trust page of German content', () => {
  it('declares German on every page and in the feed', () => {
    expect(pages.size).toBeGreaterThan(1);
    for (const [file, text] of pages) expect(text, file).toMatch(file.endsWith('.xml') ? /xml:lang="de"/ : /<html lang="de"/);
  });

  it('prints no English sentence of the site or the feed, and dates as German writes them', () => {
    expect(englishWords.length).toBeGreaterThan(30);
    const found = [...pages].flatMap(([file, text]) => englishWords.filter((words) => text.includes(words)).map((words) => `${file}: ${words}`));
    expect(found).toEqual([]);
    expect(pages.get('index.html')).toContain('16. November 2026');
    expect(pages.get('index.html')).not.toContain('16 November 2026');
  });
});
