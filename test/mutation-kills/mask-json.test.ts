import { FieldMaskError, type MaskIssue, maskFromJson, maskToJson, WILDCARD } from "@fieldmask/core";
import { describe, expect, it } from "vitest";

// The protobuf JSON form of a mask ("a.b,c"): the camelCase conversion at the edges of each character range,
// comma splitting in both syntaxes, and the path limit while splitting.

function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof FieldMaskError)) return `${(error as Error).name}: ${(error as Error).message}`;
    return error.issues.map((issue: MaskIssue) => ({
      code: issue.code,
      index: issue.index,
      input: issue.input,
      column: issue.column,
      segments: issue.segments.map((s) => (s === WILDCARD ? "*" : s)),
      message: issue.message,
    }));
  }
}

describe("maskToJson with camelCase: snake_case out", () => {
  // every key is its own path, so one row shows one character class edge
  const rows: readonly [string, string][] = [
    ["a_b", "aB"],
    ["x_a", "xA"], // a is the first letter that may follow _
    ["x_z", "xZ"], // z is the last
    ["x@", "x@"], // just below A: kept as is
    ["x[", "x["], // just above Z: kept as is
    ["x`", "x`"],
    ["x{", "x{"],
    ["a_b_c.d_e", "aBC.dE"],
  ];
  it.each(rows)("%s → %s", (key, expected) => {
    expect(maskToJson([key], { camelCase: true })).toBe(expected);
  });

  const refused: readonly string[] = ["A", "Z", "xA", "xZ", "aZ_b"];
  it.each(refused)("refuses %s: an uppercase letter would not come back", (key) => {
    expect(outcome(() => maskToJson([key], { camelCase: true }))).toEqual([
      {
        code: "invalid_value",
        index: 0,
        input: key,
        column: undefined,
        segments: [],
        message: `Path 0: ${JSON.stringify(key)} has an uppercase letter, which lowerCamelCase cannot keep`,
      },
    ]);
  });

  const badUnderscore: readonly string[] = ["x_", "x_`", "x_{", "x_A", "x__y", "x_0"];
  it.each(badUnderscore)("refuses %s: its _ is not followed by a lowercase letter", (key) => {
    expect(outcome(() => maskToJson([`ok.${key}.z`], { camelCase: true }))).toEqual([
      {
        code: "invalid_value",
        index: 0,
        input: `ok.${key}.z`,
        column: undefined,
        segments: ["ok"],
        message: `Path 0: ${JSON.stringify(key)} has a "_" not followed by a lowercase letter`,
      },
    ]);
  });

  it("keeps keys as they are without camelCase, and works without options", () => {
    expect(maskToJson(["A_b.x_", "c"])).toBe("A_b.x_,c");
    expect(maskToJson(["A_b"], { camelCase: false })).toBe("A_b");
    expect(maskToJson(["a,b.c", "*"])).toBe("a\\,b.c,*");
  });

  it("names the mask in a syntax error", () => {
    expect(outcome(() => maskToJson(["a", "b..c"]))).toEqual([
      {
        code: "empty_segment",
        index: 1,
        input: "b..c",
        column: 3,
        segments: ["b"],
        message: 'The mask: Path 1 ("b..c") has an empty segment at column 3',
      },
    ]);
  });

  it("writes the backtick syntax when asked, quoting keys that are not identifiers", () => {
    expect(maskToJson(["`a,b`.c_d", "`x y`"], { syntax: "backtick", camelCase: true })).toBe(
      "`a,b`.cD,`x y`",
    );
  });
});

describe("maskFromJson with camelCase: lowerCamelCase in", () => {
  const rows: readonly [string, string[]][] = [
    ["xA", ["x_a"]],
    ["xZ", ["x_z"]],
    ["A", ["_a"]],
    ["x@", ["x@"]],
    ["x[", ["x["]],
    ["aBC.dE", ["a_b_c.d_e"]],
    ["a.*.bC", ["a.*.b_c"]],
    ["*", ["*"]],
    ["a\\*B", ["a*_b"]],
  ];
  it.each(rows)("%s → %j", (text, expected) => {
    expect(maskFromJson(text, { camelCase: true })).toEqual(expected);
  });

  it("names the path and the segments read before a key with _", () => {
    expect(outcome(() => maskFromJson("ok,a.*.b_c.d", { camelCase: true }))).toEqual([
      {
        code: "invalid_value",
        index: 1,
        input: "a.*.b_c.d",
        column: undefined,
        segments: ["a", "*"],
        message: 'Path 1: "b_c" has a "_", which lowerCamelCase never has',
      },
    ]);
  });

  it("reads without options", () => {
    expect(maskFromJson("fooBar,a.b")).toEqual(["fooBar", "a.b"]);
  });
});

describe("maskFromJson: splitting at commas", () => {
  it("treats a backslash outside backticks as text in the backtick syntax, so a comma after it splits", () => {
    expect(outcome(() => maskFromJson("`a\\`,b`,c", { syntax: "backtick" }))).toEqual(["`a\\`,b`", "c"]);
    expect(outcome(() => maskFromJson("a\\,b", { syntax: "backtick" }))).toEqual([
      {
        code: "unexpected_character",
        index: 0,
        input: "a\\",
        column: 2,
        segments: [],
        message:
          'The mask: Path 0 ("a\\\\") has a backslash outside backticks (quote the segment) at column 2',
      },
    ]);
  });

  it("escapes a comma with a backslash in the backslash syntax", () => {
    expect(maskFromJson("a\\,b,c\\\\,d")).toEqual(["a,b", "c\\\\", "d"]);
  });

  it("allows exactly the path limit, trailing comma included", () => {
    expect(maskFromJson("a,", { limits: { maxPaths: 1 } })).toEqual(["a"]);
    expect(maskFromJson(",a,,", { limits: { maxPaths: 1 } })).toEqual(["a"]);
    expect(maskFromJson("a,b", { limits: { maxPaths: 2 } })).toEqual(["a", "b"]);
    expect(outcome(() => maskFromJson("a,b", { limits: { maxPaths: 1 } }))).toEqual([
      {
        code: "limit_exceeded",
        index: undefined,
        input: undefined,
        column: undefined,
        segments: [],
        message: "The mask has more than 1 paths",
      },
    ]);
  });
});
