import { FieldMaskError } from "./field-mask-error.js";
import { formatSegment } from "./internal/format-segment.js";
import { makeIssue } from "./internal/issue.js";
import type { PathOptions } from "./options.js";
import type { FieldPath } from "./wildcard.js";

/**
 * Writes decoded segments as path text, in the shortest form that {@link parsePath} reads back to the same
 * segments: in the `backslash` syntax only `.`, `\` and a literal `*` key are escaped; in the `backtick`
 * syntax a segment stays bare only when it is an identifier (`[A-Za-z_][A-Za-z0-9_]*`, AIP-161's bare form)
 * and is otherwise quoted, with every `` ` `` and `\` escaped.
 *
 * @param segments - The decoded segments; {@link WILDCARD} is written as a bare `*`.
 * @param options - `syntax` picks the dialect.
 * @returns The path text.
 * @throws {@link FieldMaskError} (`empty_path`, `empty_segment`) when there are no segments or one is `""`,
 *   which no path text can express.
 *
 * @example
 * ```ts
 * formatPath(["field.with.dots", WILDCARD]);                  // "field\\.with\\.dots.*"
 * formatPath(["reviews", "John Smith"], { syntax: "backtick" }); // "reviews.`John Smith`"
 * ```
 */
export function formatPath(segments: FieldPath, options?: PathOptions): string {
  const syntax = options?.syntax ?? "backslash";
  const n = segments.length;
  if (n === 0) {
    throw new FieldMaskError([
      makeIssue(
        "empty_path",
        "Cannot format a path with no segments",
        undefined,
        undefined,
        undefined,
        segments,
      ),
    ]);
  }
  let out = "";
  for (let i = 0; i < n; i++) {
    const segment = segments[i] as FieldPath[number];
    if (segment === "") {
      throw new FieldMaskError([
        makeIssue(
          "empty_segment",
          `Cannot format an empty segment (segment ${i + 1})`,
          undefined,
          undefined,
          undefined,
          segments.slice(0, i),
        ),
      ]);
    }
    out += i === 0 ? formatSegment(segment, syntax, false) : `.${formatSegment(segment, syntax, false)}`;
  }
  return out;
}
