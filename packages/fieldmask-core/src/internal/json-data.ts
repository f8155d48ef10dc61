import type { MaskIssueCode } from "../field-mask-error.js";

const objectProto = Object.prototype;
const arrayProto = Array.prototype;
const getProto = Object.getPrototypeOf;
const ownKeys = Object.keys;
const ownSymbols = Object.getOwnPropertySymbols;
const isArray = Array.isArray;
const hasOwn = Object.prototype.hasOwnProperty;
// Annex B, present in every engine: finds an accessor without calling it, and allocates nothing (unlike
// getOwnPropertyDescriptor), which keeps the per-key check of a copy cheap.
const lookupGetter = (objectProto as unknown as { __lookupGetter__(key: string): unknown }).__lookupGetter__;

/**
 * Why a value is not JSON data, with where in the value the problem is.
 * @internal
 */
export class JsonProblem {
  constructor(
    readonly code: MaskIssueCode,
    readonly reason: string,
    readonly valuePath: (string | number)[],
  ) {}
}

/**
 * Marks a property that exists but is an accessor: it is never called.
 * @internal
 */
export const ACCESSOR: unique symbol = Symbol("accessor");

/**
 * Marks a property that is absent (not own, or own and `undefined`).
 * @internal
 */
export const ABSENT: unique symbol = Symbol("absent");

/**
 * Reads an own data property without invoking a getter: {@link ABSENT} when there is no own property or it
 * holds `undefined`, {@link ACCESSOR} when it is an accessor.
 * @internal
 */
export function ownValue(object: object, key: string): unknown {
  if (!hasOwn.call(object, key)) return ABSENT;
  if (lookupGetter.call(object, key) !== undefined) return ACCESSOR;
  const value = (object as Record<string, unknown>)[key];
  return value === undefined ? ABSENT : value;
}

/**
 * Whether a value is an object whose prototype is `Object.prototype` or `null` (what `JSON.parse` makes).
 * @internal
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = getProto(value);
  return proto === objectProto || proto === null;
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") return String(value);
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "bigint") return "a bigint";
  return "an object that is not a plain object or array";
}

// Rebuilds the path of a record from its parent links (only on the error path).
function pathOf(
  parents: number[],
  keys: (string | number)[],
  record: number,
  last: string | number | undefined,
) {
  const out: (string | number)[] = [];
  if (last !== undefined) out.push(last);
  for (let r = record; r > 0; r = parents[r] as number) out.push(keys[r] as string | number);
  out.reverse();
  return out;
}

/**
 * Checks that a value is JSON data (plain objects, arrays, strings, finite numbers, booleans, `null`; no
 * accessors, symbols, holes, cycles, exotic prototypes or `__proto__` own keys) and returns a deep copy that
 * holds only own data properties. Iterative, with a depth and a node limit checked before they are passed,
 * so no input can overflow the stack. Primitives come back as themselves, with no allocation.
 *
 * @returns The copy, or a {@link JsonProblem}.
 * @internal
 */
export function copyJsonData(value: unknown, maxDepth: number, maxNodes: number): unknown {
  const kind = typeof value;
  if (kind === "string" || kind === "boolean" || value === null) return value;
  if (kind === "number") {
    return Number.isFinite(value)
      ? value
      : new JsonProblem("invalid_value", `${describe(value)} is not a JSON number`, []);
  }
  if (kind !== "object") return new JsonProblem("invalid_value", `${describe(value)} is not JSON data`, []);
  // One record per container, in parallel arrays (fixed shapes, no per-record object): its source, its copy,
  // its depth, its parent record and its key in the parent. The records double as the DFS stack's backing.
  const sources: object[] = [value as object];
  const copies: unknown[] = [isArray(value) ? [] : {}];
  const depths: number[] = [1];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [""];
  const stack: number[] = [0];
  let nodes = 1;
  while (stack.length > 0) {
    const record = stack.pop() as number;
    const source = sources[record] as object;
    const depth = depths[record] as number;
    if (depth > maxDepth) {
      // a cycle always ends here: tell it apart from honest depth by looking for the object among its ancestors
      for (let r = parents[record] as number; r >= 0; r = parents[r] as number) {
        if (sources[r] === source) {
          return new JsonProblem(
            "invalid_value",
            "the value contains a cycle",
            pathOf(parents, keys, record, undefined),
          );
        }
      }
      return new JsonProblem(
        "limit_exceeded",
        `the value is nested deeper than the limit of ${maxDepth}`,
        pathOf(parents, keys, record, undefined),
      );
    }
    const copy = copies[record] as Record<string, unknown> & unknown[];
    if (isArray(source)) {
      if (getProto(source) !== arrayProto) {
        return new JsonProblem(
          "invalid_value",
          "an array subclass is not JSON data",
          pathOf(parents, keys, record, undefined),
        );
      }
      const length = source.length;
      nodes += length;
      if (nodes > maxNodes) {
        return new JsonProblem(
          "limit_exceeded",
          `the value has more than ${maxNodes} nodes`,
          pathOf(parents, keys, record, undefined),
        );
      }
      for (let i = 0; i < length; i++) {
        const key = String(i);
        if (!hasOwn.call(source, key)) {
          return new JsonProblem(
            "invalid_value",
            "a sparse array (a hole) is not JSON data",
            pathOf(parents, keys, record, i),
          );
        }
        if (lookupGetter.call(source, key) !== undefined) {
          return new JsonProblem(
            "invalid_value",
            "an accessor property is not JSON data",
            pathOf(parents, keys, record, i),
          );
        }
        const item: unknown = source[i];
        const problem = place(item, copy, i, record, depth);
        if (problem !== undefined) return problem;
      }
      continue;
    }
    const proto = getProto(source);
    if (proto !== objectProto && proto !== null) {
      return new JsonProblem(
        "invalid_value",
        `${describe(source)} is not JSON data`,
        pathOf(parents, keys, record, undefined),
      );
    }
    if (ownSymbols(source).length > 0) {
      return new JsonProblem(
        "invalid_value",
        "a symbol-keyed property is not JSON data",
        pathOf(parents, keys, record, undefined),
      );
    }
    const names = ownKeys(source);
    nodes += names.length;
    if (nodes > maxNodes) {
      return new JsonProblem(
        "limit_exceeded",
        `the value has more than ${maxNodes} nodes`,
        pathOf(parents, keys, record, undefined),
      );
    }
    for (let i = 0; i < names.length; i++) {
      const key = names[i] as string;
      if (key === "__proto__") {
        return new JsonProblem(
          "invalid_value",
          'a "__proto__" key is not allowed in a value',
          pathOf(parents, keys, record, key),
        );
      }
      if (lookupGetter.call(source, key) !== undefined) {
        return new JsonProblem(
          "invalid_value",
          "an accessor property is not JSON data",
          pathOf(parents, keys, record, key),
        );
      }
      const problem = place((source as Record<string, unknown>)[key], copy, key, record, depth);
      if (problem !== undefined) return problem;
    }
  }
  return copies[0];

  // Copies a primitive in place, or opens a record for a container; `key` is a string for objects (never
  // "__proto__", refused above, so a plain assignment cannot reach the prototype) and an index for arrays.
  function place(
    item: unknown,
    copy: Record<string, unknown> & unknown[],
    key: string | number,
    record: number,
    depth: number,
  ): JsonProblem | undefined {
    const type = typeof item;
    let out: unknown = item;
    if (type === "object" && item !== null) {
      out = isArray(item) ? [] : {};
      const child = sources.length;
      sources.push(item as object);
      copies.push(out);
      depths.push(depth + 1);
      parents.push(record);
      keys.push(key);
      stack.push(child);
    } else if (
      !(
        type === "string" ||
        type === "boolean" ||
        item === null ||
        (type === "number" && Number.isFinite(item))
      )
    ) {
      return new JsonProblem(
        "invalid_value",
        `${describe(item)} is not JSON data`,
        pathOf(parents, keys, record, key),
      );
    }
    if (typeof key === "number") copy.push(out);
    else copy[key] = out;
    return undefined;
  }
}
