import type { Segment } from "./wildcard.js";

/** Every kind of problem a mask, a path or a masked value can have. */
export type MaskIssueCode =
  | "empty_mask"
  | "not_an_array"
  | "not_a_string"
  | "empty_path"
  | "empty_segment"
  | "dangling_escape"
  | "unterminated_quote"
  | "unexpected_character"
  | "forbidden_segment"
  | "limit_exceeded"
  | "not_allowed"
  | "duplicate_path"
  | "missing_value"
  | "invalid_value"
  | "not_traversable";

/**
 * One problem with user input. Every key is always present (fixed shape), `undefined` where it does not apply.
 */
export interface MaskIssue {
  readonly code: MaskIssueCode;
  /** A human-readable sentence. */
  readonly message: string;
  /** Position of the path in the mask array; `undefined` for problems of the mask as a whole. */
  readonly index: number | undefined;
  /** The path text as given, when it was a string. */
  readonly input: string | undefined;
  /** 1-based column in `input` where a syntax problem starts. */
  readonly column: number | undefined;
  /** The decoded segments read so far (the whole path for value problems). */
  readonly segments: readonly Segment[];
  /** For value problems: where in the body the offending value is, validator sub-paths included. */
  readonly valuePath: readonly (string | number)[] | undefined;
  /** For `not_allowed`: the closest allowed pattern ("did you mean"). */
  readonly suggestion: string | undefined;
}

/**
 * Thrown by the functions that act on data (`applyMask`, `pickMask`, `diffMask`, …) when their input has problems.
 * It carries every issue found, not only the first.
 */
export class FieldMaskError extends Error {
  override readonly name = "FieldMaskError";
  readonly issues: readonly MaskIssue[];

  constructor(issues: readonly MaskIssue[]) {
    const first = issues[0];
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? "s" : ""})` : "";
    super(first === undefined ? "Invalid field mask" : `${first.message}${more}`);
    this.issues = issues;
  }
}
