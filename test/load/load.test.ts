import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/load';
import { Diagnostics } from '../../src/diagnostics';
import { testdir } from '../helpers/testdir';
import { CONFIG, lines, load } from './fixtures';

describe('loadContent', () => {
  test('a complete project loads with project-relative paths and no findings', () => {
    const { lines, content, root } = load({
      'content/legal/nda.md': '# Mutual NDA\n',
      'content/legal/dpa.md': '# DPA\n',
      'content/tables/retention.csv': 'Plan,Days\nFree,30\n',
    });
    expect(lines).toEqual([]);
    expect(content?.root).toBe(root);
    expect(content?.sections.map((s) => s.file)).toEqual(['content/sections/01-overview.md']);
    expect(content?.legal).toEqual({ nda: { file: 'content/legal/nda.md', text: '# Mutual NDA\n' }, dpa: { file: 'content/legal/dpa.md', text: '# DPA\n' } });
    expect(content?.config.legal.subprocessorNoticeDays).toBe(30);
    expect(content?.controls).toHaveLength(1);
    expect(content?.subprocessors).toHaveLength(1);
    expect(content?.tables.map((t) => t.src)).toEqual(['tables/retention.csv']);
  });

  test('sections load in file-name order, whatever order they were written in', () => {
    const { content } = load({ 'content/sections/10-b.md': '# B\n', 'content/sections/02-a.md': '# A\n', 'content/sections/01-overview.md': undefined });
    expect(content?.sections.map((s) => s.file)).toEqual(['content/sections/02-a.md', 'content/sections/10-b.md']);
  });

  test('Markdown line endings become \\n and a byte order mark is dropped', () => {
    const { content } = load({ 'content/sections/01-overview.md': '\ufeff# Overview\r\n\r\nText.\r\n' });
    expect(content?.sections[0].text).toBe('# Overview\n\nText.\n');
  });

  test('the legal templates are optional at this stage', () => {
    const { content, lines } = load();
    expect(lines).toEqual([]);
    expect(content?.legal).toEqual({ nda: undefined, dpa: undefined });
  });

  test('a project without sections is an error', () => {
    const { lines } = load({ 'content/sections/01-overview.md': undefined });
    expect(lines).toEqual([
      'content/sections:1:1  error  there are no sections; add at least one Markdown file to the sections folder, e.g. sections/01-overview.md (expected one or more .md files, found none)  content/missing-file',
    ]);
  });

  test('an empty section is an error', () => {
    const { lines } = load({ 'content/sections/02-empty.md': '\n' });
    expect(lines).toEqual(['content/sections/02-empty.md:1:1  error  the file is empty (expected Markdown text, found an empty file)  content/empty']);
  });

  test('a missing content folder gives no content', () => {
    const root = testdir({});
    const diagnostics = new Diagnostics();
    expect(loadContent(path.join(root, 'content'), diagnostics)).toBeUndefined();
    expect(lines(diagnostics)).toEqual([
      `content:1:1  error  the content folder "${path.join(root, 'content')}" does not exist or is not a folder (expected a folder holding trust-package.yaml, sections/, controls and subprocessors)  content/missing-file`,
    ]);
  });

  test('an unusable configuration gives no content, but every other file is still checked', () => {
    const { content, lines } = load({
      'content/trust-package.yaml': CONFIG.replace('2026-06-26', '2026-02-30'),
      'content/controls.yaml': '- id: A\n  area: A\n  control: C\n',
      'content/subprocessors.yaml': undefined,
    });
    expect(content).toBeUndefined();
    expect(lines).toEqual([
      'content/controls.yaml:1:7  error  "id" is not a valid id (expected lower-case letters, digits and hyphens, e.g. "data-in-transit", found "A")  controls/id-format',
      'content/subprocessors.yaml:1:1  error  there is no subprocessors file; create subprocessors.yaml (or subprocessors.csv) in the content folder (expected content/subprocessors.yaml or content/subprocessors.csv, found neither)  content/missing-file',
      'content/trust-package.yaml:8:15  error  "document.reviewDate" is not a real calendar date (expected a date written YYYY-MM-DD, e.g. 2026-06-26, found "2026-02-30")  config/date',
    ]);
  });

  test('content with errors outside the configuration is still returned', () => {
    const { content, lines } = load({ 'content/controls.yaml': '- id: a\n  area: A\n' });
    expect(content).toBeDefined();
    expect(content?.controls).toEqual([]);
    expect(lines).toHaveLength(1);
  });

  test('a misspelt top-level file is a warning with the name it probably meant', () => {
    const { lines } = load({ 'content/subprocesors.yaml': 'x' });
    expect(lines).toEqual([
      'content/subprocesors.yaml:1:1  warning  unexpected file "content/subprocesors.yaml"; did you mean "subprocessors.yaml"? (expected one of trust-package.yaml, controls.yaml, controls.csv, subprocessors.yaml, subprocessors.csv, sections, tables, legal, answers.yaml, answers)  content/unknown-file',
    ]);
  });

  test('dot files are ignored without a warning', () => {
    const { lines } = load({ 'content/.DS_Store': 'x', 'content/sections/.gitkeep': '' });
    expect(lines).toEqual([]);
  });

  test('an unexpected file under legal/ is a warning', () => {
    const { lines } = load({ 'content/legal/nda.docx': 'x' });
    expect(lines).toEqual([
      'content/legal/nda.docx:1:1  warning  unexpected file "content/legal/nda.docx"; the build ignores it; rename or move it (expected one of nda.md, dpa.md)  content/unknown-file',
    ]);
  });

  test('a folder named like a content file is reported, not read', () => {
    const { lines } = load({ 'content/controls.yaml': undefined, 'content/controls.yaml/x': 'x' });
    expect(lines).toEqual([
      'content/controls.yaml:1:1  error  "content/controls.yaml" is not a regular file; replace it with a text file (expected a regular file, found a folder)  content/not-a-file',
    ]);
  });

  test('a content folder at another path reports paths relative to its parent', () => {
    const root = testdir({ 'docs/trust-package.yaml': CONFIG, 'docs/sections/a.md': '# A\n', 'docs/controls.yaml': '- id: a\n', 'docs/subprocessors.yaml': '[]\n' });
    const diagnostics = new Diagnostics();
    loadContent(path.join(root, 'docs'), diagnostics);
    expect(lines(diagnostics)).toEqual([
      'docs/controls.yaml:1:3  error  "area" is required (expected the control area, e.g. "Data in transit", found nothing)  controls/required-field',
      'docs/controls.yaml:1:3  error  "control" is required (expected what is in place, one or more sentences; inline Markdown allowed, found nothing)  controls/required-field',
    ]);
  });

  test('problems in many files are all reported in one run', () => {
    const { lines } = load({
      'content/controls.yaml': '- id: a\n\tarea: A\n',
      'content/subprocessors.yaml': Buffer.from([0x2d, 0x20, 0xff]),
      'content/sections/01-overview.md': Buffer.from([0x00]),
      'content/tables/t.yaml': 'columns: [a]\nrows:\n  - [1, 2]\n',
    });
    expect(lines.map((line) => line.split('  ').pop())).toEqual(['yaml/syntax', 'content/binary', 'content/encoding', 'tables/row-length']);
  });
});
