import { FieldMaskError } from "./field-mask-error.js";
import { describePath, makeIssue } from "./internal/issue.js";
import { resolveLimits } from "./internal/limits.js";
import { scanPath } from "./internal/scan-path.js";
import type { MaskOptions } from "./options.js";
import type { Segment } from "./wildcard.js";

/**
 * Reads one path into its decoded segments, in one linear pass.
 *
 * In the default `backslash` syntax `\` escapes the next character (`field\.with\.dots` is one segment);
 * in the `backtick` syntax (AIP-161) a segment may be wrapped in backticks, inside which only `` \` `` and
 * `\\` are escapes. A bare `*` segment decodes to {@link WILDCARD}; an escaped or quoted `*` is the key `"*"`.
 *
 * @param text - The path text.
 * @param options - `syntax` picks the dialect; `limits.maxSegments` and `limits.maxPathLength` bound the work.
 * @returns The decoded segments.
 * @throws {@link FieldMaskError} with one issue (`empty_path`, `empty_segment`, `dangling_escape`,
 *   `unterminated_quote`, `unexpected_character`, `forbidden_segment` or `limit_exceeded`) and its 1-based column.
 *
 * @example
 * ```ts
 * parsePath("config.content.read.objects.contacts"); // ["config", "content", "read", "objects", "contacts"]
 * parsePath("field\\.with\\.dots.*");                // ["field.with.dots", WILDCARD]
 * parsePath("reviews.`John Smith`", { syntax: "backtick" }); // ["reviews", "John Smith"]
 * parsePath("config..read"); // throws FieldMaskError: Path "config..read" has an empty segment at column 8
 * ```
 */
export function parsePath(text: string, options?: MaskOptions): Segment[] {
  const segments: Segment[] = [];
  if (typeof text !== "string") {
    throw new FieldMaskError([
      makeIssue("not_a_string", "Path is not a string", undefined, undefined, undefined, segments),
    ]);
  }
  const limits = resolveLimits(options);
  const problem = scanPath(
    text,
    options?.syntax ?? "backslash",
    limits.maxSegments,
    limits.maxPathLength,
    segments,
    undefined,
  );
  if (problem !== undefined) {
    const column = problem.at + 1;
    const message = `${describePath(text, undefined)} ${problem.reason} at column ${column}`;
    throw new FieldMaskError([makeIssue(problem.code, message, undefined, text, column, segments)]);
  }
  return segments;
}
