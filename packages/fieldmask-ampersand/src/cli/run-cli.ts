/// <reference types="node" />
// This file needs Node (the package's tsconfig has "types": [] so that library code cannot use Node by accident).
import { parseArgs } from "node:util";
import {
  AmpersandProblemError,
  applyUpdate,
  type Connection,
  diffUpdate,
  RESOURCE_NAMES,
  type ResourceName,
  type UpdateOptions,
  validateUpdateRequest,
} from "../index.js";
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { closestName } from "./closest-name.js";
import { formatProblem } from "./format-problem.js";
import { COMMAND_HELP, COMMAND_NAMES, type CommandName, MAIN_HELP } from "./help-text.js";
import { ANSI, type Paint, PLAIN } from "./paint.js";
import { type JsonInput, readJsonInput } from "./read-json-input.js";

interface CliOptions {
  readonly resource: ResourceName;
  readonly json: boolean;
  readonly now: (() => Date) | undefined;
  readonly strict: boolean;
  /** `--connection <file>`: the connection a `connectionId` update switches to (apply only). */
  readonly connection: string | undefined;
}

/**
 * Runs the `fieldmask` command line: `validate`, `apply` and `diff` over Ampersand updateMask requests.
 * Never throws and never prints a stack trace: every failure becomes a message and an exit code.
 *
 * @param argv - The arguments after the program name (`process.argv.slice(2)`).
 * @param io - Files and standard streams; {@link createNodeIo} for a real process, a fake in tests.
 * @returns The exit code: 0 success, 1 invalid input, 2 usage error.
 * @example
 * ```ts
 * const code = await runCli(["validate", "request.json"], createNodeIo());
 * process.exitCode = code;
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`fieldmask: ${error.message}\n`);
      return error.exitCode;
    }
    // Not expected: still one line, so a user never sees a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`fieldmask: internal error: ${message}\n`);
    return EXIT_INVALID;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // parseArgs's messages go on with advice about `--`; the first sentence is the useful part.
    const message = error instanceof Error ? (error.message.split(". ")[0] as string) : String(error);
    throw new CliError(`${message} (see fieldmask --help)`, EXIT_USAGE);
  }
  const { values, positionals } = parsed;
  let command = positionals[0];
  let files = positionals.slice(1);
  let help = values.help === true;
  if (command === "help") {
    help = true;
    command = files[0];
    files = [];
  }
  if (command === undefined) {
    if (help) {
      io.stdout(MAIN_HELP);
      return EXIT_OK;
    }
    io.stderr(MAIN_HELP);
    return EXIT_USAGE;
  }
  if (!isCommand(command)) {
    const guess = closestName(command, COMMAND_NAMES);
    const hint = guess === undefined ? "" : ` (did you mean "${guess}"?)`;
    throw new CliError(`unknown command "${command}"${hint}; expected validate, apply or diff`, EXIT_USAGE);
  }
  if (help) {
    io.stdout(COMMAND_HELP[command]);
    return EXIT_OK;
  }
  const options: CliOptions = {
    resource: readResource(values.resource),
    json: values.json === true,
    now: readNow(command, values.now),
    strict: values.strict === true,
    connection: onlyFor(command, "apply", "--connection", values.connection),
  };
  if (options.strict && command === "diff") throw new CliError("--strict does not apply to diff", EXIT_USAGE);
  // --connection names a file too, and standard input can be read only once.
  if (options.connection === "-" && files.includes("-")) {
    throw new CliError(`${command}: only one file can be - (standard input)`, EXIT_USAGE);
  }
  switch (command) {
    case "validate":
      return validateCommand(io, expectFiles(command, files, ["<request.json>"]), options);
    case "apply":
      return applyCommand(io, expectFiles(command, files, ["<current.json>", "<request.json>"]), options);
    case "diff":
      return diffCommand(io, expectFiles(command, files, ["<before.json>", "<after.json>"]), options);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: argv as string[],
    allowPositionals: true,
    strict: true,
    options: {
      resource: { type: "string", short: "r" },
      json: { type: "boolean" },
      now: { type: "string" },
      strict: { type: "boolean" },
      connection: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function isCommand(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

function readResource(value: string | undefined): ResourceName {
  if (value === undefined) return "installation";
  if ((RESOURCE_NAMES as readonly string[]).includes(value)) return value as ResourceName;
  const guess = closestName(value, RESOURCE_NAMES);
  const hint = guess === undefined ? "" : ` (did you mean "${guess}"?)`;
  throw new CliError(
    `unknown resource "${value}"${hint}; expected one of ${RESOURCE_NAMES.join(", ")}`,
    EXIT_USAGE,
  );
}

function onlyFor(
  command: CommandName,
  wanted: CommandName,
  flag: string,
  value: string | undefined,
): string | undefined {
  if (value !== undefined && command !== wanted) {
    throw new CliError(`${flag} only applies to the ${wanted} command`, EXIT_USAGE);
  }
  return value;
}

function readNow(command: CommandName, value: string | undefined): (() => Date) | undefined {
  const text = onlyFor(command, "apply", "--now", value);
  if (text === undefined) return undefined;
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) throw new CliError(`--now: "${value}" is not a date-time`, EXIT_USAGE);
  return () => new Date(time.getTime());
}

function expectFiles(command: CommandName, files: readonly string[], names: readonly string[]): string[] {
  if (files.length !== names.length) {
    const problem =
      files.length < names.length ? `missing ${names.slice(files.length).join(" ")}` : "too many files";
    throw new CliError(
      `${command}: ${problem}; usage: fieldmask ${command} ${names.join(" ")} (see fieldmask ${command} --help)`,
      EXIT_USAGE,
    );
  }
  let stdin = 0;
  for (let i = 0; i < files.length; i++) if (files[i] === "-") stdin++;
  if (stdin > 1) throw new CliError(`${command}: only one file can be - (standard input)`, EXIT_USAGE);
  return files as string[];
}

async function validateCommand(io: CliIo, files: readonly string[], options: CliOptions): Promise<number> {
  const request = await readJsonInput(io, files[0] as string);
  const result = validateUpdateRequest(options.resource, request.value, { strict: options.strict });
  if (!result.ok) return reportProblem(io, result.problem, request, options);
  const mask = (request.value as { updateMask: readonly string[] }).updateMask;
  if (options.json) {
    io.stdout(`${JSON.stringify({ ok: true, resource: options.resource, updateMask: mask }, null, 2)}\n`);
    return EXIT_OK;
  }
  let out = `${request.name}: ok (${options.resource} update, ${mask.length} path${mask.length === 1 ? "" : "s"})\n`;
  for (let i = 0; i < mask.length; i++) out += `  ${mask[i]}\n`;
  io.stdout(out);
  return EXIT_OK;
}

async function applyCommand(io: CliIo, files: readonly string[], options: CliOptions): Promise<number> {
  const current = await readJsonInput(io, files[0] as string);
  const request = await readJsonInput(io, files[1] as string);
  const result = validateUpdateRequest(options.resource, request.value, { strict: options.strict });
  if (!result.ok) return reportProblem(io, result.problem, request, options);
  const connection =
    options.connection === undefined ? undefined : await readJsonInput(io, options.connection);
  let updated: unknown;
  try {
    updated = applyUpdate(
      options.resource,
      current.value as never,
      result.request,
      updateOptions(options, connection),
    );
  } catch (error) {
    if (error instanceof AmpersandProblemError) return reportProblem(io, error.problem, request, options);
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${current.name}: cannot apply ${request.name}: ${message}`, EXIT_INVALID);
  }
  io.stdout(`${JSON.stringify(updated, null, 2)}\n`);
  return EXIT_OK;
}

async function diffCommand(io: CliIo, files: readonly string[], options: CliOptions): Promise<number> {
  const before = await readJsonInput(io, files[0] as string);
  const after = await readJsonInput(io, files[1] as string);
  let diff: ReturnType<typeof diffUpdate>;
  try {
    diff = diffUpdate(options.resource, before.value as never, after.value as never);
  } catch (error) {
    if (error instanceof AmpersandProblemError) return reportProblem(io, error.problem, after, options);
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot diff ${before.name} and ${after.name}: ${message}`, EXIT_INVALID);
  }
  if (options.json) {
    io.stdout(`${JSON.stringify({ request: diff.request, unexpressible: diff.unexpressible }, null, 2)}\n`);
    return EXIT_OK;
  }
  let warnings = "";
  for (let i = 0; i < diff.unexpressible.length; i++) {
    const change = diff.unexpressible[i] as (typeof diff.unexpressible)[number];
    const label = paint(io).warning("warning");
    warnings += `${after.name}: ${label}: ${change.path} ${change.kind} but cannot be sent: ${change.reason}\n`;
    if (change.hint !== undefined) warnings += `  ${paint(io).note("hint")}: ${change.hint}\n`;
  }
  if (diff.request === null) {
    warnings += `${after.name}: no updatable changes (nothing to send)\n`;
  } else {
    io.stdout(`${JSON.stringify(diff.request, null, 2)}\n`);
  }
  if (warnings !== "") io.stderr(warnings);
  return EXIT_OK;
}

function updateOptions(options: CliOptions, connection: JsonInput | undefined): UpdateOptions {
  // Only the keys that are set: exactOptionalPropertyTypes forbids passing `now: undefined`.
  const result: { -readonly [K in keyof UpdateOptions]: UpdateOptions[K] } = { strict: options.strict };
  if (options.now !== undefined) result.now = options.now;
  if (connection !== undefined) {
    const value = connection.value as { id?: unknown } | null;
    result.resolveConnection = (id) =>
      typeof value === "object" && value !== null && value.id === id ? (value as Connection) : undefined;
  }
  return result;
}

function paint(io: CliIo): Paint {
  return io.color === true ? ANSI : PLAIN;
}

function reportProblem(io: CliIo, problem: object, request: JsonInput, options: CliOptions): number {
  if (options.json) {
    io.stdout(`${JSON.stringify(problem, null, 2)}\n`);
  } else {
    io.stderr(formatProblem(problem, request.name, request.text, request.value, paint(io)));
  }
  return EXIT_INVALID;
}
