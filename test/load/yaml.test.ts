import { describe, expect, test } from 'vitest';
import { load } from './fixtures';

const FILE = 'content/controls.yaml';

/** Diagnostic lines for a project whose controls.yaml is `text`. */
const controls = (text: string | Buffer) => load({ [FILE]: text }).lines;

describe('broken YAML', () => {
  test('a tab in the indentation is one error at the tab', () => {
    expect(controls('- id: a\n\tarea: A\n  control: C\n')).toEqual([
      `${FILE}:2:1  error  a tab indents this line; YAML indentation must be spaces (expected spaces, found a tab)  yaml/syntax`,
    ]);
  });

  test('keys of one mapping out of line are an indentation error at the stray line', () => {
    expect(controls('- id: a\n  area: A\n  control: C\n  frameworks:\n    soc2: [x]\n   iso27001: [y]\n')).toEqual([
      `${FILE}:6:1  error  All mapping items must start at the same column; line up entries of the same list or mapping in the same column  yaml/syntax`,
    ]);
  });

  test('a line indented less than its entry is an error at that line', () => {
    expect(controls('- id: a\n  area: A\n control: C\n')).toEqual([`${FILE}:3:1  error  Sequence item without - indicator; add the missing character  yaml/syntax`]);
  });

  test('a duplicate key is an error at the second key', () => {
    expect(controls('- id: a\n  area: A\n  area: B\n  control: C\n')).toEqual([
      `${FILE}:3:3  error  Map keys must be unique; remove or rename one of them  yaml/duplicate-key`,
    ]);
  });

  test('an unclosed quote is a syntax error', () => {
    expect(controls('- id: a\n  area: "A\n  control: C\n')).toEqual([
      `${FILE}:4:1  error  Missing closing "quote; add the missing character  yaml/syntax`,
    ]);
  });

  test('a second document is an error at its separator', () => {
    expect(controls('- id: a\n  area: A\n  control: C\n---\n- id: b\n')).toEqual([
      `${FILE}:4:1  error  Source contains multiple documents; please use YAML.parseAllDocuments(); keep a single document: remove the \`---\` line  yaml/syntax`,
    ]);
  });

  test('an alias bomb is stopped and reported at the first alias', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(controls(bomb)).toEqual([
      `${FILE}:2:8  error  Excessive alias count indicates a resource exhaustion attack; write the values out instead of using anchors and aliases (expected at most 100 alias expansions, each naming an anchor defined before it)  yaml/alias`,
    ]);
  });

  test('an alias to an undefined anchor is an error', () => {
    expect(controls('- *base\n')).toEqual([
      `${FILE}:1:3  error  Unresolved alias (the anchor must be set before the alias): base; write the values out instead of using anchors and aliases (expected at most 100 alias expansions, each naming an anchor defined before it)  yaml/alias`,
    ]);
  });

  test('a few aliases are fine', () => {
    const text = '- id: a\n  area: &area Data in transit\n  control: C\n- id: b\n  area: *area\n  control: D\n';
    const { lines, content } = load({ [FILE]: text });
    expect(lines).toEqual([]);
    expect(content?.controls.map((c) => c.area)).toEqual(['Data in transit', 'Data in transit']);
  });

  test('a file of only comments is reported as empty', () => {
    expect(controls('# controls go here\n')).toEqual([
      `${FILE}:1:1  error  the file holds only comments, no data (expected a list of controls, each a mapping with id, area and control, found no data)  content/empty`,
    ]);
  });

  test('an empty file is an error that says a list is expected', () => {
    expect(controls('')).toEqual([
      `${FILE}:1:1  error  the file is empty (expected a list of controls, each a mapping with id, area and control, found an empty file)  content/empty`,
    ]);
  });

  test('a mapping where a list is expected is a type error with a hint', () => {
    expect(controls('id: a\narea: A\ncontrol: C\n')).toEqual([
      `${FILE}:1:1  error  the file must hold a list; start each entry with "- " (expected a list of controls, each a mapping with id, area and control, found a mapping)  controls/type`,
    ]);
  });

  test('a byte order mark and CRLF line endings are accepted', () => {
    const { lines, content } = load({ [FILE]: '\ufeff- id: a\r\n  area: A\r\n  control: C\r\n' });
    expect(lines).toEqual([]);
    expect(content?.controls.map((c) => [c.id, c.area, c.control])).toEqual([['a', 'A', 'C']]);
  });

  test('YAML scalars stay text: numbers keep their digits and yes stays yes', () => {
    const { content } = load({ [FILE]: '- id: a\n  area: yes\n  control: 1.10\n  frameworks:\n    nist: [1.10, 010]\n' });
    expect(content?.controls[0]).toMatchObject({ area: 'yes', control: '1.10', frameworks: { nist: ['1.10', '010'] } });
  });

  test('an unknown tag is a warning and the value is read as text', () => {
    const { lines, content } = load({ [FILE]: '- id: a\n  area: !secret A\n  control: C\n' });
    expect(lines).toEqual([`${FILE}:2:9  warning  Unresolved tag: !secret; remove the tag: only plain values are read  yaml/warning`]);
    expect(content?.controls[0].area).toBe('A');
  });

  test('hostile block nesting is refused before parsing', () => {
    expect(controls(`${'- '.repeat(50_000)}x\n`)).toEqual([
      `${FILE}:1:1  error  the data is nested too deeply to read; flatten it (expected at most 200 levels of nesting)  yaml/too-deep`,
    ]);
  });

  test('hostile flow nesting is refused at the bracket that goes too deep', () => {
    expect(controls(`- id: a\n  area: ${'['.repeat(100_000)}\n`)).toEqual([
      `${FILE}:2:209  error  the data is nested too deeply to read; flatten it (expected at most 200 levels of nesting)  yaml/too-deep`,
    ]);
  });

  test('a flood of syntax errors is cut short with a count', () => {
    const result = controls('- id: a\n' + '  area: "x" y\n'.repeat(30));
    expect(result).toHaveLength(11);
    expect(result.filter((line) => line.includes('more YAML errors not shown'))).toHaveLength(1);
  });
});

