import type { MaskIssueCode } from "../field-mask-error.js";
import { shallowCopy } from "./json-shallow-copy.js";

const objectProto = Object.prototype;
const arrayProto = Array.prototype;
const getProto = Object.getPrototypeOf;
const ownKeys = Object.keys;
const ownSymbols = Object.getOwnPropertySymbols;
const isArray = Array.isArray;
const hasOwn = Object.prototype.hasOwnProperty;
const getOwnDescriptor = Object.getOwnPropertyDescriptor;
// copy sites 0…VALUE_SITES-1 belong to the apply walk's target containers, the rest to value copies
const VALUE_SITES = 8;

// Whether an own property is an accessor, found without calling it. getOwnPropertyDescriptor measured about
// twice as fast as Annex B's __lookupGetter__ in V8 (both are runtime calls), so it is the one used.
function isAccessor(object: object, key: string): boolean {
  const descriptor = getOwnDescriptor(object, key);
  return descriptor !== undefined && (descriptor.get !== undefined || descriptor.set !== undefined);
}

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
  const descriptor = getOwnDescriptor(object, key);
  if (descriptor === undefined) return ABSENT;
  if (descriptor.get !== undefined || descriptor.set !== undefined) return ACCESSOR;
  const value: unknown = descriptor.value;
  return value === undefined ? ABSENT : value;
}

/**
 * Reads an own property of the caller's own document (an apply target): like {@link ownValue} but with a plain
 * read, as the object spread that copies its containers does anyway. Never used on a request body.
 * @internal
 */
export function ownTargetValue(object: Record<string, unknown>, key: string): unknown {
  if (!hasOwn.call(object, key)) return ABSENT;
  const value = object[key];
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
      : new JsonProblem("invalid_value", `${describe(value)} is not JSON data`, []);
  }
  if (kind !== "object") return new JsonProblem("invalid_value", `${describe(value)} is not JSON data`, []);
  // One record per container, in parallel arrays (no per-record object): its source, its depth, its parent
  // record and its key in the parent. A record's copy is made when it is popped and then written over the
  // parent copy's slot, which until then still holds the source's reference.
  const sources: object[] = [value as object];
  const depths: number[] = [1];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [""];
  const stack: number[] = [0];
  let root: unknown;
  let parentCopies: unknown[] | undefined;
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
    let copy: Record<string, unknown> | unknown[];
    let names: readonly string[] | undefined;
    let length: number;
    if (isArray(source)) {
      if (getProto(source) !== arrayProto) {
        return new JsonProblem(
          "invalid_value",
          "an array subclass is not JSON data",
          pathOf(parents, keys, record, undefined),
        );
      }
      length = source.length;
      nodes += length;
      if (nodes > maxNodes) {
        return new JsonProblem(
          "limit_exceeded",
          `the value has more than ${maxNodes} nodes`,
          pathOf(parents, keys, record, undefined),
        );
      }
      for (let i = 0; i < length; i++) {
        if (!hasOwn.call(source, i)) {
          return new JsonProblem(
            "invalid_value",
            "a sparse array (a hole) is not JSON data",
            pathOf(parents, keys, record, i),
          );
        }
        if (isAccessor(source, String(i))) {
          return new JsonProblem(
            "invalid_value",
            "an accessor property is not JSON data",
            pathOf(parents, keys, record, i),
          );
        }
      }
      // checked: no holes, no accessors, so slice copies plain data
      copy = source.slice();
    } else {
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
      names = ownKeys(source);
      length = names.length;
      nodes += length;
      if (nodes > maxNodes) {
        return new JsonProblem(
          "limit_exceeded",
          `the value has more than ${maxNodes} nodes`,
          pathOf(parents, keys, record, undefined),
        );
      }
      for (let i = 0; i < length; i++) {
        const key = names[i] as string;
        if (key === "__proto__") {
          return new JsonProblem(
            "invalid_value",
            'a "__proto__" key is not allowed in a value',
            pathOf(parents, keys, record, key),
          );
        }
        if (isAccessor(source, key)) {
          return new JsonProblem(
            "invalid_value",
            "an accessor property is not JSON data",
            pathOf(parents, keys, record, key),
          );
        }
      }
      // checked: own enumerable data properties only, so a spread (one fast copy per depth site) reads no getter
      copy = shallowCopy(source, VALUE_SITES + Math.min(depth, VALUE_SITES));
    }
    if (record === 0) {
      root = copy;
      parentCopies = [];
    }
    (parentCopies as unknown[])[record] = copy;
    if (record !== 0) {
      const parentCopy = (parentCopies as unknown[])[parents[record] as number] as Record<string, unknown>;
      parentCopy[keys[record] as string] = copy;
    }
    // primitives are checked in place; containers get a record and overwrite their slot when copied
    for (let i = 0; i < length; i++) {
      const key: string | number = names === undefined ? i : (names[i] as string);
      const item: unknown = (copy as Record<string | number, unknown>)[key];
      const type = typeof item;
      if (type === "object" && item !== null) {
        const child = sources.length;
        sources.push(item as object);
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
    }
  }
  return root;
}
