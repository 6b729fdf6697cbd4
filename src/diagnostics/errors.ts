/**
 * A failure the user can act on (bad content, a refused archive, a corrupt package): the CLI prints
 * its message without a stack trace and exits with its code.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
