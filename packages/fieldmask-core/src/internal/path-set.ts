import { FieldMaskError, type MaskIssue } from "../field-mask-error.js";
import type { MaskOptions } from "../options.js";
import { type FieldPath, type Segment, WILDCARD } from "../wildcard.js";
import { formatSegment } from "./format-segment.js";
import { describePath, makeIssue } from "./issue.js";
import { resolveLimits } from "./limits.js";
import { scanPath } from "./scan-path.js";

/**
 * Parses every path of a mask for the mask algebra, collecting all issues and throwing them together.
 * Duplicates are allowed here: the algebra removes them.
 * @internal
 */
export function parsePaths(
  mask: readonly string[],
  options: MaskOptions | undefined,
  what: string,
  issues: MaskIssue[],
): FieldPath[] {
  const out: FieldPath[] = [];
  if (!Array.isArray(mask)) {
    issues.push(
      makeIssue(
        "not_an_array",
        `${what} is not an array of paths`,
        undefined,
        undefined,
        undefined,
        undefined,
      ),
    );
    return out;
  }
  const limits = resolveLimits(options);
  if (mask.length > limits.maxPaths) {
    issues.push(
      makeIssue(
        "limit_exceeded",
        `${what} has ${mask.length} paths, more than the limit of ${limits.maxPaths}`,
        undefined,
        undefined,
        undefined,
        undefined,
      ),
    );
    return out;
  }
  const syntax = options?.syntax ?? "backslash";
  for (let index = 0; index < mask.length; index++) {
    // the own data value only: a getter on the caller's array is never run (the entry reads as undefined)
    const input: unknown = Object.getOwnPropertyDescriptor(mask, index)?.value;
    if (typeof input !== "string") {
      issues.push(
        makeIssue(
          "not_a_string",
          `${what}: path ${index} is not a string`,
          index,
          undefined,
          undefined,
          undefined,
        ),
      );
      continue;
    }
    const segments: Segment[] = [];
    const problem = scanPath(input, syntax, limits.maxSegments, limits.maxPathLength, segments, undefined);
    if (problem !== undefined) {
      const column = problem.at + 1;
      issues.push(
        makeIssue(
          problem.code,
          `${what}: ${describePath(input, index)} ${problem.reason} at column ${column}`,
          index,
          input,
          column,
          segments,
        ),
      );
      continue;
    }
    out.push(segments);
  }
  return out;
}

/**
 * Throws the collected issues, if any.
 * @internal
 */
export function throwIssues(issues: MaskIssue[]): void {
  if (issues.length > 0) throw new FieldMaskError(issues);
}

/**
 * Canonical order: segment by segment, a wildcard before any key, keys by UTF-16 code units (JavaScript's
 * own string order, as Java and Python compare), and a path before its sub-paths.
 * @internal
 */
export function comparePaths(a: FieldPath, b: FieldPath): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as Segment;
    const y = b[i] as Segment;
    if (x === y) continue;
    if (x === WILDCARD) return -1;
    if (y === WILDCARD) return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

interface TrieNode {
  readonly children: Map<Segment, TrieNode>;
  terminal: boolean;
}

/**
 * A set of paths as a segment trie, answering "does another path cover this one" without recursion.
 * @internal
 */
export class PathTrie {
  private readonly root: TrieNode = { children: new Map(), terminal: false };

  add(path: FieldPath): void {
    let node = this.root;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as Segment;
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { children: new Map(), terminal: false };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.terminal = true;
  }

  /**
   * Whether some path in the set covers `path`; with `strict`, a path equal to `path` does not count.
   * The walk keeps a set of nodes (the literal branch and the wildcard branch), bounded by the trie's width.
   */
  covers(path: FieldPath, strict: boolean): boolean {
    let nodes: TrieNode[] = [this.root];
    let viaWildcard: boolean[] = [false];
    for (let i = 0; i < path.length; i++) {
      for (let k = 0; k < nodes.length; k++) if ((nodes[k] as TrieNode).terminal) return true;
      const segment = path[i] as Segment;
      const next: TrieNode[] = [];
      const nextVia: boolean[] = [];
      for (let k = 0; k < nodes.length; k++) {
        const node = nodes[k] as TrieNode;
        const via = viaWildcard[k] as boolean;
        const same = node.children.get(segment);
        if (same !== undefined) {
          next.push(same);
          nextVia.push(via);
        }
        if (segment !== WILDCARD) {
          const any = node.children.get(WILDCARD);
          if (any !== undefined) {
            next.push(any);
            nextVia.push(true);
          }
        }
      }
      if (next.length === 0) return false;
      nodes = next;
      viaWildcard = nextVia;
    }
    for (let k = 0; k < nodes.length; k++) {
      if ((nodes[k] as TrieNode).terminal && (!strict || (viaWildcard[k] as boolean))) return true;
    }
    return false;
  }
}

/**
 * Dedupes, drops every path covered by another, and sorts.
 * @internal
 */
export function canonicalPaths(paths: readonly FieldPath[]): FieldPath[] {
  const trie = new PathTrie();
  for (let i = 0; i < paths.length; i++) trie.add(paths[i] as FieldPath);
  const sorted = paths.slice().sort(comparePaths);
  const out: FieldPath[] = [];
  let previous: FieldPath | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const path = sorted[i] as FieldPath;
    // equal paths are adjacent once sorted
    if (previous !== undefined && comparePaths(previous, path) === 0) continue;
    previous = path;
    if (!trie.covers(path, true)) out.push(path);
  }
  return out;
}

/**
 * Formats canonical paths back to text.
 * @internal
 */
export function formatPaths(paths: readonly FieldPath[], options: MaskOptions | undefined): string[] {
  const syntax = options?.syntax ?? "backslash";
  const out: string[] = [];
  for (let p = 0; p < paths.length; p++) {
    const path = paths[p] as FieldPath;
    let text = "";
    for (let i = 0; i < path.length; i++) {
      text +=
        i === 0
          ? formatSegment(path[i] as Segment, syntax, false)
          : `.${formatSegment(path[i] as Segment, syntax, false)}`;
    }
    out.push(text);
  }
  return out;
}
