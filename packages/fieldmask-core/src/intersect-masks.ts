import type { MaskIssue } from "./field-mask-error.js";
import { canonicalPaths, formatPaths, parsePaths, throwIssues } from "./internal/path-set.js";
import type { MaskOptions } from "./options.js";
import { type FieldPath, type Segment, WILDCARD } from "./wildcard.js";

// The most general path covered by both `p` and `q`, or undefined when none is: segment by segment a key
// meets a wildcard as the key, two keys must be equal, and the longer path's tail is kept. Without wildcards
// this is simply the longer path when one is a prefix of the other.
function meet(p: FieldPath, q: FieldPath): FieldPath | undefined {
  const shorter = p.length <= q.length ? p : q;
  const longer = shorter === p ? q : p;
  let out: Segment[] | undefined;
  for (let i = 0; i < shorter.length; i++) {
    const x = shorter[i] as Segment;
    const y = longer[i] as Segment;
    if (x === y || x === WILDCARD) continue;
    if (y !== WILDCARD) return undefined;
    // the longer path has a wildcard where the shorter has a key: the key narrows it
    out ??= longer.slice();
    out[i] = x;
  }
  return out ?? longer;
}

/**
 * The intersection of two masks: the paths both cover, in canonical form (protobuf FieldMaskUtil's
 * `Intersect`). `["foo"] ∩ ["foo.bar"]` is `["foo.bar"]`; with wildcards `["a.*.c"] ∩ ["a.b"]` is `["a.b.c"]`.
 *
 * @param a - Path strings.
 * @param b - Path strings.
 * @param options - `syntax` and `limits`.
 * @returns The canonical intersection.
 * @throws {@link FieldMaskError} with every bad path of both masks.
 *
 * @example
 * ```ts
 * intersectMasks(["foo", "bar.baz", "bar.quz"], ["foo.bar", "bar"]); // ["bar.baz", "bar.quz", "foo.bar"]
 * ```
 */
export function intersectMasks(a: readonly string[], b: readonly string[], options?: MaskOptions): string[] {
  const issues: MaskIssue[] = [];
  const left = canonicalPaths(parsePaths(a, options, "The first mask", issues));
  const right = canonicalPaths(parsePaths(b, options, "The second mask", issues));
  throwIssues(issues);
  const met: FieldPath[] = [];
  // pairwise on canonical forms; both are bounded by limits.maxPaths
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      const path = meet(left[i] as FieldPath, right[j] as FieldPath);
      if (path !== undefined) met.push(path);
    }
  }
  return formatPaths(canonicalPaths(met), options);
}
