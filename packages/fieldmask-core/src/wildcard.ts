/**
 * The decoded form of an unescaped, unquoted `*` segment. A literal `*` key (written `\*` or `` `*` ``)
 * decodes to the string `"*"`, so the two stay distinguishable.
 *
 * @example
 * ```ts
 * parsePath("a.*.b"); // ["a", WILDCARD, "b"]
 * parsePath("a.\\*"); // ["a", "*"]
 * ```
 */
export const WILDCARD: unique symbol = Symbol.for("@fieldmask/wildcard");

/** One decoded path segment: a key, or {@link WILDCARD}. */
export type Segment = string | typeof WILDCARD;

/** A decoded path: its segments in order. */
export type FieldPath = readonly Segment[];
