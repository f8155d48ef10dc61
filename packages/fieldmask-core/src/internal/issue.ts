import type { MaskIssue, MaskIssueCode } from "../field-mask-error.js";
import type { Segment } from "../wildcard.js";

const NO_SEGMENTS: readonly Segment[] = Object.freeze([]) as readonly Segment[];

/**
 * Builds a {@link MaskIssue} with every key set, in one order, so issue objects share one shape.
 * @internal
 */
export function makeIssue(
  code: MaskIssueCode,
  message: string,
  index: number | undefined,
  input: string | undefined,
  column: number | undefined,
  segments: readonly Segment[] | undefined,
  valuePath: readonly (string | number)[] | undefined = undefined,
  suggestion: string | undefined = undefined,
): MaskIssue {
  return {
    code,
    message,
    index,
    input,
    column,
    segments: segments ?? NO_SEGMENTS,
    valuePath,
    suggestion,
  };
}

const MAX_QUOTED = 80;

/**
 * Quotes user text for a message, cut short so a 1 MB path cannot make a 1 MB message.
 * @internal
 */
export function quoteText(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}

/**
 * Describes where a path sits in a mask, for messages: `updateMask[2]`-neutral wording.
 * @internal
 */
export function describePath(input: string, index: number | undefined): string {
  return index === undefined ? `Path ${quoteText(input)}` : `Path ${index} (${quoteText(input)})`;
}

/**
 * A thrown value as text, without letting a hostile `message` getter or `toString` throw again.
 * @internal
 */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "an unreadable error";
  }
}
