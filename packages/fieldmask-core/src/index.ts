// @fieldmask/core — the public API. Every export is listed by name; nothing from src/internal is re-exported.

export type { MaskIssue, MaskIssueCode } from "./field-mask-error.js";
export { FieldMaskError } from "./field-mask-error.js";
export type { Limits, MaskOptions, PathOptions, PathSyntax } from "./options.js";
export { DEFAULT_LIMITS } from "./options.js";
export type { FieldPath, Segment } from "./wildcard.js";
export { WILDCARD } from "./wildcard.js";
