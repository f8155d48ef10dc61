import { FieldMaskError } from "./field-mask-error.js";
import { formatSegment } from "./internal/format-segment.js";
import { makeIssue } from "./internal/issue.js";
import { isPathSegment } from "./internal/scan-path.js";
import type { PathOptions } from "./options.js";
import { type FieldPath, WILDCARD } from "./wildcard.js";

/**
 * Writes decoded segments as path text, in the shortest form that {@link parsePath} reads back to the same
 * segments: in the `backslash` syntax only `.`, `\` and a literal `*` key are escaped; in the `backtick`
 * syntax a segment stays bare only when it is an identifier (`[A-Za-z_][A-Za-z0-9_]*`, AIP-161's bare form)
 * and is otherwise quoted, with every `` ` `` and `\` escaped.
 *
 * @param segments - The decoded segments; {@link WILDCARD} is written as a bare `*`.
 * @param options - `syntax` picks the dialect.
 * @returns The path text.
 * @throws {@link FieldMaskError} (`empty_path`, `empty_segment`, `forbidden_segment`, `not_a_string`) when there
 *   are no segments, or one is `""`, `__proto__`/`constructor`/`prototype` or not a string, which no path text
 *   can express.
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
    // refused, never coerced: parsePath could not read such a segment back either
    if (!isPathSegment(segment)) {
      const bad = typeof segment === "string";
      throw new FieldMaskError([
        makeIssue(
          bad ? "forbidden_segment" : "not_a_string",
          bad
            ? `Cannot format the forbidden segment ${JSON.stringify(segment)} (segment ${i + 1})`
            : `Cannot format segment ${i + 1}: it is not a string`,
          undefined,
          undefined,
          undefined,
          segments.slice(0, i),
        ),
      ]);
    }
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
