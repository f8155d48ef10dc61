import { describeError, makeIssue } from "./internal/issue.js";
import { readMask } from "./internal/read-mask.js";
import type { MaskResult } from "./mask-result.js";
import type { MaskOptions } from "./options.js";

/**
 * Reads a mask (an array of path strings) without a grammar: checks its shape, the limits, each path's syntax,
 * forbidden segments and duplicates, and reports every issue. An empty array is a valid, empty mask here
 * (`validateMask` is the one that rejects it). Never throws.
 *
 * @param mask - Untrusted input, expected to be an array of strings.
 * @param options - `syntax` and `limits`.
 * @returns `{ ok: true, paths }` with each path's decoded segments (and `match: undefined`), or
 *   `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * parseMask(["a.b", "c"]);  // { ok: true, paths: [{ index: 0, input: "a.b", segments: ["a", "b"], match: undefined }, …] }
 * parseMask(["a..b", "a"]); // { ok: false, issues: [{ code: "empty_segment", index: 0, column: 3, … }] }
 * ```
 */
export function parseMask(mask: unknown, options?: MaskOptions): MaskResult {
  try {
    const { paths, issues } = readMask(mask, options, undefined);
    return issues === undefined ? { ok: true, paths } : { ok: false, issues };
  } catch (error) {
    // only a hostile proxy or getter in the mask array gets here; "never throws" still holds
    const reason = describeError(error);
    return {
      ok: false,
      issues: [
        makeIssue(
          "not_an_array",
          `The mask could not be read: ${reason}`,
          undefined,
          undefined,
          undefined,
          undefined,
        ),
      ],
    };
  }
}
