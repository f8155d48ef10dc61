import { FieldMaskError, type MaskIssue, type MaskIssueCode } from "../field-mask-error.js";
import type { PlanNode, PlanOrigin } from "./apply-plan.js";
import { viaWildcard } from "./apply-plan.js";
import { describePath, makeIssue, quoteText } from "./issue.js";
import {
  ABSENT,
  ACCESSOR,
  copyJsonData,
  isPlainObject,
  JsonProblem,
  ownTargetValue,
  ownValue,
} from "./json-data.js";
import { shallowCopy } from "./json-shallow-copy.js";
import { isForbiddenSegment } from "./scan-path.js";

const ownKeys = Object.keys;

/** What to do with a masked path that has no value in the source. @internal */
export type MissingPolicy = "error" | "delete" | "keep";

/**
 * The state of one apply walk. One object per call, all keys set up front (one shape).
 * @internal
 */
export interface ApplyContext {
  readonly missing: MissingPolicy;
  readonly maxDepth: number;
  readonly maxNodes: number;
  /** The keys from the root to the node being visited (wildcards expanded), for issue value paths. */
  readonly keys: string[];
  issues: MaskIssue[] | undefined;
  /** False in the checking pass (nothing is built), true in the building pass. */
  build: boolean;
  /** The checked copies of the values written, in visiting order: made by the checking pass, used by the
   * building pass. */
  readonly copies: unknown[];
  cursor: number;
}

/** @internal */
export function newApplyContext(missing: MissingPolicy, maxDepth: number, maxNodes: number): ApplyContext {
  return { missing, maxDepth, maxNodes, keys: [], issues: undefined, build: false, copies: [], cursor: 0 };
}

/**
 * Runs a plan in two passes: the first checks every path and value (and copies the values) without building
 * anything, and throws one {@link FieldMaskError} with every issue; only then the second builds the result.
 * So a failing request never pays for copying a large map, and nothing half-built ever exists.
 * @returns The new root, or {@link ABSENT} (never, for a root).
 * @internal
 */
export function runApply(ctx: ApplyContext, plan: PlanNode, target: unknown, source: unknown): unknown {
  applyNode(ctx, plan, target, source);
  if (ctx.issues !== undefined) throw new FieldMaskError(ctx.issues);
  ctx.build = true;
  const result = applyNode(ctx, plan, target, source);
  // only a source that changes between two reads (a hostile proxy) can get here
  if (ctx.issues !== undefined) throw new FieldMaskError(ctx.issues);
  return result;
}

function where(keys: readonly string[]): string {
  return keys.length === 0 ? "the root" : quoteText(keys.join("."));
}

function kindOf(value: unknown): string {
  if (value === ACCESSOR) return "an accessor property";
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object that is not a plain object";
  return `a ${typeof value}`;
}

// The first mask path that passes through a node, to name it in an issue about the node.
function firstOrigin(node: PlanNode): PlanOrigin {
  let current = node;
  while (!current.terminal) current = (current.children[0] ?? current.wildcard) as PlanNode;
  return current.origin as PlanOrigin;
}

function addIssue(
  ctx: ApplyContext,
  code: MaskIssueCode,
  origin: PlanOrigin,
  message: string,
  valuePath: (string | number)[],
): void {
  const issue = makeIssue(code, message, origin.index, origin.input, undefined, origin.segments, valuePath);
  if (ctx.issues === undefined) ctx.issues = [issue];
  else ctx.issues.push(issue);
}

function notTraversable(ctx: ApplyContext, node: PlanNode, side: string, value: unknown): void {
  const origin = firstOrigin(node);
  addIssue(
    ctx,
    "not_traversable",
    origin,
    `${describePath(origin.input, origin.index)} goes through ${where(ctx.keys)} in the ${side}, which is ${kindOf(value)}; only plain objects have fields`,
    ctx.keys.slice(),
  );
}

// Every literal mask path below `node` whose value is missing because the source has nothing at this node.
function reportMissing(ctx: ApplyContext, node: PlanNode): void {
  const depth = ctx.keys.length;
  const work: PlanNode[] = [node];
  while (work.length > 0) {
    const current = work.pop() as PlanNode;
    if (current.terminal) {
      const origin = current.origin as PlanOrigin;
      if (!viaWildcard(origin, depth)) {
        addIssue(
          ctx,
          "missing_value",
          origin,
          `${describePath(origin.input, origin.index)} has no value in the source at ${where(ctx.keys)}`,
          ctx.keys.slice(),
        );
      }
      continue;
    }
    for (let i = current.children.length - 1; i >= 0; i--) work.push(current.children[i] as PlanNode);
    if (current.wildcard !== undefined) work.push(current.wildcard);
  }
}

// Appends one changed key and its new value to the flat change list, creating it on the first change.
function recordChange(changes: unknown[] | undefined, key: string, value: unknown): unknown[] {
  if (changes === undefined) return [key, value];
  changes.push(key, value);
  return changes;
}

/**
 * Applies one plan node: returns the new value for this place in the target, the same reference when nothing
 * changed, or {@link ABSENT} to delete it. Recursion follows the plan, whose depth the mask limits cap; values
 * are copied iteratively. Once any issue is found nothing more is built (the call will throw), but the walk
 * goes on to collect every issue.
 * @internal
 */
export function applyNode(ctx: ApplyContext, node: PlanNode, target: unknown, source: unknown): unknown {
  if (node.terminal) {
    if (source === ABSENT) {
      if (ctx.missing === "keep") return target;
      if (ctx.missing === "delete") return target === ABSENT ? target : ABSENT;
      const origin = node.origin as PlanOrigin;
      if (!viaWildcard(origin, ctx.keys.length)) {
        addIssue(
          ctx,
          "missing_value",
          origin,
          `${describePath(origin.input, origin.index)} has no value in the source at ${where(ctx.keys)}`,
          ctx.keys.slice(),
        );
      }
      return target;
    }
    // the same value (or the very same subtree, as in applyMask(x, x, mask)) changes nothing
    if (Object.is(source, target)) return target;
    const origin = node.origin as PlanOrigin;
    if (source === ACCESSOR) {
      addIssue(
        ctx,
        "invalid_value",
        origin,
        `${describePath(origin.input, origin.index)} has an invalid value at ${where(ctx.keys)}: an accessor property is not JSON data`,
        ctx.keys.slice(),
      );
      return target;
    }
    // the building pass reuses the copies the checking pass made, in the same visiting order
    if (ctx.build && ctx.cursor < ctx.copies.length) return ctx.copies[ctx.cursor++];
    const copy = copyJsonData(source, ctx.maxDepth, ctx.maxNodes);
    if (copy instanceof JsonProblem) {
      const valuePath: (string | number)[] = ctx.keys.slice();
      for (let i = 0; i < copy.valuePath.length; i++) valuePath.push(copy.valuePath[i] as string | number);
      addIssue(
        ctx,
        copy.code,
        origin,
        `${describePath(origin.input, origin.index)} has an invalid value at ${quoteText(valuePath.join("."))}: ${copy.reason}`,
        valuePath,
      );
      return target;
    }
    if (!ctx.build) ctx.copies.push(copy);
    return copy;
  }

  if (source === ABSENT) {
    if (ctx.missing === "keep") return target;
    if (ctx.missing === "error") {
      reportMissing(ctx, node);
      return target;
    }
    // delete: what the mask names below here goes, where the target has it
    if (target === ABSENT) return target;
  } else if (!isPlainObject(source)) {
    notTraversable(ctx, node, "source", source);
    return target;
  }
  if (target !== ABSENT && !isPlainObject(target)) {
    notTraversable(ctx, node, "target", target);
    return target;
  }
  const t = target === ABSENT ? undefined : (target as Record<string, unknown>);
  const s = source === ABSENT ? undefined : (source as Record<string, unknown>);
  const keys = ctx.keys;
  // changes are collected lazily: most nodes of a wide mask change one or two keys
  // changed keys and their new values, flat (key, value, key, value …): one array, allocated on the first change
  let changes: unknown[] | undefined;

  const literalKeys = node.keys;
  for (let i = 0; i < literalKeys.length; i++) {
    const key = literalKeys[i] as string;
    const before = t === undefined ? ABSENT : ownTargetValue(t, key);
    keys.push(key);
    const after = applyNode(
      ctx,
      node.children[i] as PlanNode,
      before,
      s === undefined ? ABSENT : ownValue(s, key),
    );
    keys.pop();
    if (after !== before && ctx.build) changes = recordChange(changes, key, after);
  }

  const wildcard = node.wildcard;
  if (wildcard !== undefined) {
    const literals = node.literals as Map<string, PlanNode>;
    // keys of the source; with "delete", also the target's keys the source lacks
    for (let pass = 0; pass < 2; pass++) {
      const from = pass === 0 ? s : ctx.missing === "delete" ? t : undefined;
      if (from === undefined) continue;
      const names = ownKeys(from);
      for (let i = 0; i < names.length; i++) {
        const key = names[i] as string;
        if (literals.has(key)) continue;
        const sourceValue = s === undefined ? ABSENT : ownValue(s, key);
        if (pass === 1 && sourceValue !== ABSENT) continue;
        if (isForbiddenSegment(key)) {
          const origin = firstOrigin(wildcard);
          addIssue(
            ctx,
            "forbidden_segment",
            origin,
            `${describePath(origin.input, origin.index)} reaches the key ${quoteText(key)} through *, and that key is never read or written`,
            keys.concat(key),
          );
          continue;
        }
        const before = t === undefined ? ABSENT : ownTargetValue(t, key);
        keys.push(key);
        const after = applyNode(ctx, wildcard, before, sourceValue);
        keys.pop();
        if (after !== before && ctx.build) changes = recordChange(changes, key, after);
      }
    }
  }

  // nothing changed (no empty parents are created either), or the call will throw anyway
  if (changes === undefined || ctx.issues !== undefined) return target;
  // one spread copies the untouched siblings (V8's fast path for own enumerable data properties); the
  // changed keys are then written, which can only add own data properties ("__proto__" never gets here)
  const out: Record<string, unknown> =
    t === undefined ? {} : shallowCopy(t, keys.length < 8 ? keys.length : 7);
  for (let i = 0; i < changes.length; i += 2) {
    const key = changes[i] as string;
    const value = changes[i + 1];
    if (value === ABSENT) delete out[key];
    else out[key] = value;
  }
  return out;
}
