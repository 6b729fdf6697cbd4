// Makes the sample package zip in a fresh process and prints it as base64, so a test can compare the bytes
// made under different TZ settings and working folders.
import { makeZip, packageContents, timestampFor } from '../../../src/package';
import { sampleFiles, sampleMeta } from './sample';

async function main(): Promise<void> {
  const { entries } = packageContents(sampleFiles(), sampleMeta());
  const zip = await makeZip(entries, timestampFor('2026-06-26', {}));
  process.stdout.write(zip.toString('base64'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
