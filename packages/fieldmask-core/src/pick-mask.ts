import { newApplyContext, runApply } from "./internal/apply-engine.js";
import { readApplyMask } from "./internal/apply-read-mask.js";
import { ABSENT } from "./internal/json-data.js";
import { resolveLimits } from "./internal/limits.js";
import type { MaskOptions } from "./options.js";

/**
 * Projects a value through a read mask (protobuf's trim, AIP-157 partial responses): a new object holding only
 * the masked fields, deep-copied as JSON data. A `*` segment keeps the rest of the path for every key of that
 * map; a masked field the value lacks is left out, with no empty parents created for it.
 *
 * @param value - The resource to read from (a plain object).
 * @param mask - Path strings; overlapping paths and duplicates are fine.
 * @param options - `syntax` and `limits`.
 * @returns A new object (never `value` itself) with only the masked fields.
 * @throws {@link FieldMaskError} for bad paths, a path through something that is not a plain object
 *   (`not_traversable`), or a masked value that is not JSON data (`invalid_value`, `limit_exceeded`).
 *
 * @example
 * ```ts
 * pickMask({ f: { a: 22, b: { d: 1, x: 2 }, y: 13 }, z: 8 }, ["f.a", "f.b.d"]); // { f: { a: 22, b: { d: 1 } } }
 * pickMask({ objects: { a: { n: 1, m: 2 }, b: { n: 3 } } }, ["objects.*.n"]);   // { objects: { a: { n: 1 }, b: { n: 3 } } }
 * ```
 */
export function pickMask(
  value: unknown,
  mask: readonly string[],
  options?: MaskOptions,
): Record<string, unknown> {
  const plan = readApplyMask(mask, options, undefined, undefined);
  const empty: Record<string, unknown> = {};
  if (plan === undefined) return empty;
  const limits = resolveLimits(options);
  // picking is applying onto an empty object with "keep": absent fields are skipped, present ones copied
  const ctx = newApplyContext("keep", limits.maxDepth, limits.maxNodes);
  const result = runApply(ctx, plan, empty, value);
  return (result === ABSENT ? empty : result) as Record<string, unknown>;
}
