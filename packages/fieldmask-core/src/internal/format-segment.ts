import type { PathSyntax } from "../options.js";
import { type Segment, WILDCARD } from "../wildcard.js";

const DOT = 46;
const BACKSLASH = 92;
const BACKTICK = 96;
const COMMA = 44;

function isIdentifier(segment: string): boolean {
  // [A-Za-z_][A-Za-z0-9_]* — AIP-161 / Firestore's bare segment; checked by char codes, no regexp
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && (i === 0 || c < 48 || c > 57)) return false;
  }
  return segment.length > 0;
}

/**
 * Writes one non-empty segment in the shortest form that reads back as the same segment.
 * `escapeComma` also protects commas, for the comma-separated JSON form of a mask.
 * @internal
 */
export function formatSegment(segment: Segment, syntax: PathSyntax, escapeComma: boolean): string {
  if (segment === WILDCARD) return "*";
  if (syntax === "backtick") {
    if (isIdentifier(segment)) return segment;
    let out = "`";
    let chunkStart = 0;
    for (let i = 0; i < segment.length; i++) {
      const c = segment.charCodeAt(i);
      if (c === BACKTICK || c === BACKSLASH) {
        // escape every backtick and backslash, not only the first (nodejs-firestore#2019)
        out += `${segment.slice(chunkStart, i)}\\`;
        chunkStart = i;
      }
    }
    return `${out}${segment.slice(chunkStart)}\``;
  }
  if (segment === "*") return "\\*";
  let out = "";
  let chunkStart = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c === DOT || c === BACKSLASH || (escapeComma && c === COMMA)) {
      out += `${segment.slice(chunkStart, i)}\\`;
      chunkStart = i;
    }
  }
  return out === "" ? segment : out + segment.slice(chunkStart);
}
