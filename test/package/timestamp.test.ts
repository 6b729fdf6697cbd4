import { describe, expect, it } from 'vitest';
import { timestampFor, zipTimestamp } from '../../src/package';
import { UserError } from '../../src/diagnostics';

describe('timestampFor', () => {
  it('is noon UTC of the review date', () => {
    expect(timestampFor('2026-06-26', {}).toISOString()).toBe('2026-06-26T12:00:00.000Z');
  });

  it('uses SOURCE_DATE_EPOCH when it is set', () => {
    expect(timestampFor('2026-06-26', { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('treats an empty SOURCE_DATE_EPOCH as unset', () => {
    expect(timestampFor('2026-06-26', { SOURCE_DATE_EPOCH: '' }).toISOString()).toBe('2026-06-26T12:00:00.000Z');
  });

  it.each(['soon', '-5', '1.5', '1e9', '99999999999999999'])('refuses SOURCE_DATE_EPOCH=%j with a message naming it', (value) => {
    expect(() => timestampFor('2026-06-26', { SOURCE_DATE_EPOCH: value })).toThrow(UserError);
    expect(() => timestampFor('2026-06-26', { SOURCE_DATE_EPOCH: value })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it.each(['2026-02-30', '2026-6-26', '26/06/2026', ''])('refuses the review date %j and says where to fix it', (date) => {
    expect(() => timestampFor(date, {})).toThrow(/document\.reviewDate in content\/trust-package\.yaml/);
  });
});

describe('zipTimestamp', () => {
  it('clamps dates before 1980 to 1980-01-01, the earliest a zip can store', () => {
    expect(zipTimestamp(new Date(0)).toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it('clamps dates after 2043 to the last one a zip can store', () => {
    expect(zipTimestamp(new Date(Date.UTC(2100, 0, 1))).toISOString()).toBe('2043-12-31T23:59:58.000Z');
  });

  it('rounds down to even seconds, the resolution of a zip time', () => {
    expect(zipTimestamp(new Date('2026-06-26T12:00:01.999Z')).toISOString()).toBe('2026-06-26T12:00:00.000Z');
  });
});
