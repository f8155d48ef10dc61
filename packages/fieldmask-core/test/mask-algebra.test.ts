import {
  canonicalizeMask,
  FieldMaskError,
  intersectMasks,
  maskCovers,
  subtractMasks,
  unionMasks,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import {
  COVERS_ROWS,
  type FoldRow,
  INTERSECT_ROWS,
  NORMALIZE_ROWS,
  SUBTRACT_ROWS,
  UNION_ROWS,
} from "./mask-algebra.testdata.js";

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FieldMaskError) return error.issues[0]?.code ?? "no issue";
    throw error;
  }
  return "no error";
}

type Binary = (a: readonly string[], b: readonly string[]) => string[];

// Rows with more than two masks fold left, as the Java varargs and Go variadic forms do.
function fold(op: Binary, masks: FoldRow["masks"]): string[] {
  let result = op(masks[0] ?? [], masks[1] ?? []);
  for (let i = 2; i < masks.length; i++) result = op(result, masks[i] ?? []);
  return result;
}

describe("canonicalizeMask golden rows", () => {
  for (const row of NORMALIZE_ROWS) {
    it(row.id, () => {
      if ("error" in row) expect(codeOf(() => canonicalizeMask(row.mask))).toBe(row.error);
      else expect(canonicalizeMask(row.mask)).toEqual(row.expected);
    });
  }
});

const FOLDS: readonly [string, Binary, readonly FoldRow[]][] = [
  ["unionMasks", unionMasks, UNION_ROWS],
  ["intersectMasks", intersectMasks, INTERSECT_ROWS],
  ["subtractMasks", subtractMasks, SUBTRACT_ROWS],
];

for (const [name, op, rows] of FOLDS) {
  describe(`${name} golden rows`, () => {
    for (const row of rows) {
      it(row.id, () => {
        if ("error" in row) expect(codeOf(() => fold(op, row.masks))).toBe(row.error);
        else expect(fold(op, row.masks)).toEqual(row.expected);
      });
    }
  });
}

describe("maskCovers golden rows", () => {
  for (const row of COVERS_ROWS) {
    it(row.id, () => {
      if ("error" in row) expect(codeOf(() => maskCovers(row.mask, row.path))).toBe(row.error);
      else expect(maskCovers(row.mask, row.path)).toBe(row.expected);
    });
  }
});

describe("mask algebra", () => {
  it("reports every bad path of both masks at once", () => {
    // Arrange
    const a = ["ok", "a..b", 3 as unknown as string];
    const b = ["c.", "fine"];
    // Act
    let error: unknown;
    try {
      unionMasks(a, b);
    } catch (e) {
      error = e;
    }
    // Assert
    expect(error).toBeInstanceOf(FieldMaskError);
    const issues = (error as FieldMaskError).issues;
    expect(issues.map((issue) => [issue.code, issue.index])).toEqual([
      ["empty_segment", 1],
      ["not_a_string", 2],
      ["empty_segment", 0],
    ]);
    expect(issues[2]?.message).toMatchInlineSnapshot(
      `"The second mask: Path 0 ("c.") has an empty segment at column 3"`,
    );
  });

  it("reads and writes the backtick syntax", () => {
    const options = { syntax: "backtick" } as const;
    expect(canonicalizeMask(["reviews.`John Smith`", "reviews.`John Smith`.x", "a"], options)).toEqual([
      "a",
      "reviews.`John Smith`",
    ]);
  });

  it("handles a deep path (N16) without overflowing the stack", () => {
    const deep = `a${".a".repeat(100_000)}`;
    const limits = { limits: { maxSegments: 200_000, maxPathLength: 300_000 } };
    expect(subtractMasks(unionMasks([deep], [deep], limits), [deep], limits)).toEqual([]);
    expect(unionMasks([deep], [deep], limits)).toEqual([deep]);
    expect(intersectMasks([deep], ["a.a"], limits)).toEqual([deep]);
  });

  it("refuses more paths than the limit", () => {
    expect(codeOf(() => canonicalizeMask(["a", "b", "c"], { limits: { maxPaths: 2 } }))).toBe(
      "limit_exceeded",
    );
  });
});
