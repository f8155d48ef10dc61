// Type-level only: nothing here exists at run time.

/** One pattern segment as the type of the keys it admits: a placeholder or `*` admits any string. */
type SegmentType<S extends string> = S extends `<${string}>` ? string : S extends "*" ? string : S;

/** A pattern (split at dots) as a template-literal type; a trailing `.**` adds the base and any sub-path. */
type PatternPaths<S extends string> = S extends `${infer Head}.${infer Rest}`
  ? Rest extends "**"
    ? SegmentType<Head> | `${SegmentType<Head>}.${string}`
    : `${SegmentType<Head>}.${PatternPaths<Rest>}`
  : SegmentType<S>;

/** The text of a pattern entry, whether a string or a `{ path }` spec. */
type PatternText<P> = P extends string ? P : P extends { readonly path: infer T extends string } ? T : never;

/**
 * The paths a pattern list admits, as a TypeScript type built from template literals: declare the list
 * `as const` and `config.content.read.objects.<objectName>` becomes `` `config.content.read.objects.${string}` ``.
 *
 * Limits of the type (the run-time grammar is exact): escapes are not decoded (a `\.` still splits), and
 * `${string}` also accepts dots, so `config.content.read.objects.a.b` type-checks while the grammar rejects it.
 *
 * @example
 * ```ts
 * const PATTERNS = ["connectionId", "config.content.read.objects.<objectName>"] as const;
 * type Path = AllowedPath<typeof PATTERNS>;
 * const ok: Path = "config.content.read.objects.contacts";
 * // @ts-expect-error: not an allowed path
 * const bad: Path = "config.content.foo";
 * ```
 */
export type AllowedPath<Patterns extends readonly (string | { readonly path: string })[]> = PatternPaths<
  PatternText<Patterns[number]>
>;
