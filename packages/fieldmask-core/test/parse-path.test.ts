import { DEFAULT_LIMITS, FieldMaskError, formatPath, parsePath, WILDCARD } from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { FORMAT_ROWS, PARSE_ERROR_ROWS, PARSE_ROWS } from "./parse-path.testdata.js";

function caught(run: () => unknown): FieldMaskError {
  try {
    run();
  } catch (error) {
    if (error instanceof FieldMaskError) return error;
    throw error;
  }
  throw new Error("expected a FieldMaskError");
}

describe("parsePath golden rows", () => {
  for (const row of PARSE_ROWS) {
    it(`${row.syntax}: ${row.name}`, () => {
      expect(parsePath(row.input, { syntax: row.syntax })).toEqual(row.expected);
    });
  }
  for (const row of PARSE_ERROR_ROWS) {
    it(`${row.syntax}: rejects ${row.name}`, () => {
      const error = caught(() => parsePath(row.input, { syntax: row.syntax }));
      expect(error.issues).toHaveLength(1);
      const issue = error.issues[0];
      expect(issue?.code).toBe(row.code);
      expect(issue?.column).toBe(row.column);
      expect(issue?.segments).toEqual(row.segments);
      expect(issue?.input).toBe(row.input);
      expect(issue?.index).toBeUndefined();
    });
  }
});

describe("formatPath golden rows", () => {
  for (const row of FORMAT_ROWS) {
    it(`${row.syntax}: ${row.name}`, () => {
      expect(formatPath(row.segments, { syntax: row.syntax })).toBe(row.expected);
      expect(parsePath(row.expected, { syntax: row.syntax })).toEqual(row.segments);
    });
  }
});

describe("parsePath", () => {
  it("keeps a literal * key distinguishable from the wildcard", () => {
    const [wild] = parsePath("*");
    const [literal] = parsePath("\\*");
    expect(wild).toBe(WILDCARD);
    expect(literal).toBe("*");
  });

  it("pins its error message", () => {
    expect(caught(() => parsePath("config..read")).message).toMatchInlineSnapshot(
      `"Path "config..read" has an empty segment at column 8"`,
    );
    expect(caught(() => parsePath("a.`b", { syntax: "backtick" })).message).toMatchInlineSnapshot(
      `"Path "a.\`b" has a backtick quote that is never closed at column 3"`,
    );
  });

  it("checks the length limit before reading the path", () => {
    const long = "a".repeat(DEFAULT_LIMITS.maxPathLength + 1);
    const issue = caught(() => parsePath(long)).issues[0];
    expect(issue?.code).toBe("limit_exceeded");
    expect(issue?.column).toBe(DEFAULT_LIMITS.maxPathLength + 1);
    expect(issue?.message).toBe(`Path "${"a".repeat(80)}…" is longer than 4096 characters at column 4097`);
  });

  it("stops at the segment limit", () => {
    const issue = caught(() => parsePath("a.b.c.d", { limits: { maxSegments: 3 } })).issues[0];
    expect(issue?.code).toBe("limit_exceeded");
    expect(issue?.column).toBe(7);
    expect(issue?.segments).toEqual(["a", "b", "c"]);
    expect(parsePath("a.b.c", { limits: { maxSegments: 3 } })).toEqual(["a", "b", "c"]);
  });

  it("reads a deep path without recursion when the limits allow it", () => {
    const deep = `a${".a".repeat(100_000)}`;
    const segments = parsePath(deep, { limits: { maxSegments: 200_000, maxPathLength: 300_000 } });
    expect(segments).toHaveLength(100_001);
  });

  it("rejects a non-string with a typed error", () => {
    expect(caught(() => parsePath(42 as unknown as string)).issues[0]?.code).toBe("not_a_string");
  });
});

describe("formatPath", () => {
  it("refuses what no path text can express", () => {
    expect(caught(() => formatPath([])).issues[0]?.code).toBe("empty_path");
    const issue = caught(() => formatPath(["a", ""])).issues[0];
    expect(issue?.code).toBe("empty_segment");
    expect(issue?.segments).toEqual(["a"]);
  });
});
