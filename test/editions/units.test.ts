import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentId } from '../../src/load';
import { appendRegister, archiveEdition, readRegister, type RegisterEntry } from '../../src/archive';
import { testdir } from '../helpers/testdir';

const INPUTS = 'a'.repeat(64);

describe('documentId', () => {
  it('is the same for the same recipient, day and inputs', () => {
    expect(documentId('Acme Corp', '2026-11-29', INPUTS)).toBe(documentId('Acme Corp', '2026-11-29', INPUTS));
  });

  it('changes with the recipient, the day or the inputs', () => {
    const base = documentId('Acme Corp', '2026-11-29', INPUTS);
    expect(documentId('Acme Corp.', '2026-11-29', INPUTS)).not.toBe(base);
    expect(documentId('Acme Corp', '2026-11-30', INPUTS)).not.toBe(base);
    expect(documentId('Acme Corp', '2026-11-29', 'b'.repeat(64))).not.toBe(base);
  });

  it('uses only unambiguous characters', () => {
    for (let i = 0; i < 200; i++) expect(documentId(`Recipient ${i}`, '2026-11-29', INPUTS)).toMatch(/^TP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});

const entry = (recipient: string): RegisterEntry => ({
  kind: 'edition',
  recipient,
  email: null,
  address: null,
  signatory: null,
  reviewDate: '2026-06-26',
  revision: 1,
  sent: '2026-11-29',
  documentId: 'TP-0000-0000',
  zip: 'x.zip',
  zipSha256: '0'.repeat(64),
  builtAt: '2026-11-29T10:00:00.000Z',
});

describe('the distribution register', () => {
  it('appends whole lines and reads them back in order', async () => {
    const dir = testdir({});
    await appendRegister(dir, entry('Acme Corp'));
    const first = fs.readFileSync(path.join(dir, 'register.jsonl'));
    await appendRegister(dir, entry('Globex Ltd'));
    expect(fs.readFileSync(path.join(dir, 'register.jsonl')).subarray(0, first.length).equals(first)).toBe(true);
    expect(readRegister(dir).map((e) => e.recipient)).toEqual(['Acme Corp', 'Globex Ltd']);
  });

  it('says which line is broken', () => {
    const dir = testdir({ 'register.jsonl': `${JSON.stringify(entry('Acme Corp'))}\n{"recipient":\n` });
    expect(() => readRegister(dir)).toThrow(/register\.jsonl:2: the line is not JSON/);
  });
});

describe('archiveEdition', () => {
  it('never replaces an archived edition with different bytes', async () => {
    const dir = testdir({});
    const file = path.join(dir, 'editions', '2026-06-26', 'acme-corp-2026-11-29-TP-0000-0000.zip');
    expect((await archiveEdition(file, Buffer.from('first'))).status).toBe('stored');
    expect((await archiveEdition(file, Buffer.from('first'))).status).toBe('unchanged');
    await expect(archiveEdition(file, Buffer.from('second'))).rejects.toThrow(/never replaces an archived edition/);
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['acme-corp-2026-11-29-TP-0000-0000.zip']);
  });
});
