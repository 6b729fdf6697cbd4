import { describe, expect, it } from 'vitest';
import { copyProject, removeProject, runCli } from '../../../helpers/project';

// The CLI reads the switch before any command; the helper scripts of speedups.test.ts read it the same way.
describe('the CLI and TRUST_PACKAGE_PDF_PATCHES', () => {
  it('stops with a usage error, before reading content, on a value other than on or off', () => {
    const root = copyProject('trust-package-switch-');
    try {
      const result = runCli(['validate'], root, { TRUST_PACKAGE_PDF_PATCHES: 'false' });
      expect(result.stderr).toBe('trust-package: TRUST_PACKAGE_PDF_PATCHES="false" is not a setting: expected "on" or "off" (unset means on).\n');
      expect(result.stdout).toBe('');
      expect(result.status).toBe(2);
    } finally {
      removeProject(root);
    }
  });

  it('validates the content as usual with the patches off', () => {
    const root = copyProject('trust-package-switch-');
    try {
      const result = runCli(['validate'], root, { TRUST_PACKAGE_PDF_PATCHES: 'off' });
      expect(result.stdout).toBe('content: valid\n');
      expect(result.status).toBe(0);
    } finally {
      removeProject(root);
    }
  });
});
