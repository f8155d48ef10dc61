import type { Grammar } from "../compile-grammar.js";
import type { MaskDiff, Unexpressible } from "../diff-mask.js";
import { FieldMaskError } from "../field-mask-error.js";

import { formatSegment } from "./format-segment.js";
import { makeIssue } from "./issue.js";
import { comparePaths } from "./path-set.js";
import { isForbiddenSegment } from "./scan-path.js";

/**
 * A path chosen to carry changes, with the value `after` holds there.
 * @internal
 */
export interface FoundPath {
  readonly segments: string[];
  readonly value: unknown;
}

/**
 * A change no path chosen so far carries.
 * @internal
 */
export interface PendingChange {
  readonly segments: string[];
  readonly kind: Unexpressible["kind"];
}

/**
 * Whether a mask path may carry a change: the grammar admits it (a `.**` sub-path only with `subPaths`), and
 * every key can be written as a path segment (not empty, not forbidden).
 * @internal
 */
export function isUsablePath(grammar: Grammar, segments: readonly string[], subPaths: boolean): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    if (segment === "" || isForbiddenSegment(segment)) return false;
  }
  const match = grammar.match(segments);
  return match !== undefined && (subPaths || !match.subPath);
}

/**
 * Writes a path for a report; unlike `formatPath` it accepts empty keys (a path text cannot hold them, which
 * is exactly why such a change is reported).
 * @internal
 */
export function showPath(segments: readonly string[], grammar: Grammar): string {
  const syntax = grammar.options.syntax ?? "backslash";
  let out = "";
  for (let i = 0; i < segments.length; i++) {
    const part = formatSegment(segments[i] as string, syntax, false);
    out += i === 0 ? part : `.${part}`;
  }
  return out;
}

// Says why no path carries a change (only on the report path, so it may cost a few lookups).
function reasonFor(grammar: Grammar, change: PendingChange, subPaths: boolean): string {
  const segments = change.segments;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    if (segment === "") return "an empty key cannot be written in a mask path";
    if (isForbiddenSegment(segment))
      return `the key ${JSON.stringify(segment)} is never read or written through a mask`;
  }
  if (change.kind === "removed" && isUsablePath(grammar, segments, subPaths)) {
    return "a removal is sent as the new value of a parent path, and no allowed path covers the parent";
  }
  for (let n = segments.length; n > 0; n--) {
    const match = grammar.match(segments.slice(0, n));
    if (match?.subPath && !subPaths) {
      return "only a `.**` sub-path pattern admits it; pass { subPaths: true } to use such paths";
    }
  }
  return change.kind === "removed"
    ? "no allowed path covers this field or a parent of it"
    : "no allowed path covers this field (it may be read-only)";
}

/**
 * Builds `{ mask, body, unexpressible }` from the chosen paths (disjoint by construction) and the changes left.
 * The body shares the chosen values with `after` (applyMask copies them anyway).
 * @internal
 */
export function finishDiff(
  grammar: Grammar,
  found: readonly FoundPath[],
  pending: readonly PendingChange[],
  subPaths: boolean,
): MaskDiff {
  const sorted = found.slice().sort((x, y) => comparePaths(x.segments, y.segments));
  const mask: string[] = [];
  const body: Record<string, unknown> = {};
  for (let i = 0; i < sorted.length; i++) {
    const path = sorted[i] as FoundPath;
    mask.push(showPath(path.segments, grammar));
    let node = body;
    const last = path.segments.length - 1;
    // keys here are never "__proto__" (isUsablePath refused it), so plain assignment only adds own data
    for (let s = 0; s < last; s++) {
      const key = path.segments[s] as string;
      // own properties only: on a fresh object `node.toString` is Object.prototype.toString, and the next
      // assignment would write onto that built-in (a changed `a.toString.x`)
      let child = (Object.hasOwn(node, key) ? node[key] : undefined) as Record<string, unknown> | undefined;
      if (child === undefined) {
        child = {};
        node[key] = child;
      }
      node = child;
    }
    node[path.segments[last] as string] = path.value;
  }
  const unexpressible: Unexpressible[] = [];
  for (let i = 0; i < pending.length; i++) {
    const change = pending[i] as PendingChange;
    unexpressible.push({
      path: showPath(change.segments, grammar),
      kind: change.kind,
      reason: reasonFor(grammar, change, subPaths),
    });
  }
  return { mask, body, unexpressible };
}

/**
 * The error for a document root that is not a plain object.
 * @internal
 */
export function rootError(what: string, value: unknown): FieldMaskError {
  const kind = value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
  return new FieldMaskError([
    makeIssue(
      "not_traversable",
      `${what} is ${kind}, not a plain object`,
      undefined,
      undefined,
      undefined,
      undefined,
      [],
    ),
  ]);
}
