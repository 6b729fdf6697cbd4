/** Exit code for every expected packaging failure; through make it shows as 2 whatever it is. */
export const PACKAGE_EXIT_CODE = 1;

/** An expected failure the user can act on: the message says what happened and how to fix it. */
export class PackageError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = PACKAGE_EXIT_CODE) {
    super(message);
    this.name = 'PackageError';
    this.exitCode = exitCode;
  }
}
