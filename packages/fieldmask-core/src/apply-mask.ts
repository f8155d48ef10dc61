import type { Grammar } from "./compile-grammar.js";
import { newApplyContext, runApply } from "./internal/apply-engine.js";
import { readApplyMask } from "./internal/apply-read-mask.js";
import { ABSENT } from "./internal/json-data.js";
import { resolveLimits } from "./internal/limits.js";
import type { MaskOptions } from "./options.js";

/** Options of {@link applyMask} and {@link toJsonPatch}. */
export interface ApplyOptions extends MaskOptions {
  /**
   * What a masked path with no value in the source does:
   * - `"error"` (default): the call fails with `missing_value` (Ampersand answers 400 "missing value for a mask");
   * - `"delete"`: the field is removed from the result (AIP-134: a masked field absent from the body is cleared);
   * - `"keep"`: the field keeps its value in the target.
   */
  readonly missing?: "error" | "delete" | "keep";
  /** When given, the mask is first checked with {@link validateMask} against this grammar (and, with
   * `missing: "error"`, the source against the patterns' validators). */
  readonly grammar?: Grammar;
}

/**
 * Applies a masked update: for each path of the mask, the value at that path in `source` REPLACES the value at
 * that path in `target` (replace, not deep-merge: AIP-134's rule; lists are replaced whole). Everything else
 * stays as it was, shared by reference: only the containers on written paths are copied, and a mask that
 * changes nothing (by `Object.is`) returns `target` itself. Inputs are never mutated or frozen.
 *
 * A `*` segment applies the rest of the path to every own key of that map in `source` (with
 * `missing: "delete"`, keys the source lacks are removed). Missing containers in `target` are created as plain
 * objects; walking through anything else (a list, `null`, a primitive, a Date, a class instance) in either
 * input is `not_traversable`. Values taken from `source` must be JSON data and are deep-copied, so the result
 * never aliases the request body. The call is atomic: every path and value is checked, and any problem throws
 * one {@link FieldMaskError} listing them all, with nothing returned half-done.
 *
 * `target` is your own data: containers on written paths are copied with object spread, so give it data
 * properties (as `JSON.parse` makes). The `source` is never trusted that way: its accessors are refused, not
 * called.
 *
 * @param target - The current resource (a plain object).
 * @param source - The request body the mask points into (a plain object).
 * @param mask - Path strings; duplicates and overlapping paths are fine (a mask is a set).
 * @param options - `missing`, `grammar`, `syntax` and `limits` (`maxDepth`/`maxNodes` bound each copied value).
 * @returns The updated resource, or `target` itself when nothing changed.
 * @throws {@link FieldMaskError} with every issue: bad paths, `missing_value`, `not_traversable`,
 *   `invalid_value` (not JSON data), `limit_exceeded`, and with a grammar `not_allowed` and the rest of
 *   `validateMask`'s issues.
 *
 * @example
 * ```ts
 * const current = { name: "a", config: { proxy: { enabled: false }, read: { contacts: { schedule: "daily" } } } };
 * const next = applyMask(current, { config: { proxy: { enabled: true } } }, ["config.proxy.enabled"]);
 * // { name: "a", config: { proxy: { enabled: true }, read: { contacts: { schedule: "daily" } } } }
 * next.config.read === current.config.read; // true: untouched subtrees are shared
 * applyMask(current, {}, ["name"], { missing: "delete" }); // { config: { … } }
 * ```
 */
export function applyMask<T>(target: T, source: unknown, mask: readonly string[], options?: ApplyOptions): T {
  const missing = options?.missing ?? "error";
  const grammar = options?.grammar;
  const plan = readApplyMask(mask, options, grammar, missing === "error" ? source : undefined);
  if (plan === undefined) return target;
  const limits = resolveLimits(
    options?.limits === undefined && grammar !== undefined ? grammar.options : options,
  );
  const ctx = newApplyContext(missing, limits.maxDepth, limits.maxNodes);
  const result = runApply(ctx, plan, target, source);
  // the root is never deleted: only keys below it are
  return (result === ABSENT ? target : result) as T;
}
