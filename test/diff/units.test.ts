import { describe, expect, it } from 'vitest';
import { affectedRecipients, compareLines, lineSummary } from '../../src/diff';
import type { RegisterEntry } from '../../src/archive';

describe('compareLines', () => {
  it('counts added and removed lines and names the first change', () => {
    const change = compareLines('a\nb\nc\nd', 'a\nB\nc\nd\ne');
    expect(change).toEqual({ added: 2, removed: 1, first: '+ B' });
    expect(lineSummary(change!)).toBe('+2 lines, -1 line');
  });

  it('names a removed line when nothing was added before it', () => {
    expect(compareLines('a\nb\nc', 'a\nc')).toEqual({ added: 0, removed: 1, first: '- b' });
  });

  it('finds no change in the same text', () => {
    expect(compareLines('a\nb', 'a\nb')).toBeNull();
  });
});

const sent = (recipient: string, reviewDate: string, revision = 1): RegisterEntry => ({
  kind: 'edition',
  recipient,
  email: null,
  address: null,
  signatory: null,
  reviewDate,
  revision,
  sent: '2026-11-29',
  documentId: `TP-${recipient.slice(0, 4).toUpperCase()}-0000`,
  zip: 'x.zip',
  zipSha256: '0'.repeat(64),
  builtAt: '2026-11-29T10:00:00.000Z',
});

describe('affectedRecipients', () => {
  const register = [sent('Acme', '2026-06-26'), sent('Globex', '2026-06-26'), sent('Globex', '2026-09-30'), sent('Initech', '2026-09-30'), sent('Umbrella', '2026-09-30', 2)];

  it('lists those whose latest edition is older than the new version', () => {
    expect(affectedRecipients(register, { reviewDate: '2026-09-30', revision: 1 }).map((r) => r.recipient)).toEqual(['Acme']);
  });

  it('counts an earlier revision of the same review date as older', () => {
    expect(affectedRecipients(register, { reviewDate: '2026-09-30', revision: 2 }).map((r) => r.recipient)).toEqual(['Acme', 'Globex', 'Initech']);
  });

  it('treats a version from a zip outside the archive as every revision of its date', () => {
    expect(affectedRecipients(register, { reviewDate: '2026-09-30' }).map((r) => r.recipient)).toEqual(['Acme']);
  });
});
