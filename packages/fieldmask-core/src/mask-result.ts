import type { GrammarMatch } from "./compile-grammar.js";
import type { MaskIssue } from "./field-mask-error.js";
import type { FieldPath } from "./wildcard.js";

/** One accepted path of a mask. */
export interface MaskPath {
  /** Position in the mask array. */
  readonly index: number;
  /** The path text as given. */
  readonly input: string;
  /** The decoded segments. */
  readonly segments: FieldPath;
  /** The grammar pattern that admits the path; `undefined` from {@link parseMask}, which knows no grammar. */
  readonly match: GrammarMatch | undefined;
}

/** The outcome of checking a mask: every accepted path, or every issue found. */
export type MaskResult =
  | { readonly ok: true; readonly paths: readonly MaskPath[] }
  | { readonly ok: false; readonly issues: readonly MaskIssue[] };
