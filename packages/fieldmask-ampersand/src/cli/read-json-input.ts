import { CliError, EXIT_INVALID, EXIT_USAGE } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";

/** A JSON document read by the CLI, with its raw text kept for locating errors in it. */
export interface JsonInput {
  /** The file name as given on the command line, or `<stdin>` for `-`. */
  readonly name: string;
  /** The raw text. */
  readonly text: string;
  /** The parsed value. */
  readonly value: unknown;
}

/**
 * Reads and parses one JSON input (`-` means standard input).
 *
 * @throws {@link CliError} with a one-line message: exit code 2 when the file cannot be read, 1 when it is not JSON.
 */
export async function readJsonInput(io: CliIo, path: string): Promise<JsonInput> {
  const name = path === "-" ? "<stdin>" : path;
  let text: string;
  try {
    text = path === "-" ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    throw new CliError(`${name}: cannot read file (${describeReadError(error)})`, EXIT_USAGE);
  }
  try {
    // A UTF-8 byte order mark is legal in a file but not in JSON.parse's input.
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return { name, text, value };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${name}: invalid JSON (${reason})`, EXIT_INVALID);
  }
}

function describeReadError(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  }
}
