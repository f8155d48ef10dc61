// Snapshots of the built-ins a prototype-pollution attack goes after, so a test can prove that nothing changed.

type Snapshot = Map<object, string[]>;

// The objects to watch: the prototypes and constructors path-setting libraries have polluted, plus every function
// hanging off them (`Object.prototype.toString`, `Array.prototype.push`, `Object.assign`, …), since a walk through
// `a.toString.x` would write onto such a function.
function watched(): Map<object, string> {
  const roots: [string, object][] = [
    ["Object.prototype", Object.prototype],
    ["Array.prototype", Array.prototype],
    ["Function.prototype", Function.prototype],
    ["String.prototype", String.prototype],
    ["Number.prototype", Number.prototype],
    ["Boolean.prototype", Boolean.prototype],
    ["Object", Object],
    ["Array", Array],
    ["Function", Function],
  ];
  const out = new Map<object, string>(roots.map(([name, object]) => [object, name]));
  for (let r = 0; r < roots.length; r++) {
    const [name, root] = roots[r] as [string, object];
    const keys = Reflect.ownKeys(root);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as PropertyKey;
      const descriptor = Object.getOwnPropertyDescriptor(root, key);
      // `caller`/`arguments` on Function.prototype are accessors; their getters are not called here
      if (descriptor !== undefined && "value" in descriptor && typeof descriptor.value === "function") {
        if (!out.has(descriptor.value)) out.set(descriptor.value, `${name}[${describeKey(key)}]`);
      }
    }
  }
  return out;
}

function describeKey(key: PropertyKey): string {
  return typeof key === "symbol" ? key.toString() : JSON.stringify(key);
}

// One line per own property (its flags), with the values, getters and setters kept alongside for `Object.is`,
// plus the prototype and extensibility of the object.
function snapshotOf(object: object, values: unknown[]): string[] {
  const lines: string[] = [];
  lines.push(`extensible=${Object.isExtensible(object)} frozen=${Object.isFrozen(object)}`);
  values.push(Object.getPrototypeOf(object));
  const keys = Reflect.ownKeys(object);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as PropertyKey;
    const d = Object.getOwnPropertyDescriptor(object, key) as PropertyDescriptor;
    lines.push(`${describeKey(key)} w=${d.writable} e=${d.enumerable} c=${d.configurable}`);
    values.push(d.value, d.get, d.set);
  }
  return lines;
}

/** A record of every watched built-in's own property descriptors. */
export interface BuiltinSnapshot {
  readonly names: Map<object, string>;
  readonly lines: Snapshot;
  readonly values: Map<object, unknown[]>;
}

/** Takes a {@link BuiltinSnapshot}. */
export function snapshotBuiltins(): BuiltinSnapshot {
  const lines: Snapshot = new Map();
  const values = new Map<object, unknown[]>();
  const names = watched();
  for (const object of names.keys()) {
    const list: unknown[] = [];
    lines.set(object, snapshotOf(object, list));
    values.set(object, list);
  }
  return { names, lines, values };
}

/**
 * Lists every difference between a snapshot and the built-ins now: added, removed or redefined properties, a
 * changed prototype, a changed value (by `Object.is`). Empty when nothing changed.
 */
export function builtinChanges(before: BuiltinSnapshot): string[] {
  const after = snapshotBuiltins();
  const changes: string[] = [];
  for (const [object, lines] of before.lines) {
    const name = before.names.get(object as object) as string;
    const now = after.lines.get(object);
    if (now === undefined) continue;
    if (now.join("\n") !== lines.join("\n")) {
      changes.push(`${name}: descriptors ${JSON.stringify(lines)} became ${JSON.stringify(now)}`);
      continue;
    }
    const was = before.values.get(object) as unknown[];
    const is = after.values.get(object) as unknown[];
    for (let i = 0; i < was.length; i++) {
      if (!Object.is(was[i], is[i])) changes.push(`${name}: value ${i} changed`);
    }
  }
  // a method planted on a prototype shows up as a new key of that prototype above
  return changes;
}

/** Keys a polluted prototype would make every object inherit: checked after each row as well. */
export const CANARIES: readonly string[] = ["polluted", "isAdmin", "x", "injected"];

/** Whether a fresh object, array or function inherits one of the {@link CANARIES}. */
export function canaryInherited(): string | undefined {
  const probes: Record<string, unknown>[] = [
    {},
    [] as unknown as Record<string, unknown>,
    (() => undefined) as unknown as Record<string, unknown>,
  ];
  for (let p = 0; p < probes.length; p++) {
    for (let c = 0; c < CANARIES.length; c++) {
      const key = CANARIES[c] as string;
      if ((probes[p] as Record<string, unknown>)[key] !== undefined) return key;
    }
  }
  return undefined;
}
