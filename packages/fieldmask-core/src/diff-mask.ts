import type { Grammar } from "./compile-grammar.js";
import { type DiffContext, diffNode } from "./internal/diff-engine.js";
import { finishDiff, rootError } from "./internal/diff-result.js";
import { isPlainObject } from "./internal/json-data.js";
import { resolveLimits } from "./internal/limits.js";

/** Options of {@link diffMask} and {@link maskFromPatches}. */
export interface DiffOptions {
  /** Use paths that the grammar admits only through a trailing `.**` pattern. Default `false`. */
  readonly subPaths?: boolean;
}

/** A change between two documents that no allowed path can express. */
export interface Unexpressible {
  /** Where the change is, in the grammar's path syntax. */
  readonly path: string;
  readonly kind: "added" | "changed" | "removed";
  /** Why no allowed path carries it. */
  readonly reason: string;
}

/** An update request computed from two documents: `applyMask(before, body, mask)` gives `after`, except for `unexpressible`. */
export interface MaskDiff {
  /** Canonical, sorted, non-overlapping paths. */
  mask: string[];
  /** Holds the new value at each mask path (shared with `after`, not copied). */
  body: Record<string, unknown>;
  /** Every change the mask does not carry; empty when the round trip is exact. */
  unexpressible: Unexpressible[];
}

/**
 * Computes the update mask and body that turn `before` into `after`, using only paths the grammar allows.
 * Each change is carried by the most specific allowed path (one changed object → that object's path, with only
 * that object in the body); a shallower path is used only when needed, e.g. a key removed from a map is sent as
 * the map's path with the whole new map, because a mask path with no value in the body is an error. Lists are
 * compared deeply and replaced whole. Paths admitted only through a `.**` pattern are used only with
 * `options.subPaths`. Every change no allowed path can carry (a read-only field, a removal whose parent path
 * is not allowed) is listed in `unexpressible`; nothing is dropped silently.
 *
 * Subtrees that are the same reference in both documents are skipped without being walked, so diffing the
 * result of an immutable edit costs in proportion to what changed.
 *
 * @param before - The current document (a plain object).
 * @param after - The wanted document (a plain object).
 * @param grammar - The allow-list of update paths, from `compileGrammar`.
 * @param options - `subPaths`.
 * @returns `{ mask, body, unexpressible }`; `diffMask(x, x, g)` gives an empty mask and body.
 * @throws {@link FieldMaskError} when a root is not a plain object (`not_traversable`) or the documents are
 *   deeper or larger than the grammar's `maxDepth`/`maxNodes` limits where they differ (`limit_exceeded`).
 *
 * @example
 * ```ts
 * const grammar = compileGrammar(["config.read.objects.<name>", "config.write.objects"]);
 * const before = { id: "1", config: { read: { objects: { a: { s: 1 }, b: { s: 2 } } }, write: { objects: { x: {} } } } };
 * const after = { id: "2", config: { read: { objects: { a: { s: 9 }, b: { s: 2 } } }, write: { objects: {} } } };
 * diffMask(before, after, grammar);
 * // { mask: ["config.read.objects.a", "config.write.objects"],
 * //   body: { config: { read: { objects: { a: { s: 9 } } }, write: { objects: {} } } },
 * //   unexpressible: [{ path: "id", kind: "changed", reason: "no allowed path covers this field (it may be read-only)" }] }
 * ```
 */
export function diffMask(before: unknown, after: unknown, grammar: Grammar, options?: DiffOptions): MaskDiff {
  const subPaths = options?.subPaths === true;
  if (before === after) return { mask: [], body: {}, unexpressible: [] };
  if (!isPlainObject(before)) throw rootError("diffMask: before", before);
  if (!isPlainObject(after)) throw rootError("diffMask: after", after);
  const limits = resolveLimits(grammar.options);
  const ctx: DiffContext = {
    grammar,
    subPaths,
    maxDepth: limits.maxDepth,
    maxNodes: limits.maxNodes,
    segments: [],
    found: [],
    pending: [],
  };
  diffNode(ctx, before, after);
  return finishDiff(grammar, ctx.found, ctx.pending, subPaths);
}
