import type { MaskIssue } from "./field-mask-error.js";
import { PathTrie, parsePaths, throwIssues } from "./internal/path-set.js";
import type { MaskOptions } from "./options.js";
import type { FieldPath } from "./wildcard.js";

/**
 * Whether a mask covers a path: some mask path equals it or is a segment-wise prefix of it (`foo.bar` covers
 * `foo.bar.baz` but not `foo` nor `foo.bar0`). A wildcard in the mask stands for any key (`a.*` covers `a.b.c`);
 * a wildcard in the path is covered only by a wildcard (`a.b` does not cover `a.*`).
 *
 * @param mask - Path strings.
 * @param path - One path.
 * @param options - `syntax` and `limits`.
 * @returns `true` when covered.
 * @throws {@link FieldMaskError} with every bad path, the tested path included (an empty path is an error).
 *
 * @example
 * ```ts
 * maskCovers(["foo.bar"], "foo.bar.baz"); // true
 * maskCovers(["foo.bar"], "foo");         // false
 * ```
 */
export function maskCovers(mask: readonly string[], path: string, options?: MaskOptions): boolean {
  const issues: MaskIssue[] = [];
  const paths = parsePaths(mask, options, "The mask", issues);
  const tested = parsePaths([path], options, "The tested path", issues);
  throwIssues(issues);
  const trie = new PathTrie();
  for (let i = 0; i < paths.length; i++) trie.add(paths[i] as FieldPath);
  return trie.covers(tested[0] as FieldPath, false);
}
