import {
  canonicalizeMask,
  FieldMaskError,
  intersectMasks,
  maskCovers,
  subtractMasks,
  unionMasks,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";

// The mask algebra: which argument a bad path is reported against, how entries that are not plain strings are
// read (holes, getters), and the covering rules at wildcards.

function messages(fn: () => unknown): string[] {
  try {
    return [`returned ${JSON.stringify(fn())}`];
  } catch (error) {
    if (!(error instanceof FieldMaskError)) return [`${(error as Error).name}: ${(error as Error).message}`];
    return error.issues.map((issue) => `${issue.code} ${issue.index ?? "-"}: ${issue.message}`);
  }
}

/** An array whose entry 1 is a hole: not an own property at all. */
function withHole(first: string, last: string): string[] {
  const list = new Array<string>(3);
  list[0] = first;
  list[2] = last;
  return list;
}

describe("the algebra names the argument a bad path is in", () => {
  const bad = ["ok", "a..b"];
  const rows: readonly [string, () => unknown, string][] = [
    ["union, first", () => unionMasks(bad, ["x"]), "The first mask"],
    ["union, second", () => unionMasks(["x"], bad), "The second mask"],
    ["intersect, first", () => intersectMasks(bad, ["x"]), "The first mask"],
    ["intersect, second", () => intersectMasks(["x"], bad), "The second mask"],
    ["subtract, first", () => subtractMasks(bad, ["x"]), "The first mask"],
    ["subtract, second", () => subtractMasks(["x"], bad), "The second mask"],
    ["canonicalize", () => canonicalizeMask(bad), "The mask"],
    ["covers, mask", () => maskCovers(bad, "x"), "The mask"],
  ];
  it.each(rows)("%s", (_name, fn, what) => {
    expect(messages(fn)).toEqual([
      `empty_segment 1: ${what}: Path 1 ("a..b") has an empty segment at column 3`,
    ]);
  });

  it("reports a tested path that is not a string", () => {
    expect(messages(() => maskCovers(["a"], 5 as never))).toEqual([
      "not_a_string 0: The tested path: path 0 is not a string",
    ]);
  });

  it("reports a mask that is not an array, for each argument", () => {
    expect(messages(() => intersectMasks(["a"], "a" as never))).toEqual([
      "not_an_array -: The second mask is not an array of paths",
    ]);
    expect(messages(() => maskCovers({} as never, "a"))).toEqual([
      "not_an_array -: The mask is not an array of paths",
    ]);
    expect(messages(() => canonicalizeMask(["a", "b"], { limits: { maxPaths: 1 } }))).toEqual([
      "limit_exceeded -: The mask has 2 paths, more than the limit of 1",
    ]);
  });
});

describe("the algebra reads own data entries only", () => {
  it("reports a hole as a path that is not a string", () => {
    expect(messages(() => canonicalizeMask(withHole("b", "a")))).toEqual([
      "not_a_string 1: The mask: path 1 is not a string",
    ]);
    expect(messages(() => unionMasks(["x"], withHole("b", "a")))).toEqual([
      "not_a_string 1: The second mask: path 1 is not a string",
    ]);
  });

  it("never runs a getter on the mask array", () => {
    let calls = 0;
    const mask = ["a"];
    Object.defineProperty(mask, 1, {
      enumerable: true,
      get() {
        calls++;
        return "b";
      },
    });
    expect(messages(() => subtractMasks(mask, []))).toEqual([
      "not_a_string 1: The first mask: path 1 is not a string",
    ]);
    expect(calls).toBe(0);
  });
});

describe("covering at wildcards", () => {
  const rows: readonly [string[], string, boolean][] = [
    [["a.*"], "a.b.c", true],
    [["a.*"], "a", false],
    [["a.*.c"], "a.b.c", true],
    [["a.*.c"], "a.b.d", false],
    [["a.b"], "a.*", false],
    [["a.*"], "a.*", true],
    [["*"], "x.y", true],
    [["a.b.c", "a.*.d"], "a.b.d.e", true],
    [["a.b.c", "a.*.d"], "a.b.e", false],
    [["a.\\*"], "a.b", false],
    [["a.\\*"], "a.\\*.b", true],
  ];
  it.each(rows)("%j covers %s: %s", (mask, path, expected) => {
    expect(maskCovers(mask, path)).toBe(expected);
  });

  it("keeps a path that is covered only by itself, and drops one covered through a wildcard", () => {
    expect(canonicalizeMask(["a.b", "a.b", "a.*.c", "a.*"])).toEqual(["a.*"]);
    expect(canonicalizeMask(["a.b.c", "a.*.c", "a.b.c"])).toEqual(["a.*.c"]);
    expect(canonicalizeMask(["a.b.c", "a.b.c"])).toEqual(["a.b.c"]);
    expect(canonicalizeMask(["b", "a", "*.z", "b"])).toEqual(["*.z", "a", "b"]);
  });

  it("intersects paths of equal length whose wildcards sit at different places", () => {
    expect(intersectMasks(["a.*"], ["*.b"])).toEqual(["a.b"]);
    expect(intersectMasks(["*.b"], ["a.*"])).toEqual(["a.b"]);
    expect(intersectMasks(["a.*.c"], ["a.b"])).toEqual(["a.b.c"]);
    expect(intersectMasks(["a.b"], ["a.c"])).toEqual([]);
  });

  it("subtracts what a wildcard path covers and keeps what it only partly covers", () => {
    expect(subtractMasks(["a.b.c", "a.d", "e"], ["a.*.c"])).toEqual(["a.d", "e"]);
    expect(subtractMasks(["a"], ["a.*"])).toEqual(["a"]);
    expect(subtractMasks(["a.b", "a.b"], ["x"])).toEqual(["a.b"]);
  });
});
