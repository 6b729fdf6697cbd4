// Sample package inputs, shared by the tests and by the helper scripts they run in child processes
// (so nothing here may import vitest).
import type { PackageFile, PackageMeta } from '../../../src/package';

/** The five files a build hands to packaging, with `%PDF` lookalikes; `variant` changes the whitepaper bytes. */
export function sampleFiles(variant = 'v1'): PackageFile[] {
  return [
    { path: 'Tesults-Security-Overview-2026-06-26.pdf', bytes: Buffer.from(`%PDF-1.7 whitepaper ${variant}\n`), pages: 12 },
    { path: 'Tesults-Mutual-NDA.pdf', bytes: Buffer.from('%PDF-1.7 nda\n'), pages: 3 },
    { path: 'Tesults-DPA.pdf', bytes: Buffer.from('%PDF-1.7 dpa\n'), pages: 9 },
    { path: 'data/controls.json', bytes: Buffer.from('[{"id":"tls"}]\n') },
    { path: 'data/subprocessors.json', bytes: Buffer.from('[{"name":"AWS"}]\n') },
  ];
}

/** Manifest metadata as a build of commit `commit` would give it. */
export function sampleMeta(commit: string | null = 'a'.repeat(40), dirty = false): PackageMeta {
  return {
    tool: { name: 'trust-package', version: '0.1.0' },
    company: 'Tesults',
    reviewDate: '2026-06-26',
    source: { commit, dirty },
    inputsSha256: 'b'.repeat(64),
  };
}
