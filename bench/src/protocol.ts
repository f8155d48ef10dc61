// What a child process prints for the parent.

/** The line prefix the parent looks for, so stray console output from a library cannot break the protocol. */
export const RESULT_PREFIX = "@@bench ";

/** What a child reports for one repetition. Times are nanoseconds per operation. */
export type ChildResult =
  | { kind: "ok"; name: string; median: number; samples: number; min: number; max: number }
  | { kind: "missing"; name: string; reason: string }
  | { kind: "error"; name: string; reason: string };
