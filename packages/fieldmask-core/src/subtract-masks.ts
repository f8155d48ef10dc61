import type { MaskIssue } from "./field-mask-error.js";
import { canonicalPaths, formatPaths, PathTrie, parsePaths, throwIssues } from "./internal/path-set.js";
import type { MaskOptions } from "./options.js";
import type { FieldPath } from "./wildcard.js";

/**
 * Removes from `a` every path that `b` covers, in canonical form. Schema-free, like Java's FieldMaskUtil
 * `subtract`: a path of `a` that `b` only partly covers is kept whole (`["foo"] − ["foo.bar"]` is `["foo"]`),
 * because without a schema there is no list of the remaining fields to expand it into (C++'s schema-aware
 * `Subtract` would). So `subtract(a, b)` covers every path `a` covers and `b` does not, and nothing `a` does
 * not cover.
 *
 * @param a - Path strings.
 * @param b - Path strings to remove.
 * @param options - `syntax` and `limits`.
 * @returns The canonical difference.
 * @throws {@link FieldMaskError} with every bad path of both masks.
 *
 * @example
 * ```ts
 * subtractMasks(["bar.baz", "bar.quz.bar", "foo"], ["bar.quz.bar"]); // ["bar.baz", "foo"]
 * ```
 */
export function subtractMasks(a: readonly string[], b: readonly string[], options?: MaskOptions): string[] {
  const issues: MaskIssue[] = [];
  const left = canonicalPaths(parsePaths(a, options, "The first mask", issues));
  const right = parsePaths(b, options, "The second mask", issues);
  throwIssues(issues);
  const removed = new PathTrie();
  for (let i = 0; i < right.length; i++) removed.add(right[i] as FieldPath);
  const kept: FieldPath[] = [];
  for (let i = 0; i < left.length; i++) {
    const path = left[i] as FieldPath;
    if (!removed.covers(path, false)) kept.push(path);
  }
  return formatPaths(kept, options);
}
