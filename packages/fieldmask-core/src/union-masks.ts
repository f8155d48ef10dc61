import type { MaskIssue } from "./field-mask-error.js";
import { canonicalPaths, formatPaths, parsePaths, throwIssues } from "./internal/path-set.js";
import type { MaskOptions } from "./options.js";

/**
 * The union of two masks: every path either covers, in canonical form (protobuf FieldMaskUtil's `Union`).
 *
 * @param a - Path strings.
 * @param b - Path strings.
 * @param options - `syntax` and `limits`.
 * @returns The canonical union.
 * @throws {@link FieldMaskError} with every bad path of both masks.
 *
 * @example
 * ```ts
 * unionMasks(["foo.bar.baz", "quz"], ["foo.bar", "bar"]); // ["bar", "foo.bar", "quz"]
 * ```
 */
export function unionMasks(a: readonly string[], b: readonly string[], options?: MaskOptions): string[] {
  const issues: MaskIssue[] = [];
  const left = parsePaths(a, options, "The first mask", issues);
  const right = parsePaths(b, options, "The second mask", issues);
  throwIssues(issues);
  return formatPaths(canonicalPaths(left.concat(right)), options);
}
