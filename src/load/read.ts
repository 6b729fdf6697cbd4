import fs from 'node:fs';
import type { Diagnostics } from '../diagnostics';
import { describeRefusal, inspectProjectFile } from './inside';
import { fileStart } from './paths';
import { firstInvalidUtf8, lineColumnAtByte } from './utf8';

/** Files above this size are refused before they reach a parser: no source of ours is that large. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A text file read and checked: valid UTF-8, no byte order mark. */
export interface Source {
  /** Project-relative path with forward slashes. */
  file: string;
  text: string;
}

/** What an empty file should have held, for the `content/empty` message, e.g. "a list of controls". */
export interface ReadOptions {
  expected: string;
  /** The project root: when given, a path whose symlinks lead outside it is refused before it is opened. */
  root?: string;
}

/**
 * Reads a text file, or reports why it cannot be used and returns undefined: missing, not a regular
 * file, too large, binary, not UTF-8, or empty. Never throws.
 */
export function readSource(abs: string, file: string, diagnostics: Diagnostics, options: ReadOptions): Source | undefined {
  const bytes = readBytes(abs, file, diagnostics, options.root);
  if (bytes === undefined) return undefined;
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    diagnostics.error({ file, ...lineColumnAtByte(bytes, nul) }, 'content/binary', 'this looks like a binary file, not text: it contains a NUL byte; save it as plain UTF-8 text', {
      expected: 'UTF-8 text',
      actual: `a NUL byte at byte ${nul}`,
    });
    return undefined;
  }
  const text = decodeUtf8(bytes, file, diagnostics);
  if (text === undefined) return undefined;
  // A byte order mark is legal UTF-8 that editors on Windows add; parsers would read it as content.
  const stripped = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (stripped.trim() === '') {
    diagnostics.error(fileStart(file), 'content/empty', 'the file is empty', {
      expected: options.expected,
      actual: 'an empty file',
    });
    return undefined;
  }
  return { file, text: stripped };
}

function readBytes(abs: string, file: string, diagnostics: Diagnostics, root: string | undefined): Buffer | undefined {
  if (root !== undefined) {
    const found = inspectProjectFile(root, abs);
    if (found.kind === 'outside') {
      diagnostics.error(fileStart(file), 'content/outside-project', `"${file}" is a symbolic link to a file outside the project; the build reads only project files, so copy the file in instead`, {
        expected: 'a file inside the project',
        actual: describeRefusal(found),
      });
      return undefined;
    }
    if (found.kind === 'file') abs = found.real;
  }
  try {
    const stat = fs.statSync(abs);
    // A FIFO or device would block or never end; a folder cannot be parsed.
    if (!stat.isFile()) {
      diagnostics.error(fileStart(file), 'content/not-a-file', `"${file}" is not a regular file; replace it with a text file`, {
        expected: 'a regular file',
        actual: stat.isDirectory() ? 'a folder' : 'a special file',
      });
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      diagnostics.error(fileStart(file), 'content/too-large', 'the file is too large to be a trust package source; split it or remove what does not belong', {
        expected: `at most ${MAX_FILE_BYTES} bytes (5 MB)`,
        actual: `${stat.size} bytes`,
      });
      return undefined;
    }
    return fs.readFileSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      diagnostics.error(fileStart(file), 'content/missing-file', `"${file}" does not exist; create it`);
    } else {
      diagnostics.error(fileStart(file), 'content/unreadable', `"${file}" cannot be read (${code ?? 'unknown error'}); check its permissions`);
    }
    return undefined;
  }
}

function decodeUtf8(bytes: Buffer, file: string, diagnostics: Diagnostics): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(firstInvalidUtf8(bytes), 0);
    const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    diagnostics.error({ file, ...lineColumnAtByte(bytes, offset) }, 'content/encoding', 'the file is not valid UTF-8; re-save it with UTF-8 encoding', {
      expected: 'UTF-8 text',
      actual: `byte 0x${hex} at byte ${offset}`,
    });
    return undefined;
  }
}
