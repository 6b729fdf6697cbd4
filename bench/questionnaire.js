#!/usr/bin/env node
// Writes a customer-style questionnaire workbook of N questions (default 300) for timing `make answer`:
// a title block, a styled header on row 4, a merged section row, and the questions of the test sets repeated.
// Usage: node bench/questionnaire.js OUT.xlsx [N]
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const ExcelJS = require('exceljs');

async function main() {
  const [out, n = '300'] = process.argv.slice(2);
  const root = path.join(__dirname, '..');
  const questions = ['tuning', 'held-out'].flatMap((set) => YAML.parse(fs.readFileSync(path.join(root, 'test/questionnaire/fixtures', `${set}.yaml`), 'utf8')).map((c) => c.q));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Security');
  sheet.getCell('A1').value = 'Vendor Security Assessment';
  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A2').value = 'Please answer every question.';
  const header = sheet.getRow(4);
  header.values = ['#', 'Question', 'Yes/No', 'Vendor Response', 'Notes'];
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
  });
  sheet.getColumn(2).width = 60;
  sheet.getColumn(4).width = 60;
  for (let i = 0; i < Number(n); i++) sheet.getRow(5 + i).values = [i + 1, questions[i % questions.length]];
  await workbook.xlsx.writeFile(out);
}
main();
