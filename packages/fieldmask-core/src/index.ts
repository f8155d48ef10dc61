// @fieldmask/core — the public API. Every export is listed by name; nothing from src/internal is re-exported.

export type { AllowedPath, PatternPath } from "./allowed-path.js";
export { canonicalizeMask } from "./canonicalize-mask.js";
export type {
  Grammar,
  GrammarMatch,
  GrammarPattern,
  PatternSegment,
  PatternSpec,
} from "./compile-grammar.js";
export { compileGrammar } from "./compile-grammar.js";
export type { MaskIssue, MaskIssueCode } from "./field-mask-error.js";
export { FieldMaskError } from "./field-mask-error.js";
export { formatPath } from "./format-path.js";
export { intersectMasks } from "./intersect-masks.js";
export { maskCovers } from "./mask-covers.js";
export { maskFromJson } from "./mask-from-json.js";
export type { MaskPath, MaskResult } from "./mask-result.js";
export type { JsonMaskOptions } from "./mask-to-json.js";
export { maskToJson } from "./mask-to-json.js";
export type { Limits, MaskOptions, PathOptions, PathSyntax } from "./options.js";
export { DEFAULT_LIMITS } from "./options.js";
export { parseMask } from "./parse-mask.js";
export { parsePath } from "./parse-path.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
export { subtractMasks } from "./subtract-masks.js";
export { unionMasks } from "./union-masks.js";
export { validateMask } from "./validate-mask.js";
export type { FieldPath, Segment } from "./wildcard.js";
export { WILDCARD } from "./wildcard.js";

// apply, pick, diff

export type { ApplyOptions } from "./apply-mask.js";
export { applyMask } from "./apply-mask.js";
export type { DiffOptions, MaskDiff, Unexpressible } from "./diff-mask.js";
export { diffMask } from "./diff-mask.js";
export type { PatchRecord } from "./mask-from-patches.js";
export { maskFromPatches } from "./mask-from-patches.js";
export { pickMask } from "./pick-mask.js";
export type { JsonPatchOperation } from "./to-json-patch.js";
export { toJsonPatch } from "./to-json-patch.js";
