import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../diagnostics';
import type { AllowedSignersFile } from '../package';
import { readGivenFile } from '../load/given';

/** A signing key file as read at the command line: its name for messages, and its bytes. */
export interface SigningKeyFile {
  label: string;
  bytes: Buffer;
}

/**
 * Reads the private key given with SIGNING_KEY. It must live outside the project: inside, it would be one
 * `git add` away from being published, and the build would hash it into the package's inputs.
 */
export function readSigningKey(file: string, contentDir: string): SigningKeyFile {
  const bytes = readGivenFile(file, { what: 'signing key', expected: 'an OpenSSH Ed25519 private key file, e.g. ~/.ssh/trust_package_signing', maxBytes: 64 * 1024 });
  const root = realpathSync(path.dirname(path.resolve(contentDir)));
  const relative = path.relative(root, realpathSync(file));
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new UserError(
      `The signing key ${file} is inside the project (${root}); keep it outside the repository (e.g. in ~/.ssh or a CI secret file), so that it is never committed or packaged.`,
    );
  }
  return { label: file, bytes };
}

/** Reads the allowed_signers file given to verify. */
export function readAllowedSigners(file: string): AllowedSignersFile {
  return { label: file, text: readGivenFile(file, { what: 'allowed signers file', expected: 'lines like "security@example.com ssh-ed25519 AAAA..."', maxBytes: 1024 * 1024 }).toString('utf8') };
}
