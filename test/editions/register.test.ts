import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics';
import { loadRecipients } from '../../src/load';
import { readZip } from '../../src/package';
import { normalise, readPdf } from '../helpers/pdf';
import { copyProject, removeProject, runCli } from '../helpers/project';
import { testdir } from '../helpers/testdir';

// Recipients against the register: dates of sending, one line per edition, one spelling per recipient,
// the counterparty's address and signatory, and lines that are complete on their own.
let project: string;
const register = () =>
  fs
    .readFileSync(path.join(project, 'out', 'archive', 'register.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const contoso = ['--recipient', 'Contoso Bank AG', '--email', 'security@contoso.example', '--address', 'Bahnhofstrasse 1, 8001 Zürich', '--signatory', 'Anna Muster'];

beforeAll(() => {
  project = copyProject('trust-package-register-');
  const result = runCli(['build', '--quiet', ...contoso, '--sent', '2026-11-29'], project);
  expect(result.status, result.stderr).toBe(0);
}, 120_000);

afterAll(() => removeProject(project));

describe('the day of sending', () => {
  it('is refused when later than today', () => {
    const result = runCli(['build', '--quiet', '--recipient', 'Acme Corp', '--sent', '2999-01-01'], project);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/SENT=2999-01-01 \(--sent\) is later than today, \d{4}-\d{2}-\d{2} \(UTC\)/);
  });

  it('is refused when before the review date of the package', () => {
    const result = runCli(['build', '--quiet', '--recipient', 'Acme Corp', '--sent', '2026-06-25'], project);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SENT=2026-06-25 (--sent) is before document.reviewDate 2026-06-26');
  });
});

describe('the register', () => {
  it('writes every field on every line, the address and signatory included', () => {
    const [line] = register();
    expect(Object.keys(line)).toEqual(['kind', 'recipient', 'email', 'address', 'signatory', 'reviewDate', 'revision', 'sent', 'documentId', 'zip', 'zipSha256', 'builtAt']);
    expect(line).toMatchObject({ kind: 'edition', recipient: 'Contoso Bank AG', email: 'security@contoso.example', address: 'Bahnhofstrasse 1, 8001 Zürich', signatory: 'Anna Muster' });
  });

  it('gets no second line when the same edition is built again', () => {
    const result = runCli(['build', '--quiet', ...contoso, '--sent', '2026-11-29'], project);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('archive: unchanged');
    expect(register()).toHaveLength(1);
  }, 120_000);

  it('refuses a second spelling of a registered recipient, naming both', () => {
    const result = runCli(['build', '--quiet', '--recipient', 'contoso bank ag', '--sent', '2026-11-29'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"contoso bank ag" is the recipient the register already lists as "Contoso Bank AG"; write "Contoso Bank AG"');
    expect(register()).toHaveLength(1);
  });

  it('refuses it at its place in a recipients file', () => {
    const csv = path.join(project, 'recipients.csv');
    fs.writeFileSync(csv, 'name,email\nInitech,\nCONTOSO BANK AG,\n');
    const result = runCli(['build', '--quiet', '--recipients', 'recipients.csv', '--sent', '2026-11-29'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('recipients.csv:3:1  error  "CONTOSO BANK AG" is the recipient the register already lists as "Contoso Bank AG"');
    expect(register()).toHaveLength(1);
  });

  it('carries a field a later build leaves out over from the recipient\'s previous line', () => {
    const result = runCli(['build', '--quiet', '--recipient', 'Contoso Bank AG', '--sent', '2026-11-30'], project);
    expect(result.status, result.stderr).toBe(0);
    const lines = register();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ sent: '2026-11-30', email: 'security@contoso.example', address: 'Bahnhofstrasse 1, 8001 Zürich', signatory: 'Anna Muster' });
  }, 120_000);
});

describe('the counterparty fields', () => {
  it('fill the address and the signatory into the NDA and the DPA', async () => {
    const zip = 'tesults-trust-package-2026-06-26-contoso-bank-ag.zip';
    const files = await readZip(fs.readFileSync(path.join(project, 'out', zip)), zip);
    for (const name of ['Tesults-Mutual-NDA.pdf', 'Tesults-DPA.pdf']) {
      const text = normalise((await readPdf(files.find((f) => f.path === name)!.bytes)).text);
      expect(text, name).toMatch(/Bahnhofstrasse 1, 8001 Zürich (Counterparty|Customer) address/);
      expect(text, name).toMatch(/Anna Muster Name of signatory/);
    }
  });

  it('come from the optional address and signatory columns of a recipients file', () => {
    const dir = testdir({ 'r.csv': 'name,email,address,signatory\nAcme Corp,,"1 Road, Springfield",Wile E. Coyote\nGlobex,,,\n' });
    const diagnostics = new Diagnostics();
    const recipients = loadRecipients('r.csv', diagnostics, dir);
    expect(diagnostics.items).toEqual([]);
    expect(recipients?.map(({ at: _at, ...r }) => r)).toEqual([
      { name: 'Acme Corp', address: '1 Road, Springfield', signatory: 'Wile E. Coyote' },
      { name: 'Globex' },
    ]);
  });
});
