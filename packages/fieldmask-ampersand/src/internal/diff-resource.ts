import type { Grammar, GrammarPattern, PatternSegment } from "@fieldmask/core";
import { jsonEqual } from "./json-equal.js";

/**
 * A change no path of the grammar can express.
 * @internal
 */
export interface RawUnexpressible {
  readonly segments: readonly string[];
  readonly kind: "added" | "changed" | "removed";
  readonly reason: string;
}

/**
 * The outcome of {@link diffResource}: the paths to send (as segments; their values are `after`'s) and the
 * changes left over.
 * @internal
 */
export interface RawDiff {
  readonly paths: string[][];
  readonly unexpressible: RawUnexpressible[];
}

/**
 * Which keys of a node to look at: `undefined` for all of them, else only those (an immer patch trie).
 * @internal
 */
export interface Touched {
  readonly all: boolean;
  readonly children: Map<string, Touched>;
}

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function get(node: unknown, key: string): unknown {
  return isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

function segmentFits(part: PatternSegment, key: string): boolean {
  return part.kind !== "literal" || part.value === key;
}

/** Whether some pattern admits an exact path strictly below `path`. */
function hasPatternBelow(patterns: readonly GrammarPattern[], path: readonly string[]): boolean {
  for (let p = 0; p < patterns.length; p++) {
    const segments = (patterns[p] as GrammarPattern).segments;
    if (segments.length <= path.length) continue;
    let fits = true;
    for (let i = 0; i < path.length && fits; i++)
      fits = segmentFits(segments[i] as PatternSegment, path[i] as string);
    if (fits) return true;
  }
  return false;
}

/**
 * Grammar-driven diff of two versions of a resource. Walks both trees together, only where a pattern could
 * still match, so its recursion depth is bounded by the longest pattern (plus one level for sub-paths):
 * - a changed or added value at a path a pattern admits is sent whole, unless more specific patterns below
 *   it express the change (one path per changed map entry);
 * - when something below such a path cannot be expressed (an entry was removed), the path itself is sent,
 *   whole, in place of the more specific ones (`config.content.write.objects` with the full new map);
 * - with `subPaths`, a changed object at a `.**` pattern's base is sent as one sub-path per changed key,
 *   unless a key was removed;
 * - everything else is unexpressible: removals (no path takes a missing value), and changes that no pattern
 *   covers, reported at the deepest node a pattern could still reach.
 * @internal
 */
export function diffResource(
  grammar: Grammar,
  before: unknown,
  after: unknown,
  subPaths: boolean,
  touched: Touched | undefined,
): RawDiff {
  const out: RawDiff = { paths: [], unexpressible: [] };
  diffNode(grammar, [], before, after, subPaths, touched, out);
  return out;
}

function diffNode(
  grammar: Grammar,
  path: string[],
  before: unknown,
  after: unknown,
  subPaths: boolean,
  touched: Touched | undefined,
  out: RawDiff,
): void {
  if (jsonEqual(before, after)) return;
  const kind = before === undefined ? "added" : after === undefined ? "removed" : "changed";
  const match = path.length === 0 ? undefined : grammar.match(path);
  const exact = match !== undefined && !match.subPath ? match : undefined;
  const bothObjects = isRecord(before) && isRecord(after);
  if (exact !== undefined && after !== undefined) {
    if (bothObjects && hasPatternBelow(grammar.patterns, path)) {
      // try the more specific paths first; fall back to this one if any change below is not expressible
      const inner: RawDiff = { paths: [], unexpressible: [] };
      diffChildren(grammar, path, before, after, subPaths, touched, inner);
      if (inner.unexpressible.length === 0) {
        for (let i = 0; i < inner.paths.length; i++) out.paths.push(inner.paths[i] as string[]);
        return;
      }
    } else if (bothObjects && subPaths && exact.pattern.subPaths && !removesKey(before, after)) {
      const keys = Object.keys(after);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        if (!FORBIDDEN.has(key) && key !== "" && !jsonEqual(get(before, key), after[key]))
          out.paths.push([...path, key]);
      }
      return;
    }
    out.paths.push(path);
    return;
  }
  if (!bothObjects || !hasPatternBelow(grammar.patterns, path)) {
    out.unexpressible.push({
      segments: path,
      kind,
      reason:
        exact !== undefined || (kind === "removed" && hasPatternBelow(grammar.patterns, path))
          ? "an update cannot remove it: its paths take a value, and there is none"
          : "no updateMask path of this endpoint covers it",
    });
    return;
  }
  diffChildren(grammar, path, before, after, subPaths, touched, out);
}

function removesKey(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const keys = Object.keys(before);
  for (let i = 0; i < keys.length; i++) if (!Object.hasOwn(after, keys[i] as string)) return true;
  return false;
}

function diffChildren(
  grammar: Grammar,
  path: string[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  subPaths: boolean,
  touched: Touched | undefined,
  out: RawDiff,
): void {
  // keys in one order whether or not patches narrow the walk (before's keys, then the added ones), so an edit and
  // a diff of the same change give the same mask
  const only = touched === undefined || touched.all ? undefined : touched.children;
  const keys: string[] = [];
  const old = Object.keys(before);
  for (let i = 0; i < old.length; i++)
    if (only === undefined || only.has(old[i] as string)) keys.push(old[i] as string);
  const added = Object.keys(after);
  for (let i = 0; i < added.length; i++) {
    const key = added[i] as string;
    if (!Object.hasOwn(before, key) && (only === undefined || only.has(key))) keys.push(key);
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const b = get(before, key);
    const a = get(after, key);
    if (FORBIDDEN.has(key) || key === "") {
      // no path text can name these keys
      if (!jsonEqual(b, a)) {
        out.unexpressible.push({
          segments: [...path, key],
          kind: b === undefined ? "added" : a === undefined ? "removed" : "changed",
          reason:
            key === ""
              ? "the empty key cannot be written in a path"
              : `the key ${key} is never written through a path`,
        });
      }
      continue;
    }
    const child = touched === undefined || touched.all ? touched : touched.children.get(key);
    diffNode(grammar, [...path, key], b, a, subPaths, child, out);
  }
}
