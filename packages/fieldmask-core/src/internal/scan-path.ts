import type { MaskIssueCode } from "../field-mask-error.js";
import type { PathSyntax } from "../options.js";
import { type Segment, WILDCARD } from "../wildcard.js";

/**
 * A syntax problem found by {@link scanPath}: the tokenizer reports, the caller turns it into an issue.
 * @internal
 */
export interface ScanError {
  readonly code: MaskIssueCode;
  /** 0-based offset in the text where the problem starts. */
  readonly at: number;
  /** A sentence fragment such as `has an empty segment`; the caller adds the path and column. */
  readonly reason: string;
}

const DOT = 46; // .
const BACKSLASH = 92; // \
const BACKTICK = 96; // `
const STAR = 42; // *

/**
 * Whether a decoded key must never be read or written as a property name.
 * @internal
 */
export function isForbiddenSegment(segment: string): boolean {
  // compared after decoding, so `\_\_proto\_\_` and `` `__proto__` `` are caught too
  return segment === "__proto__" || segment === "constructor" || segment === "prototype";
}

/**
 * Whether a decoded segment handed in by a caller is one path text could hold: {@link WILDCARD}, or a string
 * that is not forbidden. Non-strings are refused, never coerced.
 * @internal
 */
export function isPathSegment(segment: unknown): boolean {
  return segment === WILDCARD || (typeof segment === "string" && !isForbiddenSegment(segment));
}

function error(code: MaskIssueCode, at: number, reason: string): ScanError {
  return { code, at, reason };
}

/**
 * Splits path text into decoded segments in one left-to-right pass: no regular expressions, no backtracking,
 * every character read once. Decoded segments are pushed onto `out` as they complete, so on error `out` holds
 * the segments read so far. A bare `*` becomes {@link WILDCARD}; `bare`, when given, records for each segment
 * whether it was written without escapes or quotes (the grammar compiler reads `<name>` and `**` from it).
 * @internal
 */
export function scanPath(
  text: string,
  syntax: PathSyntax,
  maxSegments: number,
  maxLength: number,
  out: Segment[],
  bare: boolean[] | undefined,
): ScanError | undefined {
  const n = text.length;
  // checked before reading a single character: a 1 MB path costs nothing
  if (n > maxLength) {
    return error("limit_exceeded", maxLength, `is longer than ${maxLength} characters`);
  }
  if (n === 0) return error("empty_path", 0, "is empty");
  return syntax === "backtick"
    ? scanBacktick(text, n, maxSegments, out, bare)
    : scanBackslash(text, n, maxSegments, out, bare);
}

function pushSegment(
  out: Segment[],
  bare: boolean[] | undefined,
  segment: string,
  isBare: boolean,
  start: number,
): ScanError | undefined {
  if (isBare && segment.length === 1 && segment.charCodeAt(0) === STAR) {
    out.push(WILDCARD);
  } else {
    if (isForbiddenSegment(segment)) {
      return error("forbidden_segment", start, `has the forbidden segment ${JSON.stringify(segment)}`);
    }
    out.push(segment);
  }
  if (bare !== undefined) bare.push(isBare);
  return undefined;
}

function tooManySegments(maxSegments: number, at: number): ScanError {
  return error("limit_exceeded", at, `has more than ${maxSegments} segments`);
}

const FLUSH_AT = 4_096; // char codes per block: well under the engine's limit on arguments to apply
const LONG_CHUNK = 64; // a longer run of plain characters is copied as one slice, not code by code

// Turns the buffered char codes into a string and empties the buffer.
function flushCodes(codes: number[]): string {
  if (codes.length === 0) return "";
  const text = String.fromCharCode.apply(null, codes);
  codes.length = 0;
  return text;
}

function scanBackslash(
  text: string,
  n: number,
  maxSegments: number,
  out: Segment[],
  bare: boolean[] | undefined,
): ScanError | undefined {
  let segStart = 0; // where the current segment's text starts
  let chunkStart = 0; // start of the not-yet-copied run of plain characters
  let decoded = ""; // escaped characters decoded so far in this segment
  const codes: number[] = []; // decoded char codes not yet flushed into `decoded`
  let escaped = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 >= n) return error("dangling_escape", i, "ends with a lone backslash");
      // escapes are decoded through a buffer of char codes flushed in blocks: one string per block instead of
      // one concatenation per escape keeps a 1 MB escaped path linear (no rope of 500,000 tiny strings)
      if (i - chunkStart > LONG_CHUNK) decoded += flushCodes(codes) + text.slice(chunkStart, i);
      else for (let k = chunkStart; k < i; k++) codes.push(text.charCodeAt(k));
      codes.push(text.charCodeAt(i + 1));
      if (codes.length >= FLUSH_AT) decoded += flushCodes(codes);
      escaped = true;
      i += 2;
      chunkStart = i;
    } else if (c === DOT) {
      if (i === segStart) return error("empty_segment", segStart, "has an empty segment");
      const segment = escaped
        ? decoded + flushCodes(codes) + text.slice(chunkStart, i)
        : text.slice(segStart, i);
      const problem = pushSegment(out, bare, segment, !escaped, segStart);
      if (problem !== undefined) return problem;
      i += 1;
      if (out.length >= maxSegments) return tooManySegments(maxSegments, i);
      segStart = i;
      chunkStart = i;
      decoded = "";
      escaped = false;
    } else {
      i += 1;
    }
  }
  if (segStart === n) return error("empty_segment", segStart, "has an empty segment");
  const last = escaped ? decoded + flushCodes(codes) + text.slice(chunkStart, n) : text.slice(segStart, n);
  return pushSegment(out, bare, last, !escaped, segStart);
}

function scanBacktick(
  text: string,
  n: number,
  maxSegments: number,
  out: Segment[],
  bare: boolean[] | undefined,
): ScanError | undefined {
  let i = 0;
  for (;;) {
    const segStart = i;
    let segment: string;
    let quoted = false;
    if (i < n && text.charCodeAt(i) === BACKTICK) {
      quoted = true;
      let decoded = "";
      let chunkStart = i + 1;
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === BACKSLASH) {
          if (j + 1 >= n)
            return error("unterminated_quote", segStart, "has a backtick quote that is never closed");
          const next = text.charCodeAt(j + 1);
          if (next !== BACKTICK && next !== BACKSLASH) {
            return error(
              "unexpected_character",
              j,
              "has a backslash inside backticks that escapes neither ` nor \\",
            );
          }
          decoded += text.slice(chunkStart, j) + text[j + 1];
          j += 2;
          chunkStart = j;
        } else if (c === BACKTICK) {
          closed = true;
          break;
        } else {
          j += 1;
        }
      }
      if (!closed) return error("unterminated_quote", segStart, "has a backtick quote that is never closed");
      segment = decoded + text.slice(chunkStart, j);
      if (segment.length === 0) return error("empty_segment", segStart, "has an empty quoted segment");
      i = j + 1;
      if (i < n && text.charCodeAt(i) !== DOT) {
        return error(
          "unexpected_character",
          i,
          "has a character after a closing backtick where a dot belongs",
        );
      }
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === DOT) break;
        if (c === BACKTICK) {
          return error(
            "unexpected_character",
            j,
            "has a backtick inside a segment (quote the whole segment)",
          );
        }
        if (c === BACKSLASH) {
          return error("unexpected_character", j, "has a backslash outside backticks (quote the segment)");
        }
        j += 1;
      }
      if (j === i) return error("empty_segment", segStart, "has an empty segment");
      segment = text.slice(i, j);
      i = j;
    }
    const problem = pushSegment(out, bare, segment, !quoted, segStart);
    if (problem !== undefined) return problem;
    if (i >= n) return undefined;
    // here text[i] is a dot
    i += 1;
    if (out.length >= maxSegments) return tooManySegments(maxSegments, i);
    if (i >= n) return error("empty_segment", i, "has an empty segment");
  }
}
