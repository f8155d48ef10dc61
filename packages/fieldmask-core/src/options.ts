/**
 * How paths are written.
 * - `"backslash"` (default, Ampersand's rule): `\` escapes the next character, e.g. `field\.with\.dots`.
 * - `"backtick"` (Google AIP-161): a segment may be wrapped in backticks; inside them only `` \` `` and `\\` are escapes.
 */
export type PathSyntax = "backslash" | "backtick";

/** Options shared by every function that reads path text. */
export interface PathOptions {
  /** The path dialect. Default `"backslash"`. */
  readonly syntax?: PathSyntax;
}

/**
 * Resource limits for untrusted input. Past any of them the input gets a `limit_exceeded` issue,
 * found before the rest is parsed or walked.
 */
export interface Limits {
  /** Paths per mask. Default 1,000. */
  readonly maxPaths?: number;
  /** Segments per path. Default 64. */
  readonly maxSegments?: number;
  /** Characters (UTF-16 code units) per path. Default 4,096. */
  readonly maxPathLength?: number;
  /** Nesting depth of a body value. Default 128. */
  readonly maxDepth?: number;
  /** Nodes (objects, arrays and primitives) in one body value. Default 1,000,000. */
  readonly maxNodes?: number;
}

/** Options shared by every function that reads a mask. */
export interface MaskOptions extends PathOptions {
  /** Resource limits; each missing entry takes its default from {@link DEFAULT_LIMITS}. */
  readonly limits?: Limits;
}

/** The default {@link Limits}. */
export const DEFAULT_LIMITS: Readonly<Required<Limits>> = /* @__PURE__ */ Object.freeze({
  maxPaths: 1_000,
  maxSegments: 64,
  maxPathLength: 4_096,
  maxDepth: 128,
  maxNodes: 1_000_000,
});
