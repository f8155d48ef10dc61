import { DEFAULT_LIMITS } from "@fieldmask/core";

/**
 * A deep copy of JSON data, or why `value` is not JSON data. Stand-in for core's `pickMask` until it lands.
 * Own enumerable data properties only (a getter is refused, never run); `__proto__` own keys (as `JSON.parse`
 * makes them) stay inert own data; depth and node count are capped; iterative, so depth cannot overflow the stack.
 * @internal
 */
export function copyJson(
  value: unknown,
  maxDepth: number = DEFAULT_LIMITS.maxDepth,
  maxNodes: number = DEFAULT_LIMITS.maxNodes,
): { ok: true; value: unknown } | { ok: false; reason: string; path: (string | number)[] } {
  const root: { value: unknown } = { value: undefined };
  const work: { from: unknown; into: object; key: string; depth: number; path: (string | number)[] }[] = [
    { from: value, into: root, key: "value", depth: 0, path: [] },
  ];
  let nodes = 0;
  while (work.length > 0) {
    const { from, into, key, depth, path } = work.pop() as (typeof work)[number];
    if (++nodes > maxNodes) return { ok: false, reason: `more than ${maxNodes} nodes`, path };
    let copied: unknown;
    if (from === null || typeof from === "string" || typeof from === "boolean") copied = from;
    else if (typeof from === "number") {
      if (!Number.isFinite(from)) return { ok: false, reason: "a non-finite number is not JSON", path };
      copied = from;
    } else if (typeof from === "object") {
      if (depth >= maxDepth) return { ok: false, reason: `nested deeper than ${maxDepth}`, path };
      const isArray = Array.isArray(from);
      const proto = Object.getPrototypeOf(from);
      if (!isArray && proto !== Object.prototype && proto !== null) {
        return { ok: false, reason: "only plain objects and arrays are JSON", path };
      }
      const target: Record<string, unknown> | unknown[] = isArray ? [] : {};
      const keys = Object.keys(from);
      // pushed last-first, so they pop (and are defined on the copy) in their original order
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        const descriptor = Object.getOwnPropertyDescriptor(from, k) as PropertyDescriptor;
        if (!("value" in descriptor))
          return { ok: false, reason: "an accessor property is not JSON", path: [...path, k] };
        work.push({
          from: descriptor.value,
          into: target,
          key: k,
          depth: depth + 1,
          path: [...path, isArray ? Number(k) : k],
        });
      }
      copied = target;
    } else {
      return { ok: false, reason: `a ${typeof from} is not JSON`, path };
    }
    // defineProperty, not assignment: a "__proto__" key becomes an own data property, never a prototype change
    Object.defineProperty(into, key, { value: copied, writable: true, enumerable: true, configurable: true });
  }
  return { ok: true, value: root.value };
}
