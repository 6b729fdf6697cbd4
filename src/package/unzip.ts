import { fromBufferPromise, type Entry } from 'yauzl';
import { UserError } from '../diagnostics';

/** A file read back from a zip; `duplicate` marks a second entry with a path already seen. */
export interface UnzippedFile {
  path: string;
  bytes: Buffer;
  duplicate: boolean;
}

/** How much a zip may unpack to before it is refused as a compression bomb. */
export interface ZipLimits {
  /** All entries together, counted as they inflate (the sizes a zip declares are not trusted). */
  maxTotalBytes: number;
  /** An entry past `ratioFloor` bytes may not inflate to more than this many times its compressed size. */
  maxRatio: number;
  ratioFloor: number;
}

/**
 * A trust package is a few megabytes, and its zip stores its files uncompressed (ratio 1): these limits are
 * far above any real package and keep a hostile one from filling memory. Deflate's best ratio is about 1,030:1.
 */
export const ZIP_LIMITS: ZipLimits = { maxTotalBytes: 512 * 1024 * 1024, maxRatio: 100, ratioFloor: 1024 * 1024 };

const MIB = 1024 * 1024;
// File types in the upper 16 bits of the external attributes (Unix st_mode), as Info-ZIP records them.
const TYPE_MASK = 0o170000;
const FILE_TYPES: Record<number, string | null> = {
  0: null, // no type recorded (zips made on Windows): a file
  0o100000: null,
  0o040000: null,
  0o120000: 'a symbolic link',
  0o020000: 'a character device',
  0o060000: 'a block device',
  0o010000: 'a FIFO',
  0o140000: 'a socket',
};

/**
 * Every file in a zip, in the zip's order. Refused with a UserError naming `label`: a zip that cannot be
 * read; entries that are links, devices, FIFOs or sockets, or whose names are absolute, climb out with `..`
 * or collide with another only in letter case (one file on macOS and Windows); and a zip that inflates past
 * `limits`, which is counted while streaming, so memory stays bounded by the limit whatever the headers say.
 */
export async function readZip(zip: Buffer, label: string, limits: ZipLimits = ZIP_LIMITS): Promise<UnzippedFile[]> {
  const files: UnzippedFile[] = [];
  const seen = new Set<string>();
  const folded = new Map<string, string>();
  const refuse = (detail: string) => new UserError(`${label} is refused: ${detail}.`);
  let total = 0;
  try {
    // strictFileNames: report "\" in names instead of quietly turning it into "/".
    const zipfile = await fromBufferPromise(zip, { strictFileNames: true, validateEntrySizes: true });
    for await (const entry of zipfile.eachEntry()) {
      const type = fileType(entry);
      if (type) throw refuse(`the entry ${JSON.stringify(entry.fileName)} is ${type}; a package holds only regular files, and unpacking a link or device is unsafe`);
      if (entry.fileName.endsWith('/')) continue; // folder entries carry no content
      const key = entry.fileName.normalize('NFC').toLowerCase();
      const other = folded.get(key);
      if (other !== undefined && other !== entry.fileName) {
        throw refuse(`the entries ${JSON.stringify(other)} and ${JSON.stringify(entry.fileName)} differ only in letter case, so they unpack to one file on macOS and Windows`);
      }
      folded.set(key, entry.fileName);
      if (total + entry.uncompressedSize > limits.maxTotalBytes) throw refuse(bomb(`its entries declare more than ${limits.maxTotalBytes / MIB} MiB`));
      const stream = await zipfile.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      let bytes = 0;
      for await (const chunk of stream) {
        bytes += (chunk as Buffer).length;
        total += (chunk as Buffer).length;
        if (total > limits.maxTotalBytes) throw refuse(bomb(`it inflates to more than ${limits.maxTotalBytes / MIB} MiB`));
        if (bytes > limits.ratioFloor && bytes > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
          throw refuse(bomb(`${JSON.stringify(entry.fileName)} inflates to more than ${limits.maxRatio} times its compressed size of ${entry.compressedSize} bytes`));
        }
        chunks.push(chunk as Buffer);
      }
      files.push({ path: entry.fileName, bytes: Buffer.concat(chunks), duplicate: seen.has(entry.fileName) });
      seen.add(entry.fileName);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const message = (error as Error).message;
    // yauzl checks names itself; these are attacks, not damage.
    const name = /^(absolute path|invalid relative path): (.*)$/s.exec(message);
    if (name) throw refuse(`the entry name ${JSON.stringify(name[2])} is ${name[1] === 'absolute path' ? 'absolute' : 'a path that climbs out with ".."'}, so it would unpack outside its folder`);
    throw new UserError(
      `${label} is not a readable zip file (${message}); it is damaged or truncated: rebuild it, or take it again from the archive.`,
    );
  }
  return files;
}

function fileType(entry: Entry): string | null {
  const mode = (entry.externalFileAttributes >>> 16) & TYPE_MASK;
  return mode in FILE_TYPES ? FILE_TYPES[mode] : `an entry of unknown file type 0o${mode.toString(8)}`;
}

function bomb(detail: string): string {
  return `${detail}, more than any trust package; it looks like a compression bomb and was not unpacked further`;
}
