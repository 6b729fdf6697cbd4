import { describe, expect, test } from 'vitest';
import { Positions } from '../../src/load/positions';
import { load } from './fixtures';

const YAML = 'content/controls.yaml';
const CSV = 'content/controls.csv';

/** Loads a project whose controls are `text`, in YAML or (by file name) CSV. */
const withControls = (file: string, text: string) => load({ [YAML]: undefined, [file]: text });

describe('controls.yaml', () => {
  test('a valid entry loads with its position and frameworks', () => {
    const { lines, content } = withControls(YAML, '- id: mfa\n  area: Access\n  control: MFA for **all** staff.\n  frameworks:\n    soc2: [CC6.1]\n');
    expect(lines).toEqual([]);
    expect(content?.controls).toEqual([
      { id: 'mfa', area: 'Access', control: 'MFA for **all** staff.', frameworks: { soc2: ['CC6.1'] }, at: { file: YAML, line: 1, column: 3 }, positions: expect.any(Positions) },
    ]);
    expect(content?.controls[0].positions.of('frameworks.soc2[0]')).toEqual({ file: YAML, line: 5, column: 12 });
  });

  test('frameworks are optional and default to none', () => {
    const { content } = withControls(YAML, '- id: mfa\n  area: Access\n  control: MFA.\n');
    expect(content?.controls[0].frameworks).toEqual({});
  });

  test('a missing required field is reported at the start of its entry', () => {
    const { lines } = withControls(YAML, '- id: a\n  area: A\n  control: C\n- id: b\n  control: C\n');
    expect(lines).toEqual([`${YAML}:4:3  error  "area" is required (expected the control area, e.g. "Data in transit", found nothing)  controls/required-field`]);
  });

  test('an empty required field is reported at its key', () => {
    const { lines } = withControls(YAML, '- id: a\n  area:\n  control: C\n');
    expect(lines).toEqual([`${YAML}:2:3  error  "area" must not be empty (expected the control area, e.g. "Data in transit", found "")  controls/required-field`]);
  });

  test('an id outside [a-z0-9-] is an error at the value', () => {
    const { lines } = withControls(YAML, '- id: Data_In_Transit\n  area: A\n  control: C\n');
    expect(lines).toEqual([
      `${YAML}:1:7  error  "id" is not a valid id (expected lower-case letters, digits and hyphens, e.g. "data-in-transit", found "Data_In_Transit")  controls/id-format`,
    ]);
  });

  test('a duplicate id is an error at the later entry, naming the earlier line', () => {
    const { lines } = withControls(YAML, '- id: a\n  area: A\n  control: C\n- id: a\n  area: B\n  control: D\n');
    expect(lines).toEqual([
      `${YAML}:4:3  error  id "a" is already used by another control; give each control its own id (expected a unique id, found the id of the control at line 1)  controls/duplicate-id`,
    ]);
  });

  test('an unknown key is an error at the key with a suggestion', () => {
    const { lines } = withControls(YAML, '- id: a\n  area: A\n  control: C\n  framework:\n    soc2: [x]\n');
    expect(lines).toEqual([
      `${YAML}:4:3  error  unknown key "framework"; did you mean "frameworks"? (expected one of id, area, control, frameworks, audience)  controls/unknown-key`,
    ]);
  });

  test('a list where the frameworks mapping belongs is a type error at the value', () => {
    const { lines } = withControls(YAML, '- id: a\n  area: A\n  control: C\n  frameworks: [soc2]\n');
    expect(lines).toEqual([
      `${YAML}:4:15  error  "frameworks" must be a mapping (expected a mapping of framework to list of references, e.g. { soc2: [CC6.7], iso27001: [A.8.24] }, found a list)  controls/type`,
    ]);
  });

  test('a single reference where a list belongs is a type error at the value', () => {
    const { lines } = withControls(YAML, '- id: a\n  area: A\n  control: C\n  frameworks:\n    soc2: CC6.1\n');
    expect(lines).toEqual([`${YAML}:5:11  error  "frameworks.soc2" must be a list (expected a list, found "CC6.1")  controls/type`]);
  });

  test('an entry that is not a mapping is a type error at the entry', () => {
    const { lines } = withControls(YAML, '- just a sentence\n- id: a\n  area: A\n  control: C\n');
    expect(lines).toEqual([
      `${YAML}:1:3  error  each entry must be a mapping (expected a control: id, area, control and optional frameworks, found "just a sentence")  controls/type`,
    ]);
  });

  test('good entries are kept when others are bad, and every bad one is reported', () => {
    const { lines, content } = withControls(YAML, '- id: a\n  area: A\n  control: C\n- id: B\n  area: A\n- id: c\n  area: A\n  control: C\n');
    expect(content?.controls.map((c) => c.id)).toEqual(['a', 'c']);
    expect(lines).toEqual([
      `${YAML}:4:3  error  "control" is required (expected what is in place, one or more sentences; inline Markdown allowed, found nothing)  controls/required-field`,
      `${YAML}:4:7  error  "id" is not a valid id (expected lower-case letters, digits and hyphens, e.g. "data-in-transit", found "B")  controls/id-format`,
    ]);
  });
});

describe('controls.csv', () => {
  const HEADER = 'id,area,control,frameworks\n';

  test('the frameworks column is "name: ref, ref; name: ref"', () => {
    const { lines, content } = withControls(CSV, `${HEADER}tls,Data in transit,"TLS 1.2+, everywhere.","soc2: CC6.1, CC6.7; iso27001: A.8.24"\n`);
    expect(lines).toEqual([]);
    expect(content?.controls).toEqual([
      {
        id: 'tls',
        area: 'Data in transit',
        control: 'TLS 1.2+, everywhere.',
        frameworks: { soc2: ['CC6.1', 'CC6.7'], iso27001: ['A.8.24'] },
        at: { file: CSV, line: 2, column: 1 },
        positions: expect.any(Positions),
      },
    ]);
  });

  test('an empty frameworks cell and a missing frameworks column both mean none', () => {
    const { content } = withControls(CSV, `${HEADER}a,A,C,\n`);
    expect(content?.controls[0].frameworks).toEqual({});
    expect(withControls(CSV, 'id,area,control\na,A,C\n').content?.controls[0].frameworks).toEqual({});
  });

  test('a framework without references or a name is an error at the cell', () => {
    const { lines } = withControls(CSV, `${HEADER}a,A,C,soc2\nb,B,C,soc2:\nc,A,C,soc2: x; soc2: y\n`);
    expect(lines).toEqual([
      `${CSV}:2:7  error  the frameworks cell cannot be read: "soc2" does not name a framework; write frameworks as "name: ref, ref; name: ref" (expected e.g. "soc2: CC6.1, CC6.7; iso27001: A.8.24", found "soc2")  controls/frameworks-format`,
      `${CSV}:3:7  error  the frameworks cell cannot be read: framework "soc2" has no references; write frameworks as "name: ref, ref; name: ref" (expected e.g. "soc2: CC6.1, CC6.7; iso27001: A.8.24", found "soc2:")  controls/frameworks-format`,
      `${CSV}:4:7  error  the frameworks cell cannot be read: framework "soc2" is listed twice; write frameworks as "name: ref, ref; name: ref" (expected e.g. "soc2: CC6.1, CC6.7; iso27001: A.8.24", found "soc2: x; soc2: y")  controls/frameworks-format`,
    ]);
  });

  test('an empty required cell is reported at that cell', () => {
    const { lines } = withControls(CSV, `${HEADER}a,,C,\n`);
    expect(lines).toEqual([`${CSV}:2:3  error  "area" is required (expected the control area, e.g. "Data in transit", found nothing)  controls/required-field`]);
  });

  test('a bad id is reported at its cell', () => {
    const { lines } = withControls(CSV, `${HEADER}"multi\nline",A,C,\nOK,A,C,\n`);
    expect(lines).toEqual([
      `${CSV}:2:1  error  "id" is not a valid id (expected lower-case letters, digits and hyphens, e.g. "data-in-transit", found "multi\\nline")  controls/id-format`,
      `${CSV}:4:1  error  "id" is not a valid id (expected lower-case letters, digits and hyphens, e.g. "data-in-transit", found "OK")  controls/id-format`,
    ]);
  });

  test('a file without a header row is an error at the first line', () => {
    const { lines } = withControls(CSV, 'tls,Data in transit,TLS\n');
    expect(lines).toEqual([
      `${CSV}:1:1  error  the first row must be a header naming the columns (expected a header row such as id,area,control,frameworks,audience, found "tls,Data in transit,TLS")  csv/missing-header`,
    ]);
  });

  test('a misspelt column is reported once, in the header, with a suggestion', () => {
    const { lines } = withControls(CSV, 'id,aera,control\na,A,C\nb,B,C\n');
    expect(lines).toEqual([
      `${CSV}:1:1  error  column "area" is required; add it to the header row (expected a header with at least id, area, control)  controls/required-field`,
      `${CSV}:1:4  error  unknown column "aera"; did you mean "area"? (expected one of id, area, control, frameworks, audience)  controls/unknown-key`,
    ]);
  });

  test('a row with the wrong number of fields is an error naming the row and counts', () => {
    const { lines, content } = withControls(CSV, `${HEADER}a,A,C,\nb,B, with comma,C,\n`);
    expect(content?.controls.map((c) => c.id)).toEqual(['a']);
    expect(lines).toEqual([
      `${CSV}:3:1  error  row 2 has 5 fields, but the header has 4 columns; add or remove fields, or quote a value that contains a comma (expected 4 fields, found 5)  csv/row-length`,
    ]);
  });

  test('an unclosed quote is a syntax error', () => {
    const { lines } = withControls(CSV, `${HEADER}a,"A,C,\n`);
    expect(lines).toEqual([
      `${CSV}:2:1  error  the parsing is finished with an opening quote; quote fields that contain commas, quotes or line breaks, and double quotes inside them ("")  csv/syntax`,
    ]);
  });

  test('blank lines, a byte order mark and CRLF line endings are accepted', () => {
    const { lines, content } = withControls(CSV, `\ufeff${HEADER}\r\na,A,C,\r\n\r\nb,B,C,\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r'));
    expect(lines).toEqual([]);
    expect(content?.controls.map((c) => [c.id, c.at.line])).toEqual([
      ['a', 3],
      ['b', 5],
    ]);
  });

  test('both controls.yaml and controls.csv is a conflict; the YAML is used', () => {
    const { lines, content } = load({ [CSV]: `${HEADER}other,A,C,\n` });
    expect(content?.controls.map((c) => c.id)).toEqual(['data-in-transit']);
    expect(lines).toEqual([
      `${CSV}:1:1  error  both controls.yaml and controls.csv exist; keep one of them (controls.yaml is used meanwhile) (expected either ${YAML} or ${CSV}, found both)  content/conflict`,
    ]);
  });

  test('neither controls.yaml nor controls.csv is a missing file', () => {
    const { lines } = load({ [YAML]: undefined });
    expect(lines).toEqual([
      `${YAML}:1:1  error  there is no controls file; create controls.yaml (or controls.csv) in the content folder (expected ${YAML} or ${CSV}, found neither)  content/missing-file`,
    ]);
  });
});
