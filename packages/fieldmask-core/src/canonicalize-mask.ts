import type { MaskIssue } from "./field-mask-error.js";
import { canonicalPaths, formatPaths, parsePaths, throwIssues } from "./internal/path-set.js";
import type { MaskOptions } from "./options.js";

/**
 * Brings a mask to canonical form (protobuf FieldMaskUtil's `ToCanonicalForm`): removes duplicates, drops every
 * path covered by another (`a` covers `a.b`; `a.*` covers `a.b` and `a.b.c`), sorts segment by segment (a
 * wildcard first, then keys by UTF-16 code units; a path before its sub-paths), and writes each path in its
 * shortest form.
 *
 * @param mask - Path strings.
 * @param options - `syntax` (for reading and writing) and `limits`.
 * @returns The canonical mask.
 * @throws {@link FieldMaskError} with every bad path (an empty path is an error, not silently dropped).
 *
 * @example
 * ```ts
 * canonicalizeMask(["foo.b1", "bar.b1", "foo.b2", "bar"]); // ["bar", "foo.b1", "foo.b2"]
 * ```
 */
export function canonicalizeMask(mask: readonly string[], options?: MaskOptions): string[] {
  const issues: MaskIssue[] = [];
  const paths = parsePaths(mask, options, "The mask", issues);
  throwIssues(issues);
  return formatPaths(canonicalPaths(paths), options);
}
