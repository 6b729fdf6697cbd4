import { UsageError } from '../diagnostics';

/** The environment variable that switches the PDF engine's pdfmake patches off (docs/benchmarks.md). */
export const PDF_PATCHES_VARIABLE = 'TRUST_PACKAGE_PDF_PATCHES';

/** Whether the PDF engine may patch pdfmake: yes unless TRUST_PACKAGE_PDF_PATCHES is `off`. */
export function pdfPatchesEnabled(env: NodeJS.ProcessEnv): boolean {
  const value = env[PDF_PATCHES_VARIABLE];
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new UsageError(`${PDF_PATCHES_VARIABLE}=${JSON.stringify(value)} is not a setting: expected "on" or "off" (unset means on).`);
}
