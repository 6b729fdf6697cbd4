import path from 'node:path';
import { isEmail } from './checks';
import { parseCsv, type CsvCell } from './csv';
import { readSource } from './read';
import type { Diagnostics } from '../diagnostics';
import { FILE_SLUG_MAX, slug } from '../text/slug';
import { recipientNameProblem, type Recipient } from './recipient';
import { describeValue } from '../diagnostics';

const COLUMNS = ['name', 'email', 'address', 'signatory'];

/**
 * Reads a recipients CSV (columns `name` and optionally `email`, `address` and `signatory`, with a header row). Every problem is
 * reported with file:line:column; the list is returned only when there are none.
 */
export function loadRecipients(file: string, diagnostics: Diagnostics, cwd: string = process.cwd()): Recipient[] | undefined {
  const abs = path.resolve(cwd, file);
  const label = path.relative(cwd, abs).split(path.sep).join('/') || file;
  const before = diagnostics.errorCount;
  const source = readSource(abs, label, diagnostics, { expected: 'a header row "name,email" and one recipient per row' });
  const csv = source && parseCsv(source, diagnostics);
  if (!csv) return undefined;

  const columns = new Map(csv.header.cells.map((cell, index) => [cell.value.toLowerCase(), index]));
  for (const cell of csv.header.cells) {
    if (!COLUMNS.includes(cell.value.toLowerCase())) {
      diagnostics.error(cell.at, 'recipients/unknown-column', `column "${cell.value}" is not one the recipients file has; remove it or rename it`, {
        expected: 'name, and optionally email, address and signatory',
        actual: JSON.stringify(cell.value),
      });
    }
  }
  const nameColumn = columns.get('name');
  if (nameColumn === undefined) {
    diagnostics.error(csv.header.at, 'recipients/missing-column', 'the header has no "name" column; the first line must be "name,email" or "name"', {
      expected: 'a "name" column',
      actual: csv.header.cells.map((c) => c.value).join(','),
    });
    return undefined;
  }
  if (csv.rows.length === 0) {
    diagnostics.error(csv.header.at, 'recipients/empty', 'the file lists no recipients; add one row per recipient under the header');
  }

  const emailColumn = columns.get('email');
  const seen = new Map<string, CsvCell>();
  const recipients: Recipient[] = [];
  for (const row of csv.rows) {
    const name = row.cells[nameColumn];
    const email = emailColumn === undefined ? undefined : row.cells[emailColumn];
    if (!/[\p{L}\p{N}]/u.test(name.value)) {
      diagnostics.error(name.at, 'recipients/name', `row ${row.number} has no recipient name; write the organisation's name`, {
        expected: 'a name such as Acme Corp',
        actual: JSON.stringify(name.value),
      });
      continue;
    }
    const problem = recipientNameProblem(name.value);
    if (problem) {
      diagnostics.error(name.at, 'recipients/name', `row ${row.number}: the recipient name ${problem}`, {
        expected: 'a name such as Acme Corp',
        actual: describeValue(name.value),
      });
      continue;
    }
    if (email && email.value !== '' && !isEmail(email.value)) {
      diagnostics.error(email.at, 'recipients/email', `"${email.value}" is not an email address; fix it or leave the field empty`, {
        expected: 'an address such as security@acme.example',
        actual: JSON.stringify(email.value),
      });
    }
    // Editions are named by the slug; two names with one slug would be two editions under one file name.
    const key = slug(name.value, { lower: true, fallback: 'recipient', max: FILE_SLUG_MAX });
    const first = seen.get(key);
    if (first) {
      diagnostics.error(name.at, 'recipients/duplicate', `"${name.value}" is listed twice (as "${first.value}" on line ${first.at.line}); keep one row per recipient`, {
        actual: `the same file name slug "${key}"`,
      });
      continue;
    }
    seen.set(key, name);
    const optional = (column: string) => {
      const index = columns.get(column);
      const value = index === undefined ? '' : row.cells[index].value.trim();
      return value === '' ? {} : { [column]: value };
    };
    recipients.push({ name: name.value, ...(email && email.value !== '' ? { email: email.value } : {}), ...optional('address'), ...optional('signatory'), at: name.at });
  }
  return diagnostics.errorCount > before ? undefined : recipients;
}
