import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Diagnostics, UsageError } from '../../src/diagnostics';
import { checkRecipientName, loadRecipients } from '../../src/load';
import { isEmail as isEmailAddress } from '../../src/load/checks';
import { editionZipName } from '../../src/package/names';
import { lines } from '../load/fixtures';
import { testdir } from '../helpers/testdir';

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
