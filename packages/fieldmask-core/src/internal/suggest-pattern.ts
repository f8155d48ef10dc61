import type { Grammar, GrammarPattern, PatternSegment } from "../compile-grammar.js";
import { type Segment, WILDCARD } from "../wildcard.js";

// Past this length a path is not a typo of a pattern, and an edit distance would cost too much.
const MAX_COMPARED = 256;

function segmentText(segment: Segment): string {
  return segment === WILDCARD ? "*" : segment;
}

// The pattern with the path's own keys in its placeholder slots and its tail under a `.**`, so that a typo
// in a literal segment is all that is left to measure.
function instantiate(pattern: GrammarPattern, segments: readonly Segment[]): string {
  let out = "";
  const parts = pattern.segments;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as PatternSegment;
    const own = segments[i];
    const text =
      part.kind === "literal"
        ? part.value
        : own !== undefined
          ? segmentText(own)
          : part.kind === "wildcard"
            ? "*"
            : `<${part.name}>`;
    out += i === 0 ? text : `.${text}`;
  }
  if (pattern.subPaths) {
    for (let i = parts.length; i < segments.length; i++) out += `.${segmentText(segments[i] as Segment)}`;
  }
  return out;
}

// Levenshtein distance, or `limit + 1` as soon as it must exceed `limit` (two rows, no recursion).
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous: number[] = new Array<number>(b.length + 1);
  let current: number[] = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length] as number;
}

// How many leading segments the path shares with the pattern (placeholders take any key).
function sharedPrefix(pattern: GrammarPattern, segments: readonly Segment[]): number {
  const parts = pattern.segments;
  const n = Math.min(parts.length, segments.length);
  let i = 0;
  while (i < n) {
    const part = parts[i] as PatternSegment;
    if (part.kind === "literal" && part.value !== segments[i]) break;
    i++;
  }
  return i;
}

/**
 * The allowed pattern closest to a path that no pattern admits ("did you mean"): first a pattern the path is
 * the start of, then the smallest edit distance within a fifth of the length (typos), else the one pattern
 * sharing the most leading segments (none when several share as many).
 * @internal
 */
export function suggestPattern(grammar: Grammar, segments: readonly Segment[]): string | undefined {
  const patterns = grammar.patterns;
  let text = "";
  for (let i = 0; i < segments.length; i++)
    text += i === 0 ? segmentText(segments[i] as Segment) : `.${segmentText(segments[i] as Segment)}`;
  let best: string | undefined;
  // a path that stops short of a pattern (`config.content.read.objects`) most likely lacks its last key
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] as GrammarPattern;
    if (pattern.segments.length > segments.length && sharedPrefix(pattern, segments) === segments.length) {
      return pattern.path;
    }
  }
  if (text.length <= MAX_COMPARED) {
    let bestDistance = Number.POSITIVE_INFINITY;
    let bestIsSubPaths = false;
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p] as GrammarPattern;
      const candidate = instantiate(pattern, segments);
      const limit = Math.max(2, Math.floor(Math.max(candidate.length, text.length) / 5));
      const d = distance(text, candidate, Math.min(limit, bestDistance));
      // on a tie, `a.<b>` reads better than its `a.<b>.**` twin: name the exact pattern
      const better = d < bestDistance || (d === bestDistance && bestIsSubPaths && !pattern.subPaths);
      if (d <= limit && better) {
        bestDistance = d;
        bestIsSubPaths = pattern.subPaths;
        best = pattern.path;
      }
    }
  }
  if (best !== undefined) return best;
  // the one pattern sharing the most leading segments; when several tie (`config.content.provider` against
  // `config.content.read…`, `config.content.write…`), naming any one of them would be a guess
  let bestShared = 0;
  let tied = false;
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] as GrammarPattern;
    const shared = sharedPrefix(pattern, segments);
    if (shared > bestShared) {
      bestShared = shared;
      best = pattern.path;
      tied = false;
    } else if (shared === bestShared && shared > 0) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}
