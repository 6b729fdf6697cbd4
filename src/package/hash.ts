import { createHash } from 'node:crypto';
import { UserError } from '../diagnostics';
import { sortByPath } from './paths';

/** Lower-case hex SHA-256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A SHA-256 over every input file, independent of the order given and of where the project is checked out. */
export function hashInputs(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  // A version tag, so a future change of this encoding cannot collide with today's values.
  hash.update('trust-package inputs v1\n');
  let previous: string | undefined;
  for (const file of sortByPath(files)) {
    if (file.path === previous) throw new UserError(`The input ${JSON.stringify(file.path)} was given twice.`);
    previous = file.path;
    const name = Buffer.from(file.path, 'utf8');
    // Length prefixes make the encoding unambiguous: ("ab", "c") and ("a", "bc") hash differently.
    hash.update(lengthOf(name.length));
    hash.update(name);
    hash.update(lengthOf(file.bytes.length));
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}

function lengthOf(n: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(n));
  return buffer;
}
