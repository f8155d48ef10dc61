import { resolveLimits } from "./internal/limits.js";
import { isForbiddenSegment, isPathSegment, scanPath } from "./internal/scan-path.js";
import type { MaskOptions } from "./options.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { type FieldPath, type Segment, WILDCARD } from "./wildcard.js";

/** One segment of a compiled pattern: a literal key, a `<name>` placeholder, or a `*` wildcard. */
export type PatternSegment =
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "placeholder"; readonly name: string }
  | { readonly kind: "wildcard" };

/** A pattern with its optional description and value validator. */
export interface PatternSpec {
  /** The pattern in the path syntax, plus `<name>`, `*` and a trailing `.**`. */
  readonly path: string;
  /** What the path does, for documentation and error messages. */
  readonly description?: string;
  /** Validates the value found at the path in a request body (Standard Schema: zod, valibot, arktype, …). */
  readonly schema?: StandardSchemaV1;
}

/** A compiled pattern. */
export interface GrammarPattern {
  /** The pattern text as given. */
  readonly path: string;
  /** The segments, without the trailing `**`. */
  readonly segments: readonly PatternSegment[];
  readonly description: string | undefined;
  readonly schema: StandardSchemaV1 | undefined;
  /** Whether the pattern ends in `.**` and so admits any deeper sub-path. */
  readonly subPaths: boolean;
}

/** The result of {@link Grammar.match}: the pattern that admits a path and what its placeholders captured. */
export interface GrammarMatch {
  readonly pattern: GrammarPattern;
  /**
   * Placeholder name → the key it matched, e.g. `{ objectName: "contacts" }`. A {@link WILDCARD} segment in the
   * path matches a placeholder but captures nothing, so its name is absent.
   */
  readonly captures: Readonly<Record<string, string>>;
  /** True when the path is admitted only through a trailing `.**` (it is deeper than the pattern's base). */
  readonly subPath: boolean;
}

/** A compiled allow-list of paths. */
export interface Grammar {
  readonly patterns: readonly GrammarPattern[];
  readonly options: MaskOptions;
  /**
   * Finds the pattern that admits a path. Walks a segment trie, so the cost grows with the path, not with the
   * number of patterns. Where several patterns admit a path, the most specific wins: a literal beats a
   * placeholder at the first segment where they differ, and an exact pattern beats a `.**` one.
   * @param path - Path text (read with the grammar's syntax) or decoded segments.
   * @returns The match, or `undefined` when no pattern admits the path (or the text is not a valid path).
   */
  match(path: string | FieldPath): GrammarMatch | undefined;
}

// A trie node as built from the patterns: each pattern is one walk from the root.
interface RawNode {
  readonly id: number;
  readonly literals: Map<string, RawNode>;
  any: RawNode | undefined;
  exact: GrammarPattern | undefined;
  deep: GrammarPattern | undefined;
}

// The deterministic trie that matching walks: every literal child already includes what the placeholder
// sibling would admit, so matching never backtracks and takes one step per path segment.
interface Node {
  readonly literals: Map<string, Node>;
  any: Node | undefined;
  exact: GrammarPattern | undefined;
  deep: GrammarPattern | undefined;
}

function fail(pattern: unknown, reason: string): never {
  const shown = typeof pattern === "string" ? JSON.stringify(pattern) : String(pattern);
  throw new Error(`compileGrammar: pattern ${shown} ${reason}`);
}

function isIdentifier(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && (i === 0 || c < 48 || c > 57)) return false;
  }
  return name.length > 0;
}

function compilePattern(entry: string | PatternSpec, options: MaskOptions): GrammarPattern {
  const spec: PatternSpec | undefined = typeof entry === "object" && entry !== null ? entry : undefined;
  const path: unknown = spec === undefined ? entry : spec.path;
  if (typeof path !== "string") fail(path, "is not a string");
  const schema: unknown = spec?.schema;
  if (
    schema !== undefined &&
    typeof (schema as { "~standard"?: { validate?: unknown } })?.["~standard"]?.validate !== "function"
  ) {
    fail(path, "has a schema that does not implement Standard Schema (no ~standard.validate function)");
  }
  const decoded: Segment[] = [];
  const bare: boolean[] = [];
  // patterns are trusted program text, so no limits apply to them
  const problem = scanPath(
    path,
    options.syntax ?? "backslash",
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER,
    decoded,
    bare,
  );
  if (problem !== undefined) fail(path, `${problem.reason} at column ${problem.at + 1}`);
  const segments: PatternSegment[] = [];
  const names = new Set<string>();
  let subPaths = false;
  for (let i = 0; i < decoded.length; i++) {
    const segment = decoded[i] as Segment;
    if (segment === WILDCARD) {
      segments.push({ kind: "wildcard" });
    } else if (bare[i] === true && segment === "**") {
      if (i !== decoded.length - 1) fail(path, "has `**` before its last segment");
      if (i === 0) fail(path, "is only `**`; put at least one segment before it");
      subPaths = true;
    } else if (bare[i] === true && segment.length >= 2 && segment[0] === "<" && segment.endsWith(">")) {
      const name = segment.slice(1, -1);
      if (!isIdentifier(name)) fail(path, `has a placeholder ${segment} whose name is not an identifier`);
      if (isForbiddenSegment(name)) fail(path, `has the forbidden placeholder name ${segment}`);
      if (names.has(name)) fail(path, `uses the placeholder ${segment} twice`);
      names.add(name);
      segments.push({ kind: "placeholder", name });
    } else {
      segments.push({ kind: "literal", value: segment });
    }
  }
  return {
    path,
    segments,
    description: spec?.description,
    schema: spec?.schema,
    subPaths,
  };
}

function newRaw(id: number): RawNode {
  return { id, literals: new Map(), any: undefined, exact: undefined, deep: undefined };
}

function buildRawTrie(patterns: readonly GrammarPattern[]): RawNode {
  let nextId = 0;
  const root = newRaw(nextId++);
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] as GrammarPattern;
    let node = root;
    for (let i = 0; i < pattern.segments.length; i++) {
      const segment = pattern.segments[i] as PatternSegment;
      if (segment.kind === "literal") {
        let child = node.literals.get(segment.value);
        if (child === undefined) {
          child = newRaw(nextId++);
          node.literals.set(segment.value, child);
        }
        node = child;
      } else {
        if (node.any === undefined) node.any = newRaw(nextId++);
        node = node.any;
      }
    }
    const previous = pattern.subPaths ? node.deep : node.exact;
    if (previous !== undefined) {
      fail(pattern.path, `admits the same paths as pattern ${JSON.stringify(previous.path)}`);
    }
    if (pattern.subPaths) node.deep = pattern;
    else node.exact = pattern;
  }
  return root;
}

// Subset construction over the raw trie, with a worklist instead of recursion. Raw nodes are listed in
// priority order (a literal before the placeholder sibling, depth first), so "first found" = most specific.
function determinize(root: RawNode): Node {
  const memo = new Map<string, Node>();
  const work: { node: Node; raws: RawNode[] }[] = [];
  const nodeFor = (raws: RawNode[]): Node => {
    let key = "";
    for (let i = 0; i < raws.length; i++) key += `${(raws[i] as RawNode).id},`;
    let node = memo.get(key);
    if (node !== undefined) return node;
    node = { literals: new Map(), any: undefined, exact: undefined, deep: undefined };
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i] as RawNode;
      if (node.exact === undefined) node.exact = raw.exact;
      if (node.deep === undefined) node.deep = raw.deep;
    }
    memo.set(key, node);
    work.push({ node, raws });
    return node;
  };
  const start = nodeFor([root]);
  while (work.length > 0) {
    const { node, raws } = work.pop() as { node: Node; raws: RawNode[] };
    const keys = new Set<string>();
    const anyChildren: RawNode[] = [];
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i] as RawNode;
      for (const key of raw.literals.keys()) keys.add(key);
      if (raw.any !== undefined) anyChildren.push(raw.any);
    }
    for (const key of keys) {
      const children: RawNode[] = [];
      for (let i = 0; i < raws.length; i++) {
        const raw = raws[i] as RawNode;
        const literal = raw.literals.get(key);
        if (literal !== undefined) children.push(literal);
        if (raw.any !== undefined) children.push(raw.any);
      }
      node.literals.set(key, nodeFor(children));
    }
    if (anyChildren.length > 0) node.any = nodeFor(anyChildren);
  }
  return start;
}

function makeMatch(pattern: GrammarPattern, segments: FieldPath, subPath: boolean): GrammarMatch {
  const captures: Record<string, string> = {};
  for (let i = 0; i < pattern.segments.length; i++) {
    const part = pattern.segments[i] as PatternSegment;
    const segment = segments[i];
    if (part.kind === "placeholder" && typeof segment === "string") captures[part.name] = segment;
  }
  return { pattern, captures, subPath };
}

function matchSegments(root: Node, segments: FieldPath): GrammarMatch | undefined {
  let node: Node = root;
  let deep: GrammarPattern | undefined;
  const n = segments.length;
  if (n === 0) return undefined;
  // decoded segments from the caller get the parser's rules, all of them before any match (a `.**` pattern
  // would otherwise admit a bad key past its base): not a string, or a forbidden key, is no match
  for (let i = 0; i < n; i++) if (!isPathSegment(segments[i])) return undefined;
  for (let i = 0; i < n; i++) {
    // a `.**` pattern based here admits the rest of the path, unless a longer pattern admits it first
    if (node.deep !== undefined) deep = node.deep;
    const segment = segments[i] as Segment;
    // a wildcard in the path means "every key", which only a placeholder or `*` admits
    const next: Node | undefined = segment === WILDCARD ? node.any : (node.literals.get(segment) ?? node.any);
    if (next === undefined) return deep === undefined ? undefined : makeMatch(deep, segments, true);
    node = next;
  }
  if (node.exact !== undefined) return makeMatch(node.exact, segments, false);
  if (node.deep !== undefined) return makeMatch(node.deep, segments, false);
  return deep === undefined ? undefined : makeMatch(deep, segments, true);
}

const cache = /* @__PURE__ */ new WeakMap<readonly (string | PatternSpec)[], Grammar>();

/**
 * Compiles an allow-list of path patterns into a {@link Grammar} whose `match` walks a deterministic segment
 * trie. Patterns use the path syntax plus `<name>` (one segment, captured under `name`), `*` (one segment)
 * and a trailing `.**` (the path itself and any deeper sub-path). A pattern may carry a description and a
 * Standard Schema validator for the value at that path.
 *
 * @param patterns - Pattern strings or {@link PatternSpec}s.
 * @param options - `syntax` for reading patterns and paths; `limits` for {@link validateMask}.
 * @returns The compiled grammar. Called again with the same array and no options, it returns the same grammar.
 * @throws Error (a programmer error) naming the pattern when one is malformed, uses `**` other than at the end,
 *   has a bad placeholder name, or admits exactly the paths of an earlier pattern.
 *
 * @example
 * ```ts
 * const grammar = compileGrammar([
 *   "connectionId",
 *   "config.content.read.objects.<objectName>",
 *   "config.content.read.objects.<objectName>.**",
 *   { path: "config.content.proxy.enabled", schema: z.boolean() },
 * ]);
 * grammar.match("config.content.read.objects.contacts")?.captures; // { objectName: "contacts" }
 * grammar.match("config.content.foo");                             // undefined
 * ```
 */
export function compileGrammar(patterns: readonly (string | PatternSpec)[], options?: MaskOptions): Grammar {
  if (options === undefined) {
    const cached = cache.get(patterns);
    if (cached !== undefined) return cached;
  }
  if (!Array.isArray(patterns)) throw new Error("compileGrammar: patterns must be an array");
  const resolved: MaskOptions = options ?? {};
  const compiled: GrammarPattern[] = [];
  for (let i = 0; i < patterns.length; i++) {
    compiled.push(compilePattern(patterns[i] as string | PatternSpec, resolved));
  }
  const root = determinize(buildRawTrie(compiled));
  const syntax = resolved.syntax ?? "backslash";
  const limits = resolveLimits(resolved);
  const grammar: Grammar = {
    patterns: compiled,
    options: resolved,
    match(path: string | FieldPath): GrammarMatch | undefined {
      if (typeof path === "string") {
        const segments: Segment[] = [];
        const problem = scanPath(path, syntax, limits.maxSegments, limits.maxPathLength, segments, undefined);
        return problem === undefined ? matchSegments(root, segments) : undefined;
      }
      return Array.isArray(path) ? matchSegments(root, path) : undefined;
    },
  };
  if (options === undefined) cache.set(patterns, grammar);
  return grammar;
}
