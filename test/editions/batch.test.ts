import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, listFiles, removeProject, runCli } from '../helpers/project';

let project: string;
const register = () => path.join(project, 'out', 'archive', 'register.jsonl');
const lines = () => fs.readFileSync(register(), 'utf8').split('\n').filter(Boolean);

beforeAll(() => {
  project = copyProject('trust-package-batch-');
}, 60_000);

afterAll(() => removeProject(project));

describe('a batch of recipients', () => {
  it('builds one edition per row and reports the time per edition', () => {
    fs.writeFileSync(path.join(project, 'recipients.csv'), 'name,email\nAcme Corp,security@acme.example\nGlobex Ltd,\n"Initech, Inc.",it@initech.example\n');
    const result = runCli(['build', '--recipients', 'recipients.csv', '--sent', '2026-11-29'], project);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr.match(/^edition\s+TP-\S+ .+ s$/gm)).toHaveLength(3);
    expect(result.stdout).toMatch(/^3 editions in \d+\.\d\d s, \d+\.\d\d s per edition; register: out\/archive\/register\.jsonl$/m);
    expect(listFiles(path.join(project, 'out')).filter((f) => !f.includes('/') && f.endsWith('.zip'))).toEqual([
      'tesults-trust-package-2026-06-26-acme-corp.zip',
      'tesults-trust-package-2026-06-26-globex-ltd.zip',
      'tesults-trust-package-2026-06-26-initech-inc.zip',
      'tesults-trust-package-2026-06-26.zip',
    ]);
  });

  it('appends one register line per edition with what was sent to whom', () => {
    const entries = lines().map((line) => JSON.parse(line));
    expect(entries.map((e) => [e.recipient, e.email, e.reviewDate, e.revision, e.sent])).toEqual([
      ['Acme Corp', 'security@acme.example', '2026-06-26', 1, '2026-11-29'],
      ['Globex Ltd', null, '2026-06-26', 1, '2026-11-29'],
      ['Initech, Inc.', 'it@initech.example', '2026-06-26', 1, '2026-11-29'],
    ]);
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(['kind', 'recipient', 'email', 'address', 'signatory', 'reviewDate', 'revision', 'sent', 'documentId', 'zip', 'zipSha256', 'builtAt']);
      expect(entry.zipSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.parse(entry.builtAt)).not.toBeNaN();
    }
  });

  it('grows the register by one line per new edition and never rewrites earlier lines', () => {
    const before = fs.readFileSync(register());
    // The same edition again: archived and registered once already, so the register is left as it is.
    const again = runCli(['build', '--quiet', '--recipient', 'Acme Corp', '--sent', '2026-11-29'], project);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('archive: unchanged');
    expect(fs.readFileSync(register()).equals(before)).toBe(true);
    // A new day of sending is a new edition: one more line, after the others.
    const later = runCli(['build', '--quiet', '--recipient', 'Acme Corp', '--sent', '2026-11-30'], project);
    expect(later.status, later.stderr).toBe(0);
    const after = fs.readFileSync(register());
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(lines()).toHaveLength(4);
    expect(JSON.parse(lines()[3])).toMatchObject({ recipient: 'Acme Corp', sent: '2026-11-30', email: 'security@acme.example' });
  });

  it('lists the register after the archive table', () => {
    const result = runCli(['list'], project);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2026-06-26\s+r1\s+/m);
    expect(result.stdout).toContain('Distribution register (4 editions, out/archive/register.jsonl)');
    expect(result.stdout).toMatch(/^2026-11-29\s+2026-06-26\s+TP-\S+\s+Initech, Inc\.\s+it@initech\.example/m);
  });

  it('reports every problem of a bad recipients file with file:line:column, and builds nothing', () => {
    fs.writeFileSync(path.join(project, 'bad.csv'), 'name,email,phone\nAcme Corp,not-an-email,1\n,x@y.example,2\nACME corp,,3\n');
    const before = listFiles(path.join(project, 'out'));
    const result = runCli(['build', '--quiet', '--recipients', 'bad.csv'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad.csv:1:12  error  column "phone" is not one the recipients file has');
    expect(result.stderr).toContain('bad.csv:2:11  error  "not-an-email" is not an email address');
    expect(result.stderr).toContain('bad.csv:3:1  error  row 2 has no recipient name');
    expect(result.stderr).toContain('bad.csv:4:1  error  "ACME corp" is listed twice (as "Acme Corp" on line 2)');
    expect(listFiles(path.join(project, 'out'))).toEqual(before);
  });
});
