import { FieldMaskError } from "../field-mask-error.js";
import { makeIssue } from "./issue.js";
import { isPlainObject } from "./json-data.js";

const ownKeys = Object.keys;
const hasOwn = Object.prototype.hasOwnProperty;
const isArray = Array.isArray;

/**
 * Deep equality of JSON data (plain objects, arrays, primitives by `===`; any other object only by identity),
 * iterative and bounded by `maxNodes` comparisons, so neither depth nor a cycle can hang or overflow it.
 * Subtrees that are the same reference are not walked.
 * @throws {@link FieldMaskError} `limit_exceeded` past `maxNodes`.
 * @internal
 */
export function jsonEqual(x: unknown, y: unknown, maxNodes: number): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  const stack: unknown[] = [x, y];
  let budget = maxNodes;
  while (stack.length > 0) {
    const b = stack.pop();
    const a = stack.pop();
    if (a === b) continue;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (--budget < 0) {
      throw new FieldMaskError([
        makeIssue(
          "limit_exceeded",
          `Comparing the values took more than ${maxNodes} steps (too large, or a cycle)`,
          undefined,
          undefined,
          undefined,
          undefined,
        ),
      ]);
    }
    if (isArray(a)) {
      if (!isArray(b) || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) stack.push(a[i], b[i]);
      continue;
    }
    if (isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = ownKeys(a);
    if (keys.length !== ownKeys(b).length) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!hasOwn.call(b, key)) return false;
      stack.push(a[key], b[key]);
    }
  }
  return true;
}
