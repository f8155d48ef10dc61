import type { Grammar } from "./compile-grammar.js";
import type { DiffOptions, MaskDiff, Unexpressible } from "./diff-mask.js";
import { FieldMaskError, type MaskIssue } from "./field-mask-error.js";
import {
  type FoundPath,
  finishDiff,
  isUsablePath,
  type PendingChange,
  rootError,
} from "./internal/diff-result.js";
import { makeIssue } from "./internal/issue.js";
import { ABSENT, isPlainObject } from "./internal/json-data.js";
import { resolveLimits } from "./internal/limits.js";

/** One recorded change, in immer's patch shape (no immer import needed). */
export interface PatchRecord {
  readonly op: "add" | "replace" | "remove";
  /** Keys from the root; a number is a list index. */
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

const hasOwn = Object.prototype.hasOwnProperty;

interface Chosen {
  readonly children: Map<string, Chosen>;
  /** Set when this path was chosen: it covers everything below it. */
  value: unknown;
  chosen: boolean;
}

function chosenNode(): Chosen {
  return { children: new Map(), value: undefined, chosen: false };
}

// The changes no path carries by itself, by path. A trie, not joined keys: a key may hold any character, so no
// separator can keep two different paths apart.
interface Pending {
  readonly children: Map<string, Pending>;
  /** The kinds already recorded for exactly this path. */
  readonly kinds: Set<Unexpressible["kind"]>;
}

function pendingNode(): Pending {
  return { children: new Map(), kinds: new Set() };
}

// Whether a strict prefix of the path was removed: the removal of the subtree already says it all.
function underRemoval(root: Pending, segments: readonly string[]): boolean {
  let node = root;
  for (let i = 0; i < segments.length - 1; i++) {
    // every prefix of a pending path is in the trie: putting the path there made it
    node = node.children.get(segments[i] as string) as Pending;
    if (node.kinds.has("removed")) return true;
  }
  return false;
}

// The value at a path of `after`, by own properties only, or ABSENT.
function valueAt(after: unknown, segments: readonly string[], length: number): unknown {
  let value = after;
  for (let i = 0; i < length; i++) {
    if (!isPlainObject(value)) return ABSENT;
    const key = segments[i] as string;
    if (!hasOwn.call(value, key)) return ABSENT;
    value = value[key];
    if (value === undefined) return ABSENT;
  }
  return value;
}

function badPatch(index: number, reason: string): MaskIssue {
  return makeIssue("invalid_value", `Patch ${index} ${reason}`, index, undefined, undefined, undefined, [
    index,
  ]);
}

/**
 * Builds the same `{ mask, body, unexpressible }` as {@link diffMask} from the change records an editor kept
 * (immer's patches: `produceWithPatches`, or `enablePatches` + `produce(…, recipe, listener)`), in time
 * proportional to the number of patches rather than to the size of the documents. Each patch is carried by the
 * deepest allowed path at or above it (a removal: strictly above it) that still has a value in `after`; a change
 * inside a list is a change of the whole list.
 *
 * @param patches - The patches, in the order they were made.
 * @param grammar - The allow-list of update paths.
 * @param after - The document after the patches; the body's values are read from it.
 * @param options - `subPaths`.
 * @returns `{ mask, body, unexpressible }`.
 * @throws {@link FieldMaskError} when `after` is not a plain object or a patch is malformed (`invalid_value`).
 *
 * @example
 * ```ts
 * const [next, patches] = produceWithPatches(installation, (draft) => {
 *   draft.config.content.read.objects.contacts.schedule = "*\/5 * * * *";
 * });
 * maskFromPatches(patches, grammar, next).mask; // ["config.content.read.objects.contacts"]
 * ```
 */
export function maskFromPatches(
  patches: readonly PatchRecord[],
  grammar: Grammar,
  after: unknown,
  options?: DiffOptions,
): MaskDiff {
  const subPaths = options?.subPaths === true;
  // no mask path is longer than this, so keys past it only say "the subtree at this prefix changed"; it also
  // bounds the prefix search below, which is quadratic in the number of keys kept
  const maxSegments = resolveLimits(grammar.options).maxSegments;
  if (!isPlainObject(after)) throw rootError("maskFromPatches: after", after);
  if (!Array.isArray(patches)) throw new FieldMaskError([badPatch(0, "list is not an array")]);
  const root = chosenNode();
  const pending: PendingChange[] = [];
  const pendingRoot = pendingNode();
  const issues: MaskIssue[] = [];
  for (let p = 0; p < patches.length; p++) {
    const patch = patches[p] as PatchRecord;
    const op: unknown = patch?.op;
    const path: unknown = patch?.path;
    if ((op !== "add" && op !== "replace" && op !== "remove") || !Array.isArray(path)) {
      issues.push(badPatch(p, "is not { op: add | replace | remove, path: array }"));
      continue;
    }
    // keys up to the first list index (a list is one value, replaced whole) or the segment limit: either way the
    // patch changed the subtree at the kept prefix
    const segments: string[] = [];
    let inList = false;
    let bad = false;
    for (let i = 0; i < path.length; i++) {
      const key: unknown = path[i];
      if (typeof key === "number" || i === maxSegments) {
        inList = true;
        break;
      }
      if (typeof key !== "string") {
        issues.push(badPatch(p, `has a path key that is neither a string nor a number (at ${i})`));
        bad = true;
        break;
      }
      segments.push(key);
    }
    if (bad) continue;
    // the net effect is what counts, as diffMask would see it: nothing at the path now is a removal (also of a
    // value a later patch removed again); something there after a removal is a change of what is there now
    const now = valueAt(after, segments, segments.length);
    const kind: Unexpressible["kind"] =
      now === ABSENT ? "removed" : inList || op !== "add" ? "changed" : "added";
    // the longest allowed prefix that has a value in `after` (for a removal, at most the parent)
    let length = segments.length;
    for (; length > 0; length--) {
      const prefix = segments.slice(0, length);
      if (isUsablePath(grammar, prefix, subPaths) && valueAt(after, segments, length) !== ABSENT) break;
    }
    if (length === 0) {
      let at = pendingRoot;
      for (let i = 0; i < segments.length; i++) {
        const key = segments[i] as string;
        let child = at.children.get(key);
        if (child === undefined) {
          child = pendingNode();
          at.children.set(key, child);
        }
        at = child;
      }
      if (!at.kinds.has(kind)) {
        at.kinds.add(kind);
        pending.push({ segments, kind });
      }
      continue;
    }
    let node = root;
    for (let i = 0; i < length && !node.chosen; i++) {
      const key = segments[i] as string;
      let child = node.children.get(key);
      if (child === undefined) {
        child = chosenNode();
        node.children.set(key, child);
      }
      node = child;
    }
    if (!node.chosen) {
      node.chosen = true;
      node.value = valueAt(after, segments, length);
      node.children.clear();
    }
  }
  if (issues.length > 0) throw new FieldMaskError(issues);
  // the chosen paths, shallowest first: a chosen path covers what was chosen below it before it
  const found: FoundPath[] = [];
  const work: Chosen[] = [root];
  const paths: string[][] = [[]];
  while (work.length > 0) {
    const node = work.pop() as Chosen;
    const at = paths.pop() as string[];
    if (node.chosen) {
      found.push({ segments: at, value: node.value });
      continue;
    }
    for (const [key, child] of node.children) {
      work.push(child);
      paths.push(at.concat(key));
    }
  }
  // (a pending change never sits under a chosen path: choosing a prefix needs the same allowed path and value
  // that would have carried the change itself.) A change under a removed subtree is said by that removal.
  const left: PendingChange[] = [];
  for (let i = 0; i < pending.length; i++) {
    const change = pending[i] as PendingChange;
    if (!underRemoval(pendingRoot, change.segments)) left.push(change);
  }
  return finishDiff(grammar, found, left, subPaths);
}
