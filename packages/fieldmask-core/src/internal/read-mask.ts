import type { Grammar } from "../compile-grammar.js";
import type { MaskIssue } from "../field-mask-error.js";
import type { MaskPath } from "../mask-result.js";
import type { MaskOptions } from "../options.js";
import type { Segment } from "../wildcard.js";
import { formatSegment } from "./format-segment.js";
import { describePath, makeIssue, quoteText } from "./issue.js";
import { resolveLimits } from "./limits.js";
import { scanPath } from "./scan-path.js";
import { suggestPattern } from "./suggest-pattern.js";

/**
 * A key that identifies a decoded path exactly (the backslash form is injective), for duplicate checks.
 * @internal
 */
export function pathKey(segments: readonly Segment[]): string {
  let key = "";
  for (let i = 0; i < segments.length; i++) {
    key +=
      i === 0
        ? formatSegment(segments[i] as Segment, "backslash", false)
        : `.${formatSegment(segments[i] as Segment, "backslash", false)}`;
  }
  return key;
}

function addIssue(list: MaskIssue[] | undefined, issue: MaskIssue): MaskIssue[] {
  if (list === undefined) return [issue];
  list.push(issue);
  return list;
}

// Suggestions cost an edit distance per pattern; past this many, a hostile mask cannot make us compute more.
const MAX_SUGGESTIONS = 20;

/**
 * The shared loop of `parseMask` and `validateMask`: shape, limits, syntax, forbidden segments and duplicates,
 * then (with a grammar) the allow-list. Never throws; collects every issue.
 * @internal
 */
export function readMask(
  mask: unknown,
  options: MaskOptions | undefined,
  grammar: Grammar | undefined,
): { paths: MaskPath[]; issues: MaskIssue[] | undefined } {
  const paths: MaskPath[] = [];
  let issues: MaskIssue[] | undefined;
  if (!Array.isArray(mask)) {
    const kind = mask === null ? "null" : typeof mask;
    issues = [
      makeIssue(
        "not_an_array",
        `The mask is not an array of paths (got ${kind})`,
        undefined,
        undefined,
        undefined,
        undefined,
      ),
    ];
    return { paths, issues };
  }
  const limits = resolveLimits(options);
  const count = mask.length;
  if (count > limits.maxPaths) {
    // one issue, found before any path is read
    issues = [
      makeIssue(
        "limit_exceeded",
        `The mask has ${count} paths, more than the limit of ${limits.maxPaths}`,
        undefined,
        undefined,
        undefined,
        undefined,
      ),
    ];
    return { paths, issues };
  }
  const syntax = options?.syntax ?? "backslash";
  const seen = new Map<string, number>();
  let suggestions = 0;
  for (let index = 0; index < count; index++) {
    // the own data value only: a getter on the caller's array is never run (the entry reads as undefined)
    const input: unknown = Object.getOwnPropertyDescriptor(mask, index)?.value;
    if (typeof input !== "string") {
      const kind = input === null ? "null" : Array.isArray(input) ? "array" : typeof input;
      issues = addIssue(
        issues,
        makeIssue(
          "not_a_string",
          `Path ${index} is not a string (got ${kind})`,
          index,
          undefined,
          undefined,
          undefined,
        ),
      );
      continue;
    }
    const segments: Segment[] = [];
    const problem = scanPath(input, syntax, limits.maxSegments, limits.maxPathLength, segments, undefined);
    if (problem !== undefined) {
      const column = problem.at + 1;
      const message = `${describePath(input, index)} ${problem.reason} at column ${column}`;
      issues = addIssue(issues, makeIssue(problem.code, message, index, input, column, segments));
      continue;
    }
    const key = pathKey(segments);
    const first = seen.get(key);
    if (first !== undefined) {
      issues = addIssue(
        issues,
        makeIssue(
          "duplicate_path",
          `${describePath(input, index)} repeats path ${first}`,
          index,
          input,
          undefined,
          segments,
        ),
      );
      continue;
    }
    seen.set(key, index);
    let match: MaskPath["match"];
    if (grammar !== undefined) {
      match = grammar.match(segments);
      if (match === undefined) {
        const suggestion = suggestions < MAX_SUGGESTIONS ? suggestPattern(grammar, segments) : undefined;
        suggestions++;
        const hint = suggestion === undefined ? "" : `; did you mean ${quoteText(suggestion)}?`;
        issues = addIssue(
          issues,
          makeIssue(
            "not_allowed",
            `${describePath(input, index)} is not an allowed path${hint}`,
            index,
            input,
            undefined,
            segments,
            undefined,
            suggestion,
          ),
        );
        continue;
      }
    }
    paths.push({ index, input, segments, match });
  }
  return { paths, issues };
}
