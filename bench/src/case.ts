// What a benchmark case is, and the helpers every group shares.

/** One named case: a single library doing one job on one data size. */
export interface BenchCase {
  /** Unique name, `group/variant[-nN]/library`, e.g. `apply/one-path-n100000/applyMask`. */
  readonly name: string;
  /** The group the command-line filter and the report use: parse, validate, apply, update, diff. */
  readonly group: string;
  /** The table the row is printed in (a group may print several). */
  readonly table: string;
  /** Number of read objects in the data, or undefined when the case does not use an installation. */
  readonly n: number | undefined;
  /** Short row label: the library or technique. */
  readonly label: string;
  /** Name of the case this one is compared with in the ratio column (itself for a baseline). */
  readonly baseline: string;
  /** Builds the data outside the timed region and returns the function to time. */
  readonly setup: () => Promise<Prepared>;
}

/**
 * A case ready to time. `verify` checks the result of the last timed call, so no extra call (seconds at
 * N = 100,000) is spent on checking; it throws when the library did different work from the other rows.
 */
export interface Prepared {
  readonly run: () => unknown;
  readonly verify: (result: unknown) => void;
}

/**
 * Wraps a cheap case whose setup already checked one call's output: nothing is left to verify after timing.
 * @param run - The function to time.
 * @returns The prepared case.
 */
export function checkedUpFront(run: () => unknown): Prepared {
  return { run, verify: () => undefined };
}

/** Thrown by a setup when the built package does not export a function yet; the row shows "not built". */
export class MissingExport extends Error {
  override readonly name = "MissingExport";
}

/**
 * Reads a function export from a dynamically imported module, or throws {@link MissingExport}.
 * @param module - The module namespace.
 * @param moduleName - Its package name, for the message.
 * @param name - The export.
 * @returns The export, typed by the caller.
 */
export function exported<F>(module: unknown, moduleName: string, name: string): F {
  const value = (module as Record<string, unknown>)[name];
  if (typeof value !== "function") throw new MissingExport(`${moduleName} does not export ${name} yet`);
  return value as F;
}

/**
 * Fails the case when a library's output differs from the expected value, so every row does the same work.
 * @param ok - The check.
 * @param what - What was checked, for the message.
 */
export function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`output check failed: ${what}`);
}

/**
 * JSON text of a value, for cheap deep-equality checks outside the timed region.
 * @param value - A JSON value.
 * @returns Its JSON text.
 */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Reads `segments` from `value`, the way a hand-written mask walk does.
 * @param value - The root.
 * @param segments - Keys to follow.
 * @returns The value found, or undefined.
 */
export function readPath(value: unknown, segments: readonly string[]): unknown {
  let node = value;
  for (let i = 0; i < segments.length; i++) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segments[i] as string];
  }
  return node;
}

/**
 * Writes `next` at `segments` inside a mutable draft (immer, mutative or a deep clone), the hand-written walk.
 * @param draft - The mutable root.
 * @param segments - Keys to follow; the last one is assigned.
 * @param next - The new value.
 */
export function writePath(draft: unknown, segments: readonly string[], next: unknown): void {
  let node = draft as Record<string, unknown>;
  const last = segments.length - 1;
  for (let i = 0; i < last; i++) node = node[segments[i] as string] as Record<string, unknown>;
  node[segments[last] as string] = next;
}
