// Builds a large package and archives it, so a test can SIGKILL this process part-way through the archive
// write. Arguments: <archiveDir> <megabytes> <variant> <allowRevision: yes|no>.
import { makeZip, packageContents, timestampFor } from '../../../src/package';
import { archivePackage } from '../../../src/archive';
import { sampleFiles, sampleMeta } from './sample';

async function main(): Promise<void> {
  const [archiveDir, megabytes, variant, allowRevision] = process.argv.slice(2);
  const size = Math.round((Number(megabytes) * 1024 * 1024) / 3);
  const files = sampleFiles(variant).map((file, index) =>
    // The three PDFs grow to a third of the size each; a fill is cheap, and the bytes differ per file.
    file.path.endsWith('.pdf') ? { ...file, bytes: Buffer.concat([file.bytes, Buffer.alloc(size, index)]) } : file,
  );
  const { entries } = packageContents(files, sampleMeta());
  const zip = await makeZip(entries, timestampFor('2026-06-26', {}));
  const result = await archivePackage({
    archiveDir,
    reviewDate: '2026-06-26',
    zipName: 'tesults-trust-package-2026-06-26.zip',
    zip,
    files: entries,
    allowRevision: allowRevision === 'yes',
  });
  process.stdout.write(`${result.status} ${result.dir}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
