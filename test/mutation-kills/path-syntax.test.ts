import { FieldMaskError, formatPath, type MaskIssue, parseMask, parsePath, WILDCARD } from "@fieldmask/core";
import { describe, expect, it } from "vitest";

// Path text in both syntaxes: which segments formatPath leaves bare, how the scanner decodes escapes around
// its internal block boundaries, the errors only the backtick syntax has, and how long text is quoted in
// messages.

function issueOf(fn: () => unknown): Pick<MaskIssue, "code" | "column" | "segments" | "message"> | string {
  try {
    return `returned ${JSON.stringify(fn(), (_k, v) => (v === WILDCARD ? "*" : v))}`;
  } catch (error) {
    if (!(error instanceof FieldMaskError)) return `${(error as Error).name}: ${(error as Error).message}`;
    const issue = error.issues[0] as MaskIssue;
    return { code: issue.code, column: issue.column, segments: issue.segments, message: issue.message };
  }
}

describe("formatPath in the backtick syntax", () => {
  // [A-Za-z_][A-Za-z0-9_]* stays bare; each character just outside a range forces quotes
  const rows: readonly [string, string][] = [
    ["A", "A"],
    ["Z", "Z"],
    ["a", "a"],
    ["z", "z"],
    ["_", "_"],
    ["x0", "x0"],
    ["x9", "x9"],
    ["_0", "_0"],
    ["Az_09", "Az_09"],
    ["@", "`@`"],
    ["[", "`[`"],
    ["{", "`{`"],
    ["0x", "`0x`"],
    ["9", "`9`"],
    ["x/", "`x/`"],
    ["x:", "`x:`"],
    ["x-y", "`x-y`"],
    ["x y", "`x y`"],
    ["*", "`*`"],
    ["a.b", "`a.b`"],
    ["`", "`\\``"],
    ["\\", "`\\\\`"],
    ["a`b\\c`", "`a\\`b\\\\c\\``"],
  ];
  it.each(rows)("%s → %s, which reads back", (segment, text) => {
    expect(formatPath(["root", segment], { syntax: "backtick" })).toBe(`root.${text}`);
    expect(parsePath(`root.${text}`, { syntax: "backtick" })).toEqual(["root", segment]);
  });

  it("writes the wildcard bare in both syntaxes", () => {
    expect(formatPath([WILDCARD, "x"], { syntax: "backtick" })).toBe("*.x");
    expect(formatPath([WILDCARD, "*"])).toBe("*.\\*");
  });
});

describe("formatPath in the backslash syntax", () => {
  const rows: readonly [string, string][] = [
    ["plain", "plain"],
    ["a.b", "a\\.b"],
    ["a\\b", "a\\\\b"],
    [".", "\\."],
    ["..\\", "\\.\\.\\\\"],
    ["a,b", "a,b"],
    ["**", "**"],
    ["`x`", "`x`"],
  ];
  it.each(rows)("%s → %s, which reads back", (segment, text) => {
    expect(formatPath([segment, "z"])).toBe(`${text}.z`);
    expect(parsePath(`${text}.z`)).toEqual([segment, "z"]);
  });

  it("names the segment it cannot format, with the segments before it", () => {
    expect([
      issueOf(() => formatPath(["a", "b", "__proto__", "c"])),
      issueOf(() => formatPath(["prototype"])),
      issueOf(() => formatPath(["a", 5 as never, "c"])),
      issueOf(() => formatPath([null as never])),
      issueOf(() => formatPath(["a", "b", ""], { syntax: "backtick" })),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "forbidden_segment",
          "column": undefined,
          "message": "Cannot format the forbidden segment "__proto__" (segment 3)",
          "segments": [
            "a",
            "b",
          ],
        },
        {
          "code": "forbidden_segment",
          "column": undefined,
          "message": "Cannot format the forbidden segment "prototype" (segment 1)",
          "segments": [],
        },
        {
          "code": "not_a_string",
          "column": undefined,
          "message": "Cannot format segment 2: it is not a string",
          "segments": [
            "a",
          ],
        },
        {
          "code": "not_a_string",
          "column": undefined,
          "message": "Cannot format segment 1: it is not a string",
          "segments": [],
        },
        {
          "code": "empty_segment",
          "column": undefined,
          "message": "Cannot format an empty segment (segment 3)",
          "segments": [
            "a",
            "b",
          ],
        },
      ]
    `);
  });
});

describe("parsePath: decoding escapes", () => {
  // the scanner copies long plain runs as slices and buffers short ones code by code: both must decode alike
  const runs = [0, 1, 63, 64, 65, 66, 130];
  it.each(runs)("decodes an escape after a plain run of %i characters", (length) => {
    const plain = "p".repeat(length);
    expect(parsePath(`${plain}\\.${plain}\\\\q.${plain}\\*`)).toEqual([`${plain}.${plain}\\q`, `${plain}*`]);
  });

  it("decodes thousands of escapes in one segment, and keeps each segment's escapes apart", () => {
    const many = "\\.x".repeat(5000);
    const [first, second, third] = parsePath(`${many}.a\\.b.${"y".repeat(70)}\\.`, {
      limits: { maxPathLength: 20_000 },
    });
    expect(first).toBe(".x".repeat(5000));
    expect(second).toBe("a.b");
    expect(third).toBe(`${"y".repeat(70)}.`);
  });

  it("ends a segment right after an escape", () => {
    expect(parsePath("\\..\\\\")).toEqual([".", "\\"]);
    expect(parsePath("a\\*")).toEqual(["a*"]);
    expect(parsePath("\\*")).toEqual(["*"]);
  });
});

describe("parsePath: the backtick syntax", () => {
  const backtick = { syntax: "backtick" as const };
  it("refuses an empty segment before, between or after others", () => {
    expect([
      issueOf(() => parsePath(".a", backtick)),
      issueOf(() => parsePath("a..b", backtick)),
      issueOf(() => parsePath("`a`..b", backtick)),
      issueOf(() => parsePath("`a`.", backtick)),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "empty_segment",
          "column": 1,
          "message": "Path ".a" has an empty segment at column 1",
          "segments": [],
        },
        {
          "code": "empty_segment",
          "column": 3,
          "message": "Path "a..b" has an empty segment at column 3",
          "segments": [
            "a",
          ],
        },
        {
          "code": "empty_segment",
          "column": 5,
          "message": "Path "\`a\`..b" has an empty segment at column 5",
          "segments": [
            "a",
          ],
        },
        {
          "code": "empty_segment",
          "column": 5,
          "message": "Path "\`a\`." has an empty segment at column 5",
          "segments": [
            "a",
          ],
        },
      ]
    `);
  });

  it("stops at the segment limit", () => {
    const limited = { syntax: "backtick" as const, limits: { maxSegments: 2 } };
    expect(parsePath("a.`b`", limited)).toEqual(["a", "b"]);
    expect(issueOf(() => parsePath("a.`b`.c", limited))).toMatchInlineSnapshot(`
      {
        "code": "limit_exceeded",
        "column": 7,
        "message": "Path "a.\`b\`.c" has more than 2 segments at column 7",
        "segments": [
          "a",
          "b",
        ],
      }
    `);
  });

  it("reads quoted, escaped and bare segments", () => {
    expect(parsePath("`a.b`.*.`*`.`x\\`y\\\\z`", backtick)).toEqual(["a.b", WILDCARD, "*", "x`y\\z"]);
  });
});

describe("messages quote long paths", () => {
  it("quotes a path of 80 characters whole and cuts a longer one at 80", () => {
    const at80 = `${"x".repeat(79)}.`;
    const at81 = `${"x".repeat(80)}.`;
    expect(issueOf(() => parsePath(at80))).toMatchObject({
      message: `Path "${at80}" has an empty segment at column 81`,
    });
    expect(issueOf(() => parsePath(at81))).toMatchObject({
      message: `Path "${"x".repeat(80)}…" has an empty segment at column 82`,
    });
  });
});

describe("parseMask never throws", () => {
  it("turns a mask array whose entries cannot be read into an issue", () => {
    const hostile = new Proxy(["a"], {
      getOwnPropertyDescriptor() {
        throw new Error("no entries here");
      },
    });
    expect(parseMask(hostile)).toEqual({
      ok: false,
      issues: [
        {
          code: "not_an_array",
          message: "The mask could not be read: no entries here",
          index: undefined,
          input: undefined,
          column: undefined,
          segments: [],
          valuePath: undefined,
          suggestion: undefined,
        },
      ],
    });
  });

  it("describes a thrown value it cannot turn into text", () => {
    const unreadable = new Proxy(["a"], {
      getOwnPropertyDescriptor() {
        throw {
          toString() {
            throw new Error("nor this");
          },
        };
      },
    });
    const result = parseMask(unreadable);
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      "The mask could not be read: an unreadable error",
    ]);
    const badMessage = Object.create(Error.prototype, {
      message: {
        get() {
          throw new Error("no message");
        },
      },
    });
    const throwing = new Proxy(["a"], {
      getOwnPropertyDescriptor() {
        throw badMessage;
      },
    });
    const second = parseMask(throwing);
    expect(second.ok ? [] : second.issues.map((issue) => issue.message)).toEqual([
      "The mask could not be read: an unreadable error",
    ]);
  });
});
