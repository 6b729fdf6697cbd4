/** Exit codes: 0 success (warnings allowed), 1 content errors or a failed check, 2 wrong usage, 70 a bug. */
export const EXIT = { ok: 0, failed: 1, usage: 2, bug: 70 } as const;

/**
 * A failure the user can act on (bad content, a refused archive, a corrupt package): the CLI prints
 * its message without a stack trace and exits with its code. Every expected failure is one of these.
 */
export class UserError extends Error {
  readonly exitCode: number = EXIT.failed;

  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** A command given wrong arguments (a bad flag value): exit code 2, like a usage error of the parser. */
export class UsageError extends UserError {
  override readonly exitCode: number = EXIT.usage;

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What a file system error code means, in the words a message to the user needs. */
const FILE_SYSTEM_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  ENOSPC: 'the disk is full',
  EISDIR: 'a folder is in the way',
  ELOOP: 'the path has a loop of symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
};

/** The reason of a file system error the user can fix (permissions, a file in a folder's place...), or undefined. */
export function fileSystemReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && Object.hasOwn(FILE_SYSTEM_REASONS, code) ? FILE_SYSTEM_REASONS[code] : undefined;
}

/**
 * A file system error that escaped the command that met it, as a UserError naming the path and the reason;
 * undefined for any other error, which stays a bug. Commands that know what they were writing say so
 * themselves (archive/location.ts writeError); this is the net under them.
 */
export function fileSystemUserError(error: unknown): UserError | undefined {
  const reason = fileSystemReason(error);
  if (reason === undefined) return undefined;
  const { path, syscall } = error as NodeJS.ErrnoException;
  const verb = syscall === 'open' || syscall === 'read' || syscall === 'scandir' || syscall === 'stat' || syscall === 'lstat' ? 'read' : 'write';
  return new UserError(`Cannot ${verb} ${path ?? 'a file'}: ${reason}.`);
}
