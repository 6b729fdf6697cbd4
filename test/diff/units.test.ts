import { describe, expect, it } from 'vitest';
import { affectedRecipients, compareLines, diffSnapshots, lineSummary } from '../../src/diff';
import type { Snapshot } from '../../src/model/data-files';
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

describe('sections whose only change is the review date they print', () => {
  const version = (reviewDate: string, text: string): Snapshot => ({
    label: reviewDate,
    reviewDate,
    company: 'Tesults',
    subprocessors: [],
    controls: [],
    sections: [{ heading: 'Overview', text }],
    answers: null,
  });

  it('are not reported as edited, in ISO or long form', () => {
    const from = version('2026-06-26', 'Last reviewed on 2026-06-26 (26 June 2026).\nWe encrypt data.');
    const to = version('2026-09-30', 'Last reviewed on 2026-09-30 (30 September 2026).\nWe encrypt data.');
    expect(diffSnapshots(from, to).sections).toEqual({ added: [], removed: [], changed: [] });
  });

  it('are reported when something else changed too, counting only that', () => {
    const from = version('2026-06-26', 'Last reviewed on 2026-06-26.\nWe encrypt data.');
    const to = version('2026-09-30', 'Last reviewed on 2026-09-30.\nWe encrypt all data.');
    expect(diffSnapshots(from, to).sections?.changed).toEqual([{ heading: 'Overview', added: 1, removed: 1, first: '+ We encrypt all data.' }]);
  });
});

describe('subprocessor changes', () => {
  const version = (reviewDate: string, transfer: string): Snapshot => ({
    label: reviewDate,
    reviewDate,
    company: 'Tesults',
    subprocessors: [{ name: 'Stripe, Inc.', purpose: 'Payments', data: 'Billing contacts', location: 'United States', certifications: [], transfer, address: '354 Oyster Point Blvd', contact: 'privacy@stripe.example', processing: 'Takes payments' }],
    controls: [],
    sections: null,
    answers: null,
  });

  it('include the Annex III details, so a new transfer mechanism reaches the change notice', () => {
    const diff = diffSnapshots(version('2026-06-26', 'Standard contractual clauses (module 3)'), version('2026-09-30', 'EU-US Data Privacy Framework'));
    expect(diff.subprocessors.changed).toEqual([
      { key: 'Stripe, Inc.', title: 'Stripe, Inc.', fields: [{ field: 'transfer', before: 'Standard contractual clauses (module 3)', after: 'EU-US Data Privacy Framework' }] },
    ]);
  });
});
