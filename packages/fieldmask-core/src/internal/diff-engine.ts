import type { Grammar } from "../compile-grammar.js";
import { FieldMaskError } from "../field-mask-error.js";
import type { FoundPath, PendingChange } from "./diff-result.js";
import { isUsablePath } from "./diff-result.js";
import { makeIssue } from "./issue.js";
import { ABSENT, isPlainObject } from "./json-data.js";
import { jsonEqual } from "./json-equal.js";

const ownKeys = Object.keys;
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The state of one diff walk (one object per call, one shape).
 * @internal
 */
export interface DiffContext {
  readonly grammar: Grammar;
  readonly subPaths: boolean;
  readonly maxDepth: number;
  readonly maxNodes: number;
  /** Keys from the root to the node being compared. */
  readonly segments: string[];
  readonly found: FoundPath[];
  readonly pending: PendingChange[];
}

function own(object: Record<string, unknown>, key: string): unknown {
  if (!hasOwn.call(object, key)) return ABSENT;
  const value = object[key];
  return value === undefined ? ABSENT : value;
}

/**
 * Compares `before` and `after` at the context's current path (either may be {@link ABSENT}), recording the
 * most specific usable path for each change in `found`, and the changes no path at or below here can carry in
 * `pending` for a parent to take. Subtrees that are the same reference are never entered, so the cost follows
 * what changed. Recursion follows the documents' depth, capped at `maxDepth` before it can overflow.
 * @internal
 */
export function diffNode(ctx: DiffContext, before: unknown, after: unknown): void {
  const segments = ctx.segments;
  if (segments.length > ctx.maxDepth) {
    throw new FieldMaskError([
      makeIssue(
        "limit_exceeded",
        `The documents differ deeper than the depth limit of ${ctx.maxDepth}`,
        undefined,
        undefined,
        undefined,
        undefined,
        segments.slice(),
      ),
    ]);
  }
  const pendingStart = ctx.pending.length;
  const foundStart = ctx.found.length;
  if (after !== ABSENT && isPlainObject(after) && (before === ABSENT || isPlainObject(before))) {
    // an added object is walked too, so that a deeper allowed path can carry each of its fields
    const keys = ownKeys(after);
    // an added empty object has no field to carry it: it is a change of its own
    if (before === ABSENT && keys.length === 0) {
      ctx.pending.push({ segments: segments.slice(), kind: "added" });
    }
    let shared = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const b = before === ABSENT ? ABSENT : own(before, key);
      if (b !== ABSENT) shared++;
      const a = own(after, key);
      if (a === b) continue;
      segments.push(key);
      diffNode(ctx, b, a);
      segments.pop();
    }
    if (before !== ABSENT) {
      const beforeKeys = ownKeys(before);
      // every key of `before` was met above unless the counts differ: then find the removed ones
      if (beforeKeys.length !== shared) {
        for (let i = 0; i < beforeKeys.length; i++) {
          const key = beforeKeys[i] as string;
          if (own(after, key) !== ABSENT || own(before, key) === ABSENT) continue;
          segments.push(key);
          ctx.pending.push({ segments: segments.slice(), kind: "removed" });
          segments.pop();
        }
      }
    }
  } else if (after === ABSENT) {
    if (before === ABSENT) return;
    ctx.pending.push({ segments: segments.slice(), kind: "removed" });
    return;
  } else if (before !== ABSENT && jsonEqual(before, after, ctx.maxNodes)) {
    return;
  } else {
    ctx.pending.push({ segments: segments.slice(), kind: before === ABSENT ? "added" : "changed" });
  }
  // only changes below here that no deeper path could carry make this path worth asking the grammar about
  if (ctx.pending.length > pendingStart && segments.length > 0) {
    if (isUsablePath(ctx.grammar, segments, ctx.subPaths)) {
      ctx.pending.length = pendingStart;
      ctx.found.length = foundStart;
      ctx.found.push({ segments: segments.slice(), value: after });
    } else if (before === ABSENT && ctx.found.length === foundStart) {
      // nothing inside an added object could be carried: report the object once, not each of its fields
      ctx.pending.length = pendingStart;
      ctx.pending.push({ segments: segments.slice(), kind: "added" });
    }
  }
}
