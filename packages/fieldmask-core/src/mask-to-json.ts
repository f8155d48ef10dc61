import type { MaskIssue } from "./field-mask-error.js";
import { snakeToCamel } from "./internal/camel-case.js";
import { formatSegment } from "./internal/format-segment.js";
import { makeIssue } from "./internal/issue.js";
import { parsePaths, throwIssues } from "./internal/path-set.js";
import type { MaskOptions } from "./options.js";
import type { FieldPath, Segment } from "./wildcard.js";

/** Options of {@link maskToJson} and {@link maskFromJson}. */
export interface JsonMaskOptions extends MaskOptions {
  /**
   * Convert each key between snake_case (in the mask) and lowerCamelCase (in the JSON form), as protobuf's
   * JSON mapping does. Irreversible keys are refused: an uppercase letter or a stray `_` going out, a `_`
   * coming in. Default `false`.
   */
  readonly camelCase?: boolean;
}

/**
 * Writes a mask in the protobuf JSON form of `google.protobuf.FieldMask`: paths joined by commas (`"a.b,c"`).
 * A comma inside a key is escaped (`\,`) in the backslash syntax and quoted in the backtick syntax, so
 * {@link maskFromJson} reads it back.
 *
 * @param mask - Path strings.
 * @param options - `camelCase`, `syntax`, `limits`.
 * @returns The JSON string value (without the JSON quotes).
 * @throws {@link FieldMaskError} with every bad path (an empty path is an error, not skipped) and every key
 *   that cannot be camel-cased.
 *
 * @example
 * ```ts
 * maskToJson(["foo", "bar_baz.qux"], { camelCase: true }); // "foo,barBaz.qux"
 * ```
 */
export function maskToJson(mask: readonly string[], options?: JsonMaskOptions): string {
  const issues: MaskIssue[] = [];
  const paths = parsePaths(mask, options, "The mask", issues);
  throwIssues(issues);
  const syntax = options?.syntax ?? "backslash";
  const camel = options?.camelCase === true;
  let out = "";
  for (let p = 0; p < paths.length; p++) {
    const path = paths[p] as FieldPath;
    let text = "";
    for (let i = 0; i < path.length; i++) {
      let segment = path[i] as Segment;
      if (camel && typeof segment === "string") {
        const converted = snakeToCamel(segment);
        if (converted.error !== undefined) {
          issues.push(
            makeIssue(
              "invalid_value",
              `Path ${p}: ${converted.error}`,
              p,
              mask[p],
              undefined,
              path.slice(0, i),
            ),
          );
          break;
        }
        segment = converted.text;
      }
      text += i === 0 ? formatSegment(segment, syntax, true) : `.${formatSegment(segment, syntax, true)}`;
    }
    out += p === 0 ? text : `,${text}`;
  }
  throwIssues(issues);
  return out;
}
