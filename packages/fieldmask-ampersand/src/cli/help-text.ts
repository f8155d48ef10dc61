/** The commands the CLI knows. */
export type CommandName = "validate" | "apply" | "diff";

/** Command names in the order `--help` lists them. */
export const COMMAND_NAMES: readonly CommandName[] = ["validate", "apply", "diff"];

const RESOURCE_LINE =
  "  -r, --resource <name>  installation (default), connection, project, providerApp, destination, org,\n" +
  "                         apiKey or jwtKey\n";
const JSON_LINE = "      --json             machine output: problem+json bodies on errors (on stdout)\n";
const STRICT_LINE =
  "      --strict           also report body fields outside updateMask (the API ignores them)\n";
const HELP_LINE = "  -h, --help             show this help\n";
const FOOTER =
  "A file name of - reads standard input.\nExit codes: 0 success, 1 invalid input, 2 usage error.\n";

/** The top-level `fieldmask --help` text. */
export const MAIN_HELP =
  "Usage: fieldmask <command> [options] <file...>\n\n" +
  "Validate, apply and diff Ampersand updateMask PATCH requests.\n\n" +
  "Commands:\n" +
  "  validate <request.json>              check a PATCH body against the resource's allowed paths and schemas\n" +
  "  apply <current.json> <request.json>  print the resource after applying a PATCH body\n" +
  "  diff <before.json> <after.json>      print the PATCH body that turns <before> into <after>\n\n" +
  "Options:\n" +
  RESOURCE_LINE +
  JSON_LINE +
  HELP_LINE +
  "\nRun 'fieldmask <command> --help' for a command's details.\n" +
  FOOTER;

/** `fieldmask <command> --help` texts. */
export const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  validate:
    "Usage: fieldmask validate <request.json> [--resource <name>] [--strict] [--json]\n\n" +
    "Checks a PATCH body ({ updateMask, <resource> }) against the resource's allowed paths and value schemas.\n" +
    "Prints the accepted paths; on errors, prints each issue with the mask entry, a caret under the offending\n" +
    "column and a 'did you mean' suggestion (with --json: the problem+json body on stdout).\n\n" +
    `Options:\n${RESOURCE_LINE}${STRICT_LINE}${JSON_LINE}${HELP_LINE}\n${FOOTER}`,
  apply:
    "Usage: fieldmask apply <current.json> <request.json> [--resource <name>] [--now <iso-time>]\n" +
    "                       [--connection <connection.json>] [--strict] [--json]\n\n" +
    "Validates the PATCH body, applies it to the current resource and prints the updated resource as JSON.\n" +
    "The inputs are not modified.\n\n" +
    `Options:\n${RESOURCE_LINE}` +
    "      --now <iso-time>   the clock for fields the update stamps (updateTime), for reproducible output\n" +
    "      --connection <connection.json>\n" +
    "                         the connection a connectionId update switches to (matched by its id)\n" +
    `${STRICT_LINE}${JSON_LINE}${HELP_LINE}\n${FOOTER}`,
  diff:
    "Usage: fieldmask diff <before.json> <after.json> [--resource <name>] [--json]\n\n" +
    "Prints the PATCH body (updateMask + resource) that turns <before> into <after>, or nothing when they\n" +
    "agree on every updatable field. Changes the endpoint cannot express are listed on stderr as warnings, with\n" +
    "hints. With --json, prints { request, unexpressible } on stdout.\n\n" +
    `Options:\n${RESOURCE_LINE}${JSON_LINE}${HELP_LINE}\n${FOOTER}`,
};
