import { describe, expect, it } from 'vitest';
import { pdfPatchesEnabled } from '../../src/load/pdf-patches';
import { UsageError } from '../../src/diagnostics';

describe('TRUST_PACKAGE_PDF_PATCHES', () => {
  it('allows the patches when unset, empty or on', () => {
    expect(pdfPatchesEnabled({})).toBe(true);
    expect(pdfPatchesEnabled({ TRUST_PACKAGE_PDF_PATCHES: '' })).toBe(true);
    expect(pdfPatchesEnabled({ TRUST_PACKAGE_PDF_PATCHES: 'on' })).toBe(true);
  });

  it('switches them off when off', () => {
    expect(pdfPatchesEnabled({ TRUST_PACKAGE_PDF_PATCHES: 'off' })).toBe(false);
  });

  it('rejects any other value as a usage error that names the two settings', () => {
    const read = () => pdfPatchesEnabled({ TRUST_PACKAGE_PDF_PATCHES: 'no' });
    expect(read).toThrow(UsageError);
    expect(read).toThrow('TRUST_PACKAGE_PDF_PATCHES="no" is not a setting: expected "on" or "off" (unset means on).');
  });
});
