import { FieldMaskError, type MaskIssue } from "@fieldmask/core";

/**
 * The outcome of a call as lines, for inline snapshots: the JSON of what it returned, or every issue of the
 * FieldMaskError it threw (each written by `show`), or the name and message of any other error.
 */
export function outcome(fn: () => unknown, show: (issue: MaskIssue) => string): string[] {
  try {
    return [`returned ${JSON.stringify(fn())}`];
  } catch (error) {
    if (error instanceof FieldMaskError) return error.issues.map(show);
    return [`${(error as Error).name}: ${(error as Error).message}`];
  }
}
