import type { Grammar } from "../compile-grammar.js";
import { FieldMaskError, type MaskIssue } from "../field-mask-error.js";
import type { MaskOptions } from "../options.js";
import { validateMask } from "../validate-mask.js";
import { buildPlan, type PlanNode, type PlanOrigin } from "./apply-plan.js";
import { parsePaths } from "./path-set.js";

// Plans of one-path masks by path text. A server gets a fresh mask array per request, so identity caches
// cannot help, but the same few paths come back all the time. Bounded: cleared when full.
const singlePlans = /* @__PURE__ */ new Map<string, PlanNode>();
const MAX_CACHED = 512;

/**
 * Reads a mask for `applyMask`, `pickMask` and `toJsonPatch`: without a grammar, the syntax, limits and
 * forbidden segments (duplicates are harmless here: a mask is a set); with one, everything `validateMask`
 * checks, the body included when `body` is given. Throws one {@link FieldMaskError} with every issue.
 * @returns The compiled plan, or `undefined` for an empty mask.
 * @internal
 */
export function readApplyMask(
  mask: readonly string[],
  options: MaskOptions | undefined,
  grammar: Grammar | undefined,
  body: unknown,
): PlanNode | undefined {
  if (grammar !== undefined) {
    const result = validateMask(grammar, mask, body);
    if (!result.ok) throw new FieldMaskError(result.issues);
    // validateMask refuses an empty mask, so there is always a path
    return buildPlan(result.paths);
  }
  if (Array.isArray(mask) && mask.length === 0) return undefined;
  // the own data value only: a getter on the caller's mask array is never run (parsePaths reports the entry)
  const only: unknown =
    Array.isArray(mask) && mask.length === 1 ? Object.getOwnPropertyDescriptor(mask, 0)?.value : undefined;
  const cacheable =
    typeof only === "string" &&
    (options === undefined ||
      (options.limits === undefined && (options.syntax ?? "backslash") === "backslash"));
  if (cacheable) {
    const cached = singlePlans.get(only);
    if (cached !== undefined) return cached;
  }
  const issues: MaskIssue[] = [];
  const paths = parsePaths(mask, options, "The mask", issues);
  if (issues.length > 0) throw new FieldMaskError(issues);
  const origins: PlanOrigin[] = [];
  for (let i = 0; i < paths.length; i++) {
    origins.push({ index: i, input: mask[i] as string, segments: paths[i] as PlanOrigin["segments"] });
  }
  const plan = buildPlan(origins);
  if (cacheable) {
    if (singlePlans.size >= MAX_CACHED) singlePlans.clear();
    // a cached plan is shared by every later call, so its origins' segments must not be changeable
    Object.freeze(origins[0]?.segments);
    singlePlans.set(only, plan);
  }
  return plan;
}
