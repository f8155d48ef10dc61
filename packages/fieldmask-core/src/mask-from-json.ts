import { FieldMaskError, type MaskIssue } from "./field-mask-error.js";
import { camelToSnake } from "./internal/camel-case.js";
import { makeIssue } from "./internal/issue.js";
import { resolveLimits } from "./internal/limits.js";
import { formatPaths, parsePaths, throwIssues } from "./internal/path-set.js";
import type { JsonMaskOptions } from "./mask-to-json.js";
import type { FieldPath, Segment } from "./wildcard.js";

const COMMA = 44;
const BACKSLASH = 92;
const BACKTICK = 96;

// Splits at commas that are not escaped (backslash syntax) or quoted (backtick syntax), in one pass.
// Empty pieces are skipped, as Java and C# do (`",foo,,bar,"` is `["foo", "bar"]`).
function splitPaths(text: string, backtick: boolean, maxPaths: number): string[] | undefined {
  const pieces: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH && (quoted || !backtick)) {
      i++;
    } else if (c === BACKTICK && backtick) {
      quoted = !quoted;
    } else if (c === COMMA && !quoted) {
      if (i > start) pieces.push(text.slice(start, i));
      if (pieces.length > maxPaths) return undefined;
      start = i + 1;
    }
  }
  if (text.length > start) pieces.push(text.slice(start));
  return pieces.length > maxPaths ? undefined : pieces;
}

/**
 * Reads the protobuf JSON form of a mask (`"a.b,c"`) into path strings, written in their shortest form.
 * `""` is the empty mask.
 *
 * @param text - The JSON string value (without the JSON quotes).
 * @param options - `camelCase` (convert lowerCamelCase keys back to snake_case), `syntax`, `limits`.
 * @returns The paths, in the order given.
 * @throws {@link FieldMaskError} with every bad path and every key that cannot come from lowerCamelCase.
 *
 * @example
 * ```ts
 * maskFromJson("foo.barBaz,qux", { camelCase: true }); // ["foo.bar_baz", "qux"]
 * ```
 */
export function maskFromJson(text: string, options?: JsonMaskOptions): string[] {
  const issues: MaskIssue[] = [];
  if (typeof text !== "string") {
    issues.push(
      makeIssue(
        "not_a_string",
        "The JSON form of a mask must be a string",
        undefined,
        undefined,
        undefined,
        undefined,
      ),
    );
    throwIssues(issues);
  }
  const limits = resolveLimits(options);
  const pieces = splitPaths(text, options?.syntax === "backtick", limits.maxPaths);
  if (pieces === undefined) {
    issues.push(
      makeIssue(
        "limit_exceeded",
        `The mask has more than ${limits.maxPaths} paths`,
        undefined,
        undefined,
        undefined,
        undefined,
      ),
    );
    throw new FieldMaskError(issues);
  }
  const paths = parsePaths(pieces, options, "The mask", issues);
  throwIssues(issues);
  if (options?.camelCase !== true) return formatPaths(paths, options);
  const converted: FieldPath[] = [];
  for (let p = 0; p < paths.length; p++) {
    const path = paths[p] as FieldPath;
    const out: Segment[] = [];
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as Segment;
      if (typeof segment !== "string") {
        out.push(segment);
        continue;
      }
      const snake = camelToSnake(segment);
      if (snake.error !== undefined) {
        issues.push(makeIssue("invalid_value", `Path ${p}: ${snake.error}`, p, pieces[p], undefined, out));
        break;
      }
      out.push(snake.text);
    }
    converted.push(out);
  }
  throwIssues(issues);
  return formatPaths(converted, options);
}
