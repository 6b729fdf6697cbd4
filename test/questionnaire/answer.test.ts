import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { answer, type AnswerOptions } from '../../src/commands/answer';
import { readQuestionnaires } from '../../src/archive';
import { files } from '../checks/helpers';
import { runCli } from '../helpers/project';
import { testdir } from '../helpers/testdir';
import { LIBRARY } from './library';

const NOW = new Date('2026-07-01T12:00:00Z');
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A project with the test library and the given questionnaire files; returns its root. */
function project(extra: Record<string, string | Buffer> = {}): string {
  return testdir({ ...files({ 'content/answers.yaml': LIBRARY }), ...extra });
}

function run(root: string, options: Partial<AnswerOptions>) {
  return answer({ contentDir: path.join(root, 'content'), outDir: path.join(root, 'out'), now: NOW, ...options });
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } } as const;

/** A customer's workbook: a merged title block, the header on row 4, a merged section row, a styled cell. */
async function customerWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const intro = workbook.addWorksheet('Instructions');
  intro.getCell('A1').value = 'Answer every question on the next sheets.';
  const sheet = workbook.addWorksheet('Security');
  sheet.getCell('A1').value = 'Acme Vendor Security Assessment';
  sheet.mergeCells('A1:D1');
  sheet.getCell('A1').font = { bold: true, size: 18, color: { argb: 'FF0000AA' } };
  sheet.getCell('A2').value = 'Vendor: ____';
  sheet.getRow(4).values = ['#', 'Question', 'Vendor Response', 'Notes'];
  sheet.getRow(4).eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
  });
  sheet.getRow(5).values = ['', 'Encryption'];
  sheet.mergeCells('B5:D5');
  sheet.getRow(6).values = [1, 'Do you encrypt all data in transit using TLS?'];
  sheet.getRow(7).values = [2, 'Do you perform annual penetration tests?'];
  sheet.getRow(8).values = [3, 'Is there an uptime SLA?', 'See our contract.'];
  sheet.getCell('B6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getColumn(2).width = 50;
  const second = workbook.addWorksheet('Privacy');
  second.getRow(2).values = ['Requirement', 'Answer'];
  second.getRow(3).values = ['Can customer data be deleted?'];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('answering an .xlsx questionnaire', () => {
  test('finds the header on row 4 under the title block, answers what it can, leaves the rest blank', async () => {
    const root = project({ 'acme.xlsx': await customerWorkbook() });
    const result = await run(root, { file: path.join(root, 'acme.xlsx') });
    expect(result.ok).toBe(true);
    const sheet = (await readBack(path.join(root, 'out/answers/acme-answered.xlsx'))).getWorksheet('Security')!;
    expect(sheet.getRow(4).values).toEqual([undefined, '#', 'Question', 'Vendor Response', 'Notes', 'Confidence', 'Source']);
    expect(sheet.getCell('C6').value).toBe('Yes. Tesults encrypts every connection with TLS.');
    expect([sheet.getCell('E6').value, sheet.getCell('F6').value]).toEqual(['high', 'encryption-in-transit']);
    // Nothing is guessed for a question the library does not answer.
    expect(sheet.getCell('C7').value).toBeNull();
    expect(sheet.getCell('E7').value).toBe('none');
    expect(sheet.getCell('F7').value).toBeNull();
    // The customer's own answer stays, and the merged section row is no question.
    expect(sheet.getCell('C8').value).toBe('See our contract.');
    expect(sheet.getCell('E5').value).toBeNull();
    expect(result.text).toContain('sheet "Security": 3 questions; header row 4, questions in B, answers in C');
    expect(result.text).toContain('skipped sheet "Instructions": no row among the first 20 has both a question header');
  });

  test('answers every sheet with a header: two sheets', async () => {
    const root = project({ 'acme.xlsx': await customerWorkbook() });
    const result = await run(root, { file: path.join(root, 'acme.xlsx') });
    expect(result.answered?.map((s) => s.name)).toEqual(['Security', 'Privacy']);
    const privacy = (await readBack(path.join(root, 'out/answers/acme-answered.xlsx'))).getWorksheet('Privacy')!;
    expect(privacy.getCell('B3').value).toBe('Yes, within 30 days of a request to help@tesults.com.');
    expect(privacy.getRow(2).values).toEqual([undefined, 'Requirement', 'Answer', 'Confidence', 'Source']);
  });

  test('keeps the formatting: styled cells, merged title, header style on the added columns, widths', async () => {
    const root = project({ 'acme.xlsx': await customerWorkbook() });
    await run(root, { file: path.join(root, 'acme.xlsx') });
    const sheet = (await readBack(path.join(root, 'out/answers/acme-answered.xlsx'))).getWorksheet('Security')!;
    expect(sheet.getCell('A1').font).toEqual({ bold: true, size: 18, color: { argb: 'FF0000AA' } });
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:D1', 'B5:D5']));
    expect(sheet.getCell('B6').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(sheet.getColumn(2).width).toBe(50);
    for (const cell of ['E4', 'F4']) {
      expect(sheet.getCell(cell).font).toEqual({ bold: true, color: { argb: 'FFFFFFFF' } });
      expect(sheet.getCell(cell).fill).toEqual(HEADER_FILL);
    }
  });

  test('never changes the customer\'s file', async () => {
    const root = project({ 'acme.xlsx': await customerWorkbook() });
    const input = path.join(root, 'acme.xlsx');
    const before = sha256(input);
    const { mtimeMs } = fs.statSync(input);
    await run(root, { file: input });
    expect(sha256(input)).toBe(before);
    expect(fs.statSync(input).mtimeMs).toBe(mtimeMs);
    expect(sha256(path.join(root, 'out/answers/acme-answered.xlsx'))).not.toBe(before);
  });

  test('SHEET= answers one sheet; explicit columns work where no header is recognised', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Vendor');
    sheet.getRow(1).values = ['Ref', 'Item', 'Vendor input'];
    sheet.getRow(2).values = ['R1', 'Where is the service hosted?'];
    workbook.addWorksheet('Other').getRow(1).values = ['Question', 'Answer'];
    const root = project({ 'plain.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()) });
    const file = path.join(root, 'plain.xlsx');
    await expect(run(root, { file, sheet: 'Vendor' })).rejects.toThrow(/plain\.xlsx: no questions found\.\n {2}sheet "Vendor": no row among the first 20 has both a question header/);
    const byLetter = await run(root, { file, sheet: 'vendor', columns: { question: 'B', answer: 'C' } });
    expect(byLetter.answered?.map((s) => s.name)).toEqual(['Vendor']);
    const byName = await run(root, { file, sheet: 'Vendor', columns: { question: 'Item', answer: 'vendor input' } });
    const answered = (await readBack(path.join(root, 'out/answers/plain-answered.xlsx'))).getWorksheet('Vendor')!;
    expect(answered.getCell('C2').value).toBe('On Amazon Web Services, in the EU.');
    expect(byName.answered?.[0].layout).toEqual({ header: 0, question: 1, answer: 2 });
    await expect(run(root, { file, sheet: 'Nope' })).rejects.toThrow('plain.xlsx: there is no sheet "Nope"; the sheets are "Vendor", "Other".');
  });

  test('writes a review file listing each blank question with the best candidates and their scores', async () => {
    const root = project({ 'acme.xlsx': await customerWorkbook() });
    await run(root, { file: path.join(root, 'acme.xlsx') });
    const review = fs.readFileSync(path.join(root, 'out/answers/acme-review.md'), 'utf8');
    expect(review).toMatch(/^# Review: acme\.xlsx\n\n4 questions: 2 answered \(1 high, 1 medium\), 1 left blank for review \(0 low, 1 none\), 1 already answered in the file\.\n/);
    expect(review).toContain('### Security!B7: Do you perform annual penetration tests?\n\nConfidence: none');
    expect(review).toMatch(/## Answers to check \(medium confidence\)\n\n### Privacy!A3: Can customer data be deleted\?\n\nConfidence: medium \(coverage [\d.]+, closeness [\d.]+, margin [\d.]+\)\n\n1\. `deletion` \(score [\d.]+\): Can we ask you to delete our data\?\n/);
    expect(review).not.toContain('Security!B6');
  });

  test('registers the answered copy, with the recipient, beside the editions', async () => {
    const root = project({ 'acme.xlsx': await customerWorkbook() });
    await run(root, { file: path.join(root, 'acme.xlsx'), recipient: 'Acme Corp' });
    const [entry] = readQuestionnaires(path.join(root, 'out/archive'));
    expect(entry).toEqual({
      kind: 'questionnaire',
      recipient: 'Acme Corp',
      questionnaire: 'acme.xlsx',
      questionnaireSha256: sha256(path.join(root, 'acme.xlsx')),
      answered: 'acme-answered.xlsx',
      answeredSha256: sha256(path.join(root, 'out/answers/acme-answered.xlsx')),
      reviewDate: '2026-06-26',
      questions: 4,
      answers: 2,
      builtAt: '2026-07-01T12:00:00.000Z',
    });
  });
});

describe('answering a .csv questionnaire', () => {
  const CSV = 'Acme questionnaire;;\r\nSecurity team;;\r\nQuestion;Response;Comments\r\nIs data encrypted in transit?;;\r\nDo you have a CISO?;;\r\n';

  test('keeps the delimiter and line endings, fills the response column and appends Confidence and Source', async () => {
    const root = project({ 'acme.csv': CSV });
    const before = sha256(path.join(root, 'acme.csv'));
    const result = await run(root, { file: path.join(root, 'acme.csv') });
    expect(result.text).toContain('sheet "acme.csv": 2 questions; header row 3, questions in A, answers in B');
    expect(fs.readFileSync(path.join(root, 'out/answers/acme-answered.csv'), 'utf8')).toBe(
      'Acme questionnaire;;\r\nSecurity team;;\r\nQuestion;Response;Comments;Confidence;Source\r\nIs data encrypted in transit?;Yes. Tesults encrypts every connection with TLS.;;high;encryption-in-transit\r\nDo you have a CISO?;;;none;\r\n',
    );
    expect(sha256(path.join(root, 'acme.csv'))).toBe(before);
  });

  test('refuses a file that is neither .xlsx nor .csv', async () => {
    const root = project({ 'old.xls': 'x' });
    await expect(run(root, { file: path.join(root, 'old.xls') })).rejects.toThrow(/old\.xls: a questionnaire must be an \.xlsx workbook or a \.csv file, not "\.xls"\. Open it in a spreadsheet program and save it as \.xlsx\./);
  });
});

describe('the CAIQ export', () => {
  test('writes the question id, Yes/No/NA and our own description, public answers only, in id order', async () => {
    const root = project();
    const result = await run(root, { format: 'caiq' });
    expect(result.text).toBe(`${path.relative(process.cwd(), path.join(root, 'out/answers/caiq-v4.csv'))}: 3 CAIQ v4 answers; 1 nda answers left out (uptime-sla)`);
    expect(fs.readFileSync(path.join(root, 'out/answers/caiq-v4.csv'), 'utf8')).toBe(
      [
        'Question ID,CSP CAIQ Answer,CSP Implementation Description',
        'CEK-03.1,Yes,Yes. Tesults encrypts every connection with TLS.',
        'DSP-02.1,Yes,"Yes, within 30 days of a request to help@tesults.com."',
        'DSP-19.1,NA,"On Amazon Web Services, in the EU."',
        '',
      ].join('\r\n'),
    );
  });
  test('leaves out an answer that names no audience when the site publishes only what is tagged public', async () => {
    const root = project();
    const config = path.join(root, 'content', 'trust-package.yaml');
    fs.appendFileSync(config, 'site:\n  defaultAudience: nda\n');
    const result = await run(root, { format: 'caiq' });
    expect(result.text).toBe(`${path.relative(process.cwd(), path.join(root, 'out/answers/caiq-v4.csv'))}: 0 CAIQ v4 answers; 4 nda answers left out (encryption-in-transit, hosting, uptime-sla, deletion)`);
  });
});

describe('the answer command', () => {
  test('prints the counts and where the files went, and exits 0', async () => {
    const root = project({ 'acme.xlsx': await customerWorkbook() });
    const result = runCli(['answer', 'acme.xlsx', '--content', 'content', '--recipient', 'Acme Corp'], root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('4 questions: 2 answered (1 high, 1 medium), 1 left blank for review (0 low, 1 none), 1 already answered in the file\n');
    expect(result.stdout).toContain('out/answers/acme-answered.xlsx (answered copy; acme.xlsx is unchanged)\n');
    expect(result.stdout).toContain('register: out/archive/register.jsonl (recipient Acme Corp)\n');
  });

  test('a file that is not a workbook is a clear error, exit 1, no stack trace and no answered copy', () => {
    const root = project({ 'broken.xlsx': 'this is not a zip' });
    const result = runCli(['answer', 'broken.xlsx', '--content', 'content'], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^trust-package: broken\.xlsx: the workbook cannot be read \(.+\); open it in a spreadsheet program and save it again as \.xlsx\.\n$/);
    expect(fs.existsSync(path.join(root, 'out/answers/broken-answered.xlsx'))).toBe(false);
  });

  test('content errors stop it before anything is written', () => {
    const root = project({ 'acme.csv': 'Question,Answer\nIs data encrypted in transit?,\n', 'content/answers.yaml': LIBRARY.replace('controls: [data-in-transit]', 'controls: [nope]') });
    const result = runCli(['answer', 'acme.csv', '--content', 'content'], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/answers.yaml:7:14  error  Answer "encryption-in-transit" links to the unknown control "nope"');
    expect(fs.existsSync(path.join(root, 'out/answers'))).toBe(false);
  });
});
