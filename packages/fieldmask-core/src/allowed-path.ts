// Type-level only: nothing here exists at run time. The helpers are written inline (not as private aliases)
// so that the published declarations and the API docs reference only exported names.

/**
 * The paths one pattern admits, as a template-literal type: a `<name>` or `*` segment becomes `${string}`, and
 * a trailing `.**` adds the base and any sub-path.
 *
 * @example
 * ```ts
 * type P = PatternPath<"config.content.read.objects.<objectName>">; // `config.content.read.objects.${string}`
 * type Q = PatternPath<"a.**">;                                     // "a" | `a.${string}`
 * ```
 */
export type PatternPath<S extends string> = S extends `${infer Head}.${infer Rest}`
  ? Rest extends "**"
    ?
        | (Head extends `<${string}>` | "*" ? string : Head)
        | `${Head extends `<${string}>` | "*" ? string : Head}.${string}`
    : `${Head extends `<${string}>` | "*" ? string : Head}.${PatternPath<Rest>}`
  : S extends `<${string}>` | "*"
    ? string
    : S;

/**
 * The paths a pattern list admits, as a TypeScript type built from template literals: declare the list
 * `as const` and `config.content.read.objects.<objectName>` becomes `` `config.content.read.objects.${string}` ``.
 * Entries may be strings or `{ path }` specs.
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
export type AllowedPath<Patterns extends readonly (string | { readonly path: string })[]> =
  Patterns[number] extends infer Entry
    ? Entry extends string
      ? PatternPath<Entry>
      : Entry extends { readonly path: infer Text extends string }
        ? PatternPath<Text>
        : never
    : never;
