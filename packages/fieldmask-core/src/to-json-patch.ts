import type { ApplyOptions } from "./apply-mask.js";
import { newApplyContext, runApply } from "./internal/apply-engine.js";
import type { PlanNode } from "./internal/apply-plan.js";
import { readApplyMask } from "./internal/apply-read-mask.js";
import { ABSENT, ownValue } from "./internal/json-data.js";
import { escapePointerKey } from "./internal/json-pointer.js";
import { resolveLimits } from "./internal/limits.js";

/** One RFC 6902 operation, as {@link toJsonPatch} writes them. */
export type JsonPatchOperation =
  | { readonly op: "add" | "replace"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string };

const ownKeys = Object.keys;

// Walks the plan over the target and the applied result side by side, entering only what changed.
function emit(
  node: PlanNode,
  before: unknown,
  after: unknown,
  pointer: string,
  out: JsonPatchOperation[],
): void {
  if (before === after) return;
  if (after === ABSENT) {
    out.push({ op: "remove", path: pointer });
    return;
  }
  // a created container or a replaced value goes in one operation; JSON Patch cannot add below a missing parent
  if (before === ABSENT) {
    out.push({ op: "add", path: pointer, value: after });
    return;
  }
  if (node.terminal) {
    out.push({ op: "replace", path: pointer, value: after });
    return;
  }
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (let i = 0; i < node.keys.length; i++) {
    const key = node.keys[i] as string;
    emit(
      node.children[i] as PlanNode,
      ownValue(b, key),
      ownValue(a, key),
      `${pointer}/${escapePointerKey(key)}`,
      out,
    );
  }
  const wildcard = node.wildcard;
  if (wildcard === undefined) return;
  const literals = node.literals as Map<string, PlanNode>;
  // the keys a wildcard reached are those that now differ: changed or added ones are in `after`, removed ones
  // only in `before`
  const afterKeys = ownKeys(a);
  for (let i = 0; i < afterKeys.length; i++) {
    const key = afterKeys[i] as string;
    if (literals.has(key)) continue;
    emit(wildcard, ownValue(b, key), ownValue(a, key), `${pointer}/${escapePointerKey(key)}`, out);
  }
  const beforeKeys = ownKeys(b);
  for (let i = 0; i < beforeKeys.length; i++) {
    const key = beforeKeys[i] as string;
    if (literals.has(key) || ownValue(a, key) !== ABSENT) continue;
    out.push({ op: "remove", path: `${pointer}/${escapePointerKey(key)}` });
  }
}

/**
 * The masked update of {@link applyMask} as RFC 6902 JSON Patch operations (`add`, `replace`, `remove`, keys
 * escaped per RFC 6901: `~` → `~0`, `/` → `~1`), for APIs that take JSON Patch. Applying the operations to
 * `target` gives what `applyMask(target, source, mask, options)` returns; a path whose parent is missing in
 * the target becomes one `add` of the new parent. Values are JSON copies, never the source's own objects.
 *
 * @param target - The current resource.
 * @param source - The request body the mask points into.
 * @param mask - Path strings.
 * @param options - As for {@link applyMask}.
 * @returns The operations; empty when the update changes nothing.
 * @throws {@link FieldMaskError} exactly when {@link applyMask} would.
 *
 * @example
 * ```ts
 * toJsonPatch({ user: { first: "Albert", last: "Einstein" } }, { user: { last: "Collins" } }, ["user.last"]);
 * // [{ op: "replace", path: "/user/last", value: "Collins" }]
 * toJsonPatch({ "a/b": 1 }, {}, ["a/b"], { missing: "delete" }); // [{ op: "remove", path: "/a~1b" }]
 * ```
 */
export function toJsonPatch(
  target: unknown,
  source: unknown,
  mask: readonly string[],
  options?: ApplyOptions,
): JsonPatchOperation[] {
  const missing = options?.missing ?? "error";
  const grammar = options?.grammar;
  const plan = readApplyMask(mask, options, grammar, missing === "error" ? source : undefined);
  const out: JsonPatchOperation[] = [];
  if (plan === undefined) return out;
  const limits = resolveLimits(
    options?.limits === undefined && grammar !== undefined ? grammar.options : options,
  );
  const ctx = newApplyContext(missing, limits.maxDepth, limits.maxNodes);
  const result = runApply(ctx, plan, target, source);
  emit(plan, target, result, "", out);
  return out;
}
