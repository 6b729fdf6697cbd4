import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadModel } from '../../src/commands/validate';
import { Diagnostics } from '../../src/diagnostics';
import { check } from '../checks/helpers';
import { lines } from '../load/fixtures';
import { LIBRARY } from './library';

const FILE = 'content/answers.yaml';
const entry = (fields: string) => `- id: a\n  question: Is data encrypted at rest?\n  answer: Yes, always.\n  short: yes\n  reviewed: 2026-06-26\n${fields}`;
const findings = (answers: string, today?: Date) => check({ [FILE]: answers }, today ? { today } : {}).lines;

describe('the answer library', () => {
  test('a valid library loads without a finding, placeholders filled', () => {
    const { lines: found, model } = check({ [FILE]: LIBRARY });
    expect(found).toEqual([]);
    expect(model?.answers.map((a) => a.id)).toEqual(['encryption-in-transit', 'hosting', 'uptime-sla', 'deletion']);
    expect(model?.answers[0].answer).toBe('Yes. Tesults encrypts every connection with TLS.');
    expect(model?.answers[3].answer).toBe('Yes, within 30 days of a request to help@tesults.com.');
    expect(model?.answers[1].audience).toBe('public');
  });

  test('a project without a library loads with an empty one', () => {
    const { lines: found, model } = check();
    expect(found).toEqual([]);
    expect(model?.answers).toEqual([]);
  });

  test('answers/*.yaml files are read in name order, ids unique across them', () => {
    const { lines: found, model } = check({
      'content/answers/b.yaml': entry('').replace('id: a', 'id: b').replace('at rest', 'backed up'),
      'content/answers/a.yaml': entry('') + entry('').replace('at rest', 'in transit'),
    });
    expect(model?.answers.map((a) => a.id)).toEqual(['a', 'b']);
    expect(found).toEqual([
      'content/answers/a.yaml:6:3  error  id "a" is already used by another answer; give each answer its own id (expected a unique id, found the id of the answer at content/answers/a.yaml:1)  answers/duplicate-id',
    ]);
  });

  test('an unknown placeholder is reported where it was written, inside a folded answer', () => {
    const answers = entry('').replace('  answer: Yes, always.\n', '  answer: >-\n    Yes, always, by\n    {{company.name}} and {{company.nmae}}.\n');
    expect(findings(answers)).toEqual([
      `${FILE}:5:26  error  Unknown placeholder {{ company.nmae }}: no value has this key; correct the key, or write \\{{ to print the braces (expected a known key such as company.name, company.legalName or company.website, found "company.nmae")  markdown/unknown-placeholder`,
    ]);
  });

  test('a short answer other than yes, no, partial or n/a is refused', () => {
    expect(findings(entry('').replace('short: yes', 'short: maybe'))).toEqual([
      `${FILE}:4:10  error  "short" has an unsupported value (expected one of "yes", "no", "partial", "n/a", found "maybe")  answers/invalid-value`,
    ]);
  });

  test('an answer not reviewed within document.maxAgeMonths is stale', () => {
    expect(findings(entry(''), new Date('2027-07-01T00:00:00Z'))).toEqual([
      `${FILE}:5:13  warning  Answer "a" was last reviewed 2026-06-26, more than 12 months ago; check it is still true and update reviewed, or raise document.maxAgeMonths (expected reviewed on or after 2026-07-01, found 2026-06-26)  answers/stale`,
      'content/trust-package.yaml:8:15  warning  document.reviewDate 2026-06-26 is more than 12 months ago; review the content and update the date, or raise document.maxAgeMonths (expected a review on or after 2026-07-01, found 2026-06-26)  content/review-date-stale',
    ]);
  });

  test('two entries asking the same question, up to case, punctuation or a typo, are reported', () => {
    const second = entry('').replace('id: a', 'id: b').replace('Is data encrypted at rest?', 'is data encryted at rest');
    expect(findings(entry('') + second)).toEqual([
      `${FILE}:7:13  warning  Answer "b" asks the same question as "a" (line 2); merge the two entries, or reword one so they ask different things (expected each question asked once, found "is data encryted at rest")  answers/duplicate-question`,
    ]);
  });

  test('a link to an unknown control is an error at the link, with a suggestion', () => {
    expect(findings(entry('  controls: [data-in-transit, data-in-transport]\n'))).toEqual([
      `${FILE}:6:31  error  Answer "a" links to the unknown control "data-in-transport"; did you mean "data-in-transit"? (expected a control id of controls.yaml, found "data-in-transport")  answers/unknown-control`,
    ]);
  });

  test('a link to an unknown subprocessor is an error at the link', () => {
    expect(findings(entry('  subprocessors:\n    - Amazon Web Services\n'))).toEqual([
      `${FILE}:7:7  error  Answer "a" links to the unknown subprocessor "Amazon Web Services"; did you mean "Amazon Web Services, Inc."? (expected a subprocessor name of subprocessors.yaml, found "Amazon Web Services")  answers/unknown-subprocessor`,
    ]);
  });

  test('a malformed CAIQ id, or one of no CCM domain, is an error', () => {
    expect(findings(entry('  caiq: [CEK-3.1, XYZ-03.1, A&A-02.1]\n'))).toEqual([
      `${FILE}:6:10  error  Answer "a": "CEK-3.1" is not written as a CAIQ v4 question id: domain, hyphen, two-digit control, dot, question number; write it as in CSA's workbook, e.g. CEK-03.1 (expected a question id such as CEK-03.1, with a domain of A&A, AIS, BCR, CCC, CEK, DCS, DSP, GRC, HRS, IAM, IPY, IVS, LOG, SEF, STA, TVM, UEM, found "CEK-3.1")  answers/caiq-format`,
      `${FILE}:6:19  error  Answer "a": "XYZ-03.1" starts with "XYZ", which is not a CCM v4 domain; write it as in CSA's workbook, e.g. CEK-03.1 (expected a question id such as CEK-03.1, with a domain of A&A, AIS, BCR, CCC, CEK, DCS, DSP, GRC, HRS, IAM, IPY, IVS, LOG, SEF, STA, TVM, UEM, found "XYZ-03.1")  answers/caiq-format`,
    ]);
  });

  test('one CAIQ id on two answers is reported on the second', () => {
    const second = entry('  caiq: [CEK-03.1]\n').replace('id: a', 'id: b').replace('at rest', 'in transit');
    expect(findings(entry('  caiq: [CEK-03.1]\n') + second)).toEqual([
      `${FILE}:12:10  warning  CAIQ question CEK-03.1 is answered by both "a" and "b"; keep it on the one that answers it, since the export uses "a" (expected each CAIQ id on one answer, found "a" and "b")  answers/caiq-duplicate`,
    ]);
  });

  test('a short answer that contradicts the opening of the text is reported', () => {
    const no = entry('').replace('short: yes', 'short: no').replace('Yes, always.', 'Encryption at rest is available on every plan.');
    const yes = entry('').replace('id: a', 'id: b').replace('at rest', 'in transit').replace('Yes, always.', 'Client certificates are not supported.');
    expect(findings(no + yes)).toEqual([
      `${FILE}:4:10  warning  Answer "a" has short "no", but its text opens with "is available", which says yes; correct short, or the text (expected a text that says no, or short: yes, found "is available")  answers/short-contradiction`,
      `${FILE}:9:10  warning  Answer "b" has short "yes", but its text opens with "are not supported", which says no; correct short, or the text (expected a text that says yes, or short: no, found "are not supported")  answers/short-contradiction`,
    ]);
  });

  test('an opening Yes or No decides, whatever the qualifications after it say', () => {
    expect(findings(entry('').replace('Yes, always.', 'Yes. Requests that do not carry credentials are rejected.'))).toEqual([]);
  });

  test("the example company's library validates cleanly", () => {
    // The frozen copy of the example content: content/ is the team's own (test/content.test.ts checks it).
    const diagnostics = new Diagnostics();
    const model = loadModel(path.join(__dirname, '../fixtures/tesults/content'), diagnostics, { today: new Date('2026-07-01T00:00:00Z') });
    expect(lines(diagnostics)).toEqual([]);
    expect(model?.answers.length).toBeGreaterThanOrEqual(60);
  });

  test('every answers rule id is documented in docs/rules.md', () => {
    const docs = fs.readFileSync(path.join(__dirname, '../../docs/rules.md'), 'utf8');
    const ids = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else for (const m of fs.readFileSync(path.join(dir, e.name), 'utf8').matchAll(/'(answers\/[a-z-]+)'/g)) ids.add(m[1]);
      }
    };
    walk(path.join(__dirname, '../../src'));
    expect(ids.size).toBeGreaterThanOrEqual(8);
    expect([...ids].filter((id) => !docs.includes(`\`${id}\``))).toEqual([]);
  });
});
