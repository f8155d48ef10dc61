// A deep description of a value that never runs a getter: own keys in order, each property's kind and flags,
// primitives, prototypes and frozen/extensible state. Two descriptions are equal only when nothing was mutated,
// frozen, re-prototyped or redefined in between. Iterative, and cycles are named by first-visit number.

function protoName(object: object): string {
  const proto = Object.getPrototypeOf(object);
  if (proto === null) return "null";
  if (proto === Object.prototype) return "Object";
  if (proto === Array.prototype) return "Array";
  if (proto === Function.prototype) return "Function";
  if (proto === String.prototype) return "String";
  return "other";
}

function primitive(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number" && Object.is(value, -0)) return "-0";
  return String(value);
}

/** Describes `value` deeply without invoking accessors. */
export function describeDeep(value: unknown): string {
  const out: string[] = [];
  const ids = new Map<object, number>();
  const work: unknown[] = [value];
  while (work.length > 0) {
    const node = work.pop();
    if ((typeof node !== "object" && typeof node !== "function") || node === null) {
      out.push(primitive(node));
      continue;
    }
    const seen = ids.get(node);
    if (seen !== undefined) {
      out.push(`#${seen}`);
      continue;
    }
    ids.set(node, ids.size);
    const keys = Reflect.ownKeys(node);
    out.push(
      `{#${ids.size - 1} ${protoName(node)} frozen=${Object.isFrozen(node)} ext=${Object.isExtensible(node)} n=${keys.length}`,
    );
    const children: unknown[] = [];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as PropertyKey;
      const d = Object.getOwnPropertyDescriptor(node, key) as PropertyDescriptor;
      const flags = `${d.enumerable ? "e" : ""}${d.configurable ? "c" : ""}${d.writable ? "w" : ""}`;
      if ("value" in d) {
        out.push(`${primitive(key)}:${flags}=`);
        children.push(d.value);
      } else {
        out.push(`${primitive(key)}:${flags} accessor`);
      }
    }
    // children are described after the key list, in key order
    for (let c = children.length - 1; c >= 0; c--) work.push(children[c]);
  }
  return out.join("\n");
}
