import type { MaskIssue, Segment } from "@fieldmask/core";
import type { InputValidationIssue, InputValidationProblem } from "../types.js";
import type { AmpersandIssueCode } from "../update-options.js";

const TITLES: Readonly<Record<AmpersandIssueCode, string>> = {
  empty_mask: "Empty update mask",
  not_an_array: "Update mask is not an array",
  not_a_string: "Path is not a string",
  empty_path: "Empty path",
  empty_segment: "Empty path segment",
  dangling_escape: "Dangling escape",
  unterminated_quote: "Unterminated quote",
  unexpected_character: "Unexpected character",
  forbidden_segment: "Forbidden path segment",
  limit_exceeded: "Limit exceeded",
  not_allowed: "Path not allowed",
  duplicate_path: "Duplicate path",
  missing_value: "Missing value",
  invalid_value: "Invalid value",
  not_traversable: "Path not traversable",
  ignored_field: "Field not in update mask",
  no_connection_resolver: "Connection cannot be resolved",
  unknown_connection: "Unknown connection",
};

/**
 * Formats a location in the body the way problem.yaml's example does (`items[0].examplePropertyWithPattern`):
 * keys joined with dots (a `.` or `\` inside a key escaped with `\`, Ampersand's path rule), array indexes in brackets.
 * @internal
 */
export function formatName(head: string, path: readonly (string | number)[]): string {
  let name = head;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === "number") name += `[${key}]`;
    else {
      const escaped = (key as string).replace(/[.\\]/g, "\\$&");
      name += name === "" ? escaped : `.${escaped}`;
    }
  }
  return name;
}

/**
 * Reads the value at `path` in `root`, own data properties only (no getters run, nothing inherited).
 * @internal
 */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    if (typeof node !== "object" || node === null) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(node, String(path[i]));
    node = descriptor === undefined ? undefined : descriptor.value;
  }
  return node;
}

/**
 * Builds one InputValidationIssue. `context` carries the issue code, and the 1-based column and the
 * did-you-mean suggestion when there are some, so a CLI can draw a caret under the path.
 * @internal
 */
export function makeProblemIssue(
  code: AmpersandIssueCode,
  detail: string,
  name: string,
  value: unknown,
  column: number | undefined,
  suggestion: string | undefined,
  remedy: string | undefined,
): InputValidationIssue {
  const context: { code: AmpersandIssueCode; column?: number; suggestion?: string } = { code };
  if (column !== undefined) context.column = column;
  if (suggestion !== undefined) context.suggestion = suggestion;
  const issue: InputValidationIssue = { type: "about:blank", title: TITLES[code], detail, in: "body", name };
  // JSON has no undefined: a missing value is left out rather than sent as a key that JSON.stringify drops
  if (value !== undefined) issue.value = value;
  issue.context = context;
  if (remedy !== undefined) issue.remedy = remedy;
  return issue;
}

/**
 * Turns a core issue into an InputValidationIssue: mask problems are named `updateMask[i]` (or `updateMask`
 * for the mask as a whole), value problems by their place in the body, `installation.config.content.proxy.enabled`.
 * @internal
 */
export function fromMaskIssue(
  issue: MaskIssue,
  bodyKey: string,
  body: { readonly updateMask: unknown; readonly resource: unknown },
  patterns: readonly string[],
  aliases: Readonly<Record<string, string>> | undefined,
): InputValidationIssue {
  const code = issue.code;
  let suggestion = issue.suggestion;
  if (
    code === "not_allowed" &&
    suggestion === undefined &&
    aliases !== undefined &&
    issue.input !== undefined
  ) {
    suggestion = Object.hasOwn(aliases, issue.input) ? aliases[issue.input] : undefined;
  }
  let name: string;
  let value: unknown;
  if (
    issue.valuePath !== undefined &&
    (code === "missing_value" || code === "invalid_value" || code === "not_traversable")
  ) {
    name = formatName(bodyKey, issue.valuePath);
    value = valueAt(body.resource, issue.valuePath);
  } else if (issue.index !== undefined) {
    name = `updateMask[${issue.index}]`;
    value = valueAt(body.updateMask, [issue.index]);
  } else {
    name = "updateMask";
    value = body.updateMask;
  }
  let remedy: string | undefined;
  let column = issue.column;
  if (code === "not_allowed") {
    if (suggestion !== undefined) remedy = `Did you mean "${suggestion}"?`;
    else {
      const near = nearestPatterns(patterns, issue.segments);
      remedy =
        near === undefined
          ? `Allowed paths: ${patterns.join(", ")}`
          : `Allowed paths under ${near.prefix}: ${near.patterns.join(", ")}`;
      if (near !== undefined && column === undefined && issue.input !== undefined)
        column = columnOfSegment(issue.input, near.shared);
    }
  } else if (code === "missing_value") {
    remedy = `Add a value at ${name}, or remove the path from updateMask.`;
  } else if (code === "duplicate_path") {
    remedy = "List each path once.";
  } else if (code === "empty_mask") {
    remedy = `List at least one path. Allowed paths: ${patterns.join(", ")}`;
  }
  return makeProblemIssue(code, issue.message, name, value, column, suggestion, remedy);
}

/**
 * The patterns sharing the most leading segments (at least one) with a path no pattern admits, and that shared
 * prefix: for `config.content.provider`, everything under `config.content`. A `<placeholder>` or `*` in a
 * pattern shares any key.
 */
function nearestPatterns(
  patterns: readonly string[],
  segments: readonly Segment[],
): { prefix: string; shared: number; patterns: string[] } | undefined {
  let best = 0;
  let near: string[] = [];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] as string;
    const parts = pattern.split(".");
    let shared = 0;
    while (shared < parts.length && shared < segments.length) {
      const part = parts[shared] as string;
      if (part !== segments[shared] && part !== "*" && !part.startsWith("<")) break;
      shared++;
    }
    if (shared > best) {
      best = shared;
      near = [pattern];
    } else if (shared === best && shared > 0) near.push(pattern);
  }
  if (best === 0) return undefined;
  return { prefix: (near[0] as string).split(".").slice(0, best).join("."), shared: best, patterns: near };
}

/** The 1-based column where segment `index` starts in path text, when the text has no escapes to count. */
function columnOfSegment(input: string, index: number): number | undefined {
  if (input.includes("\\") || input.includes("`")) return undefined;
  const parts = input.split(".");
  if (index >= parts.length) return undefined;
  let column = 1;
  for (let i = 0; i < index; i++) column += (parts[i] as string).length + 1;
  return column;
}

/**
 * Quotes user text for a message, cut short like core's messages so a huge path cannot make a huge body.
 * @internal
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/**
 * Wraps issues into the problem body of a 400 response.
 * @internal
 */
export function makeProblem(operationId: string, issues: InputValidationIssue[]): InputValidationProblem {
  const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
  return {
    type: "about:blank",
    title: "Bad Request",
    status: 400,
    detail: `The ${operationId} request is invalid (${count}).`,
    issues,
  };
}
