/**
 * Freezes what an update created: every object in `result` that is not the same reference as the object at the
 * same place in `base`, and everything inside it, except the objects listed in `keep` (values that belong to the
 * caller, such as a resolved connection). Objects shared with `base` are left alone: they belong to the caller.
 * Uses a work list; the new parts are bounded by the mask (spine) and the body limits (copied values).
 * @internal
 */
export function freezeNew(result: unknown, base: unknown, keep: ReadonlySet<unknown>): void {
  const work: [unknown, unknown][] = [[result, base]];
  while (work.length > 0) {
    const [node, old] = work.pop() as [unknown, unknown];
    if (
      typeof node !== "object" ||
      node === null ||
      node === old ||
      keep.has(node) ||
      Object.isFrozen(node)
    ) {
      continue;
    }
    Object.freeze(node);
    const oldIsObject = typeof old === "object" && old !== null;
    const keys = Object.keys(node);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const child = (node as Record<string, unknown>)[key];
      const oldChild =
        oldIsObject && Object.hasOwn(old as object, key) ? (old as Record<string, unknown>)[key] : undefined;
      work.push([child, oldChild]);
    }
  }
}
