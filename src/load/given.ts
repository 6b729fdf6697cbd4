import fs from 'node:fs';
import { UserError } from '../diagnostics';

/** What a file named on the command line is for, in the words of the messages about it. */
export interface GivenFile {
  /** e.g. "signing key", "package zip". */
  what: string;
  /** What the file should hold, for the message when it cannot be used. */
  expected: string;
  /** Larger files are refused before they are read, so memory stays bounded. */
  maxBytes: number;
}

/**
 * Reads a file the user named on the command line (a key, a package, a questionnaire): it may live
 * anywhere, but it must be a regular file of bounded size. A FIFO or device is refused before it is
 * opened (reading one would block or never end); so is a folder, and a file over `maxBytes`.
 */
export function readGivenFile(file: string, given: GivenFile): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`Could not read the ${given.what} ${file} (${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}); expected ${given.expected}.`);
  }
  if (!stat.isFile()) {
    const kind = stat.isDirectory() ? 'a folder' : 'a special file (device, FIFO or socket)';
    throw new UserError(`The ${given.what} ${file} is ${kind}, not a regular file; expected ${given.expected}.`);
  }
  if (stat.size > given.maxBytes) {
    throw new UserError(`The ${given.what} ${file} is ${stat.size} bytes, more than the ${given.maxBytes} a ${given.what} can be; expected ${given.expected}.`);
  }
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new UserError(`Could not read the ${given.what} ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); expected ${given.expected}.`);
  }
}
