import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Diagnostics, UsageError } from '../../src/diagnostics';
import { checkRecipientName, loadRecipients } from '../../src/load';
import { isEmail as isEmailAddress } from '../../src/load/checks';
import { readZip, sha256Hex } from '../../src/package';
import { editionZipName } from '../../src/package/names';
import { lines } from '../load/fixtures';
import { testdir } from '../helpers/testdir';
import { cli, listing, projectDir } from './helpers';

function recipients(csv: string): { lines: string[]; loaded: unknown } {
  const dir = testdir({ 'r.csv': csv });
  const diagnostics = new Diagnostics();
  const loaded = loadRecipients(path.join(dir, 'r.csv'), diagnostics, dir);
  return { lines: lines(diagnostics), loaded };
}

describe('recipient inputs', () => {
  test('a name with a line break or control character in the recipients file is refused at its place', () => {
    const { lines: found, loaded } = recipients('name,email\n"Acme\nOK  signature valid",a@acme.example\nBell\u0007 Co,b@bell.example\n');
    expect(loaded).toBeUndefined();
    expect(found).toEqual([
      'r.csv:2:1  error  row 1: the recipient name holds a line break or control character (U+000A); write the name on one line (expected a name such as Acme Corp, found "Acme\\nOK  signature valid")  recipients/name',
      'r.csv:4:1  error  row 2: the recipient name holds a line break or control character (U+0007); write the name on one line (expected a name such as Acme Corp, found "Bell\\u0007 Co")  recipients/name',
    ]);
  });

  test('an e-mail address with a control character is refused', () => {
    expect(recipients('name,email\nAcme,"a@acme.example\u001b[2J"\n').lines).toEqual([expect.stringMatching(/^r\.csv:2:6 {2}error {2}".*" is not an email address; .*recipients\/email$/)]);
    expect(isEmailAddress('a\u0000@b.example')).toBe(false);
  });

  test('a name from the command line with a line break, or over 200 characters, is a usage error', () => {
    expect(() => checkRecipientName('Acme\r\nCorp')).toThrow(new UsageError('--recipient "Acme\\r\\nCorp" holds a line break or control character (U+000D); write the name on one line.'));
    expect(() => checkRecipientName('A'.repeat(201))).toThrow(/^--recipient "A{57}\.\.\." is 201 characters long; shorten it to at most 200\.$/);
    expect(checkRecipientName('A'.repeat(200))).toBe('A'.repeat(200));
  });

  test('a long name gives an edition file name of at most 255 bytes, and the same shortened name every time', () => {
    const name = editionZipName('C'.repeat(200), '2026-06-26', 'Ünïcødé Recipient '.repeat(11));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toBe(`${'c'.repeat(80)}-trust-package-2026-06-26-unicode-recipient-unicode-recipient-unicode-recipient-unicode-recipient-unicode.zip`);
  });

  test('two long names that shorten to the same file name are reported as one recipient listed twice', () => {
    const long = 'Acme Holdings International '.repeat(4);
    expect(recipients(`name\n${long}East\n${long}West\n`).lines).toEqual([expect.stringMatching(/^r\.csv:3:1 {2}error {2}".*West" is listed twice .*recipients\/duplicate$/)]);
  });
});

describe('the register and the edition zip agree', () => {
  const register = (root: string) =>
    fs
      .readFileSync(path.join(root, 'out', 'archive', 'register.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; email: string | null; zipSha256: string; sent: string });
  const manifestEmail = async (zip: string) => {
    const files = await readZip(fs.readFileSync(zip), 'test');
    return (JSON.parse(files.find((f) => f.path === 'manifest.json')!.bytes.toString('utf8')) as { recipient: { email?: string } }).recipient.email;
  };

  test('a rebuilt edition with a new e-mail address is refused, and a later day of sending records it', async () => {
    const root = projectDir();
    const build = (email: string, sent: string) =>
      cli(['build', '--quiet', '--content', path.join(root, 'content'), '--out', path.join(root, 'out'), '--recipient', 'Contoso Bank AG', '--email', email, '--sent', sent]);
    expect(build('a@contoso.example', '2026-11-29').status).toBe(0);
    const [archived] = listing(path.join(root, 'out', 'archive', 'editions')).filter((name) => name.endsWith('.zip'));
    const archivedZip = path.join(root, 'out', 'archive', 'editions', archived!);
    const sentZip = path.join(root, 'out', path.basename(fs.readdirSync(path.join(root, 'out')).find((name) => name.endsWith('-contoso-bank-ag.zip'))!));
    const before = fs.readFileSync(sentZip);

    const again = build('b@contoso.example', '2026-11-29');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('is archived as sent to a@contoso.example, and this build names b@contoso.example. An archived edition never changes; to record a sending to the new address, pass another --sent date.');
    expect(register(root).filter((line) => line.kind === 'edition').map((line) => line.email)).toEqual(['a@contoso.example']);
    expect(fs.readFileSync(sentZip).equals(before)).toBe(true);
    expect(await manifestEmail(archivedZip)).toBe('a@contoso.example');

    expect(build('b@contoso.example', '2026-11-30').status).toBe(0);
    const lines = register(root).filter((line) => line.kind === 'edition');
    expect(lines.map((line) => [line.sent, line.email])).toEqual([
      ['2026-11-29', 'a@contoso.example'],
      ['2026-11-30', 'b@contoso.example'],
    ]);
    expect(await manifestEmail(sentZip)).toBe('b@contoso.example');
    expect(sha256Hex(fs.readFileSync(sentZip))).toBe(lines[1]!.zipSha256);
  }, 240_000);
});
