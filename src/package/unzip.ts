import { fromBufferPromise } from 'yauzl';
import { UserError } from '../diagnostics';

/** A file read back from a zip; `duplicate` marks a second entry with a path already seen. */
export interface UnzippedFile {
  path: string;
  bytes: Buffer;
  duplicate: boolean;
}

// A trust package is a few megabytes; refusing more keeps a hostile or broken zip from filling memory.
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/** Every file in a zip, in the zip's order; a zip that cannot be read is a UserError naming `label`. */
export async function readZip(zip: Buffer, label: string): Promise<UnzippedFile[]> {
  const files: UnzippedFile[] = [];
  const seen = new Set<string>();
  let total = 0;
  try {
    // strictFileNames: report "\" in names instead of quietly turning it into "/".
    const zipfile = await fromBufferPromise(zip, { strictFileNames: true, validateEntrySizes: true });
    for await (const entry of zipfile.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue; // folder entries carry no content
      total += entry.uncompressedSize;
      if (total > MAX_TOTAL_BYTES) throw new Error('it unpacks to more than 1 GiB');
      const stream = await zipfile.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      files.push({ path: entry.fileName, bytes: Buffer.concat(chunks), duplicate: seen.has(entry.fileName) });
      seen.add(entry.fileName);
    }
  } catch (error) {
    throw new UserError(
      `${label} is not a readable zip file (${(error as Error).message}); it is damaged or truncated: rebuild it, or take it again from the archive.`,
    );
  }
  return files;
}
