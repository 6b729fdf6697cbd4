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
