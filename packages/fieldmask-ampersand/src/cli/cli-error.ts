/** Exit code for success. */
export const EXIT_OK = 0;
/** Exit code for input that was read but is not valid (a rejected request, invalid JSON). */
export const EXIT_INVALID = 1;
/** Exit code for a usage error: unknown command or option, missing argument, unknown resource, unreadable file. */
export const EXIT_USAGE = 2;

/**
 * An error the CLI reports as one line on stderr (never with a stack trace), with the exit code to return.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly exitCode: number;

  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}
