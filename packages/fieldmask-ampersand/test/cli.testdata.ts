/** One command line the CLI must refuse with a one-line message (never a stack trace). */
export interface RefusalRow {
  readonly name: string;
  readonly argv: readonly string[];
  readonly exitCode: 1 | 2;
  /** The whole stderr output, one line (a pattern where the text comes from the JavaScript engine). */
  readonly stderr: string | RegExp;
}

/** Usage errors (exit 2), unreadable files (exit 2) and invalid JSON (exit 1). Files come from the examples. */
export const REFUSALS: readonly RefusalRow[] = [
  {
    name: "unknown command, with a guess",
    argv: ["valdate", "seed-request.json"],
    exitCode: 2,
    stderr:
      'fieldmask: unknown command "valdate" (did you mean "validate"?); expected validate, apply or diff\n',
  },
  {
    name: "unknown command, no guess",
    argv: ["frobnicate"],
    exitCode: 2,
    stderr: 'fieldmask: unknown command "frobnicate"; expected validate, apply or diff\n',
  },
  {
    name: "unknown option",
    argv: ["validate", "--verbose", "seed-request.json"],
    exitCode: 2,
    stderr: "fieldmask: Unknown option '--verbose' (see fieldmask --help)\n",
  },
  {
    name: "misspelt resource",
    argv: ["validate", "--resource", "instalation", "seed-request.json"],
    exitCode: 2,
    stderr:
      'fieldmask: unknown resource "instalation" (did you mean "installation"?); expected one of installation, ' +
      "connection, project, providerApp, destination, org, apiKey, jwtKey\n",
  },
  {
    name: "resource in the wrong case",
    argv: ["validate", "-r", "apikey", "seed-request.json"],
    exitCode: 2,
    stderr:
      'fieldmask: unknown resource "apikey" (did you mean "apiKey"?); expected one of installation, ' +
      "connection, project, providerApp, destination, org, apiKey, jwtKey\n",
  },
  {
    name: "resource without a value",
    argv: ["validate", "seed-request.json", "--resource"],
    exitCode: 2,
    stderr: "fieldmask: Option '-r, --resource <value>' argument missing (see fieldmask --help)\n",
  },
  {
    name: "missing file",
    argv: ["apply", "installation.json"],
    exitCode: 2,
    stderr:
      "fieldmask: apply: missing <request.json>; usage: fieldmask apply <current.json> <request.json> " +
      "(see fieldmask apply --help)\n",
  },
  {
    name: "too many files",
    argv: ["validate", "seed-request.json", "installation.json"],
    exitCode: 2,
    stderr:
      "fieldmask: validate: too many files; usage: fieldmask validate <request.json> (see fieldmask validate --help)\n",
  },
  {
    name: "standard input twice",
    argv: ["diff", "-", "-"],
    exitCode: 2,
    stderr: "fieldmask: diff: only one file can be - (standard input)\n",
  },
  {
    name: "standard input for a file and --connection",
    argv: ["apply", "installation.json", "-", "--connection", "-"],
    exitCode: 2,
    stderr: "fieldmask: apply: only one file can be - (standard input)\n",
  },
  {
    name: "--now outside apply",
    argv: ["validate", "--now", "2026-01-01T00:00:00Z", "seed-request.json"],
    exitCode: 2,
    stderr: "fieldmask: --now only applies to the apply command\n",
  },
  {
    name: "--now that is not a time",
    argv: ["apply", "--now", "yesterday", "installation.json", "seed-request.json"],
    exitCode: 2,
    stderr: 'fieldmask: --now: "yesterday" is not a date-time\n',
  },
  {
    name: "--connection outside apply",
    argv: ["validate", "--connection", "connection.json", "seed-request.json"],
    exitCode: 2,
    stderr: "fieldmask: --connection only applies to the apply command\n",
  },
  {
    name: "--strict with diff",
    argv: ["diff", "--strict", "installation.json", "installation-edited.json"],
    exitCode: 2,
    stderr: "fieldmask: --strict does not apply to diff\n",
  },
  {
    name: "unreadable file",
    argv: ["validate", "no-such-request.json"],
    exitCode: 2,
    stderr: "fieldmask: no-such-request.json: cannot read file (no such file)\n",
  },
  {
    name: "a directory",
    argv: ["apply", "installation.json", "a-directory"],
    exitCode: 2,
    stderr: "fieldmask: a-directory: cannot read file (is a directory)\n",
  },
  {
    name: "invalid JSON",
    argv: ["validate", "truncated.json"],
    exitCode: 1,
    stderr: /^fieldmask: truncated\.json: invalid JSON \([^\n]+\)\n$/,
  },
  {
    name: "invalid JSON on standard input",
    argv: ["apply", "installation.json", "-"],
    exitCode: 1,
    stderr: /^fieldmask: <stdin>: invalid JSON \([^\n]+\)\n$/,
  },
];
