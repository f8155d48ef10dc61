/**
 * Everything the CLI needs from the outside world. `runCli` only talks to this interface, so tests drive it with
 * in-memory files and capture its output, and the Node-specific parts stay in `createNodeIo`.
 */
export interface CliIo {
  /** Reads a UTF-8 text file. Rejects with an `Error` carrying a Node-style `code` (`ENOENT`, `EISDIR`, …). */
  readFile(path: string): Promise<string>;
  /** Reads all of standard input as UTF-8 text (the `-` file name). */
  readStdin(): Promise<string>;
  /** Writes to standard output. The text already ends in a newline where one is wanted. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Whether standard error is a terminal that wants colour (not set, or `false`: plain text). */
  readonly color?: boolean;
}
