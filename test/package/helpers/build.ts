// Builds sample packages in memory, the way the build command would, for archive and verify tests.
import { makeZip, packageContents, timestampFor, type ZipEntry } from '../../../src/package';
import { archivePackage } from '../../../src/archive';
import { sampleFiles, sampleMeta } from './sample';

/** The zip name the build uses for the sample company and date. */
export const ZIP_NAME = 'tesults-trust-package-2026-06-26.zip';

/** A sample package: its entries and zip; `variant` changes the whitepaper, `commit` only the manifest. */
export async function samplePackage(variant = 'v1', commit = 'a'.repeat(40)): Promise<{ entries: ZipEntry[]; zip: Buffer }> {
  const { entries } = packageContents(sampleFiles(variant), sampleMeta(commit));
  return { entries, zip: await makeZip(entries, timestampFor('2026-06-26', {})) };
}

/** Archives a sample package under the sample review date. */
export async function archiveSample(archiveDir: string, variant = 'v1', options: { allowRevision?: boolean; commit?: string } = {}) {
  const { entries, zip } = await samplePackage(variant, options.commit);
  return archivePackage({ archiveDir, reviewDate: '2026-06-26', zipName: ZIP_NAME, zip, files: entries, allowRevision: options.allowRevision });
}
