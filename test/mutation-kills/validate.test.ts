import {
  compileGrammar,
  type MaskIssue,
  type PatternSpec,
  type StandardSchemaV1,
  validateMask,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";

// validateMask beyond the messages pinned elsewhere: the did-you-mean choice at its thresholds, the walk's
// edges (the root, lists reached by key, the node budget), how validator results of every shape are read, and
// duplicate detection across segment boundaries.

type Row = Pick<MaskIssue, "code" | "index" | "valuePath" | "suggestion" | "message">;

function issues(patterns: readonly (string | PatternSpec)[], mask: unknown, body?: unknown): Row[] | "ok" {
  const result = validateMask(compileGrammar(patterns.slice()), mask, body);
  if (result.ok) return "ok";
  return result.issues.map((issue) => ({
    code: issue.code,
    index: issue.index,
    valuePath: issue.valuePath,
    suggestion: issue.suggestion,
    message: issue.message,
  }));
}

/** The did-you-mean for one path that no pattern admits. */
function suggestion(patterns: readonly string[], path: string | string[]): string | undefined {
  const mask = typeof path === "string" ? [path] : path;
  const result = validateMask(compileGrammar(patterns.slice()), mask);
  if (result.ok) throw new Error(`${String(path)} is allowed`);
  const issue = result.issues[0] as MaskIssue;
  if (issue.code !== "not_allowed") throw new Error(issue.message);
  return issue.suggestion;
}

const schema = (validate: (value: unknown) => unknown): StandardSchemaV1 =>
  ({ "~standard": { version: 1, vendor: "test", validate } }) as StandardSchemaV1;

describe("validateMask: did you mean", () => {
  const alphabet = "abcdefghijklmnopqrstuvwxyz";

  it("suggests a typo within a fifth of the longer length, at least two edits", () => {
    // 17 characters against 20: four edits fit a fifth of 20, not a fifth of 17
    expect(suggestion(["Xbcdefghijklmnopqrst"], "abcdefghijklmnopq")).toBe("Xbcdefghijklmnopqrst");
    expect(suggestion(["Xbcdefghijklmnopqrstu"], "abcdefghijklmnopq")).toBeUndefined();
    // short keys: two edits always allowed, three never
    expect(suggestion(["abcde"], "abc")).toBe("abcde");
    expect(suggestion(["abcdef"], "abc")).toBeUndefined();
    expect(suggestion(["xyc"], "abc")).toBe("xyc");
    expect(suggestion(["xyz"], "abc")).toBeUndefined();
  });

  it("compares paths up to 256 characters and no longer", () => {
    const at256 = `${"a".repeat(255)}b`;
    const at257 = `${"a".repeat(256)}b`;
    expect(suggestion([`${"a".repeat(255)}c`], at256)).toBe(`${"a".repeat(255)}c`);
    expect(suggestion([`${"a".repeat(256)}c`], at257)).toBeUndefined();
  });

  it("takes the closest of several candidates, and the first on a tie", () => {
    expect(suggestion(["colour", "color.x", "colrs"], "colr")).toBe("colrs");
    expect(suggestion(["colour", "colors"], "colr")).toBe("colour");
    expect(suggestion(["abxd", "abcx"], "abcd")).toBe("abxd");
    expect(suggestion(["abcx", "abxd"], "abcd")).toBe("abcx");
    expect(suggestion(["aaaaaa", "abcxyz", "abcdex"], "abcdef")).toBe("abcdex");
  });

  it("measures a path one segment short of a pattern against the pattern's placeholder or wildcard", () => {
    const path = `${alphabet}abcd`;
    const near = `${alphabet}abcx`;
    // the missing last segment counts as ".<k>" or ".*"
    expect(suggestion([`${near}.<k>`], path)).toBe(`${near}.<k>`);
    expect(suggestion([`${near}.*`], path)).toBe(`${near}.*`);
    // ".*" costs 1 + 2 edits: a tie with a literal 3 edits away, so the first listed wins
    expect(suggestion([`${alphabet}ayyy`, `${near}.*`], path)).toBe(`${alphabet}ayyy`);
    expect(suggestion([`${near}.<kkkkkkkkkkkk>`], path)).toBeUndefined();
    // ".<k>" costs 1 + 4 edits: a literal 3 or 4 edits away wins, one 8 edits away does not
    expect(suggestion([`${alphabet}ayyy`, `${near}.<k>`], path)).toBe(`${alphabet}ayyy`);
    expect(suggestion([`${alphabet}yyyy`, `${near}.<k>`], path)).toBe(`${alphabet}yyyy`);
    expect(suggestion([`${alphabet.slice(0, 22)}yyyyyyyy`, `${near}.<k>`], path)).toBe(`${near}.<k>`);
  });

  it("reads a wildcard in the path as * when measuring", () => {
    // the escaped key "*z" is one edit from the wildcard path "xy.*"; so is the key "q"
    expect(suggestion(["xy.\\*z", "xy.q"], "xy.*")).toBe("xy.\\*z");
    expect(suggestion(["xy.q", "xy.\\*z"], "xy.*")).toBe("xy.q");
    expect(suggestion(["xy.\\*\\*z"], "xy.*")).toBe("xy.\\*\\*z");
    expect(suggestion(["a.b.c"], ["a.*.c"])).toBe("a.b.c");
  });

  it("prefers the pattern a short path stops at, then the one sharing most leading segments", () => {
    expect(suggestion(["x.y", "a.b.<c>"], "a.b")).toBe("a.b.<c>");
    expect(suggestion(["a.<k>.c.d"], "a.zzz")).toBe("a.<k>.c.d");
    // a placeholder takes any key when deciding where a short path stops
    expect(suggestion(["a.<k>.cccc", "a.x.qqqq.rrrr"], "a.x")).toBe("a.<k>.cccc");
    expect(suggestion(["q", "a.b.zzzzzzzzzz", "a.zzzzzzzzzz"], "a.b.c.dddddddddddd")).toBe("a.b.zzzzzzzzzz");
    expect(suggestion(["qq.rr"], "a.b")).toBeUndefined();
  });

  it("names the exact pattern rather than its .** twin, whichever comes first", () => {
    expect(suggestion(["m.<k>.**", "m.<k>"], "n.x")).toBe("m.<k>");
    expect(suggestion(["m.<k>", "m.<k>.**"], "n.x")).toBe("m.<k>");
    // only on a tie: a farther exact pattern does not displace a nearer .** one
    expect(suggestion(["m.<k>.**", "nn.xy"], "n.x")).toBe("m.<k>.**");
  });
});

describe("validateMask: walking the body", () => {
  it("says which kind of value the root is when it has no fields", () => {
    expect([5, "text", true, null, [1]].map((body) => issues(["a"], ["a"], body))).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "not_traversable",
            "index": 0,
            "message": "Path 0 ("a") goes through (root), which is number; it has no fields",
            "suggestion": undefined,
            "valuePath": [],
          },
        ],
        [
          {
            "code": "not_traversable",
            "index": 0,
            "message": "Path 0 ("a") goes through (root), which is string; it has no fields",
            "suggestion": undefined,
            "valuePath": [],
          },
        ],
        [
          {
            "code": "not_traversable",
            "index": 0,
            "message": "Path 0 ("a") goes through (root), which is boolean; it has no fields",
            "suggestion": undefined,
            "valuePath": [],
          },
        ],
        [
          {
            "code": "not_traversable",
            "index": 0,
            "message": "Path 0 ("a") goes through (root), which is null; it has no fields",
            "suggestion": undefined,
            "valuePath": [],
          },
        ],
        [
          {
            "code": "not_traversable",
            "index": 0,
            "message": "Path 0 ("a") goes through (root), which is a list; list elements are only reached through *",
            "suggestion": undefined,
            "valuePath": [],
          },
        ],
      ]
    `);
  });

  it("reaches list elements only through *", () => {
    const body = { list: [{ x: 1 }, { x: 2 }] };
    expect(issues(["list.<i>.x"], ["list.0.x"], body)).toEqual([
      {
        code: "not_traversable",
        index: 0,
        valuePath: ["list"],
        suggestion: undefined,
        message:
          'Path 0 ("list.0.x") goes through list, which is a list; list elements are only reached through *',
      },
    ]);
    expect(issues(["list.<i>.x"], ["list.*.x"], body)).toBe("ok");
  });

  it("allows exactly maxNodes values", () => {
    const patterns = ["a.b", "m.*"];
    const limits = { limits: { maxNodes: 2 } };
    const body = { a: { b: 1 }, m: { x: 1, y: 2 } };
    const grammar = compileGrammar(patterns, limits);
    expect(validateMask(grammar, ["a.b"], body).ok).toBe(true);
    expect(validateMask(grammar, ["m.*"], body).ok).toBe(false);
    const tight = compileGrammar(patterns, { limits: { maxNodes: 3 } });
    expect(validateMask(tight, ["m.*"], body).ok).toBe(true);
  });

  it("reports a body that cannot be read as one issue instead of throwing", () => {
    const body = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error("no reading");
        },
      },
    );
    expect(issues(["a"], ["a"], body)).toEqual([
      {
        code: "invalid_value",
        index: undefined,
        valuePath: undefined,
        suggestion: undefined,
        message: "The mask could not be checked: no reading",
      },
    ]);
  });
});

describe("validateMask: reading validator results", () => {
  it("passes a result without issues, and fails closed on a broken validator's result", () => {
    for (const result of [{ value: 1 }, { issues: undefined }]) {
      expect(issues([{ path: "a", schema: schema(() => result) }], ["a"], { a: 1 })).toBe("ok");
    }
    // not a Standard Schema result: a validator that forgot to return must not let every value through
    const broken: [unknown, string][] = [
      [undefined, "no result"],
      [null, "no result"],
      [() => 1, "no result"],
      [true, "no result"],
      [{ issues: null }, "issues that are not a list"],
      [{ issues: "bad" }, "issues that are not a list"],
    ];
    for (const [result, why] of broken) {
      expect(issues([{ path: "a", schema: schema(() => result) }], ["a"], { a: 1 })).toEqual([
        {
          code: "invalid_value",
          index: 0,
          valuePath: ["a"],
          suggestion: undefined,
          message: `Path 0 ("a") has an invalid value at a: the validator returned ${why}`,
        },
      ]);
    }
  });

  it("reports an empty issues list as a pass and a thenable object as asynchronous", () => {
    expect(issues([{ path: "a", schema: schema(() => ({ issues: [] })) }], ["a"], { a: 1 })).toBe("ok");
    // biome-ignore lint/suspicious/noThenProperty: a thenable validator result is exactly what is under test
    const thenable = { then: (resolve: (v: unknown) => void) => resolve({ value: 1 }) };
    expect(issues([{ path: "a", schema: schema(() => thenable) }], ["a"], { a: 1 })).toEqual([
      {
        code: "invalid_value",
        index: 0,
        valuePath: ["a"],
        suggestion: undefined,
        message:
          'Path 0 ("a") has an invalid value at a: the validator is asynchronous, which validateMask does not support',
      },
    ]);
    // an object whose then is not a function is an ordinary result
    // biome-ignore lint/suspicious/noThenProperty: a non-function then is what is under test
    const notThenable = { then: 1 };
    expect(issues([{ path: "a", schema: schema(() => notThenable) }], ["a"], { a: 1 })).toBe("ok");
  });

  it("gives each validator issue its own value path", () => {
    const many = schema(() => ({
      issues: [
        { message: "first", path: ["x", { key: 0 }] },
        { message: "second", path: [{ key: "y" }, 3, Symbol.for("s")] },
        { message: "third" },
        { message: "fourth", path: [] },
        // not a Standard Schema path element, but a validator may send it: shown, not thrown on
        { message: "fifth", path: [null] },
      ],
    }));
    const rows = issues([{ path: "m.<k>", schema: many }], ["m.*"], { m: { p: 1, q: 2 } });
    expect(rows === "ok" ? [] : rows.map((row) => [row.valuePath, row.message])).toEqual([
      [["m", "p", "x", 0], 'Path 0 ("m.*") has an invalid value at m.p.x.0: first'],
      [["m", "p", "y", 3, "Symbol(s)"], 'Path 0 ("m.*") has an invalid value at m.p.y.3.Symbol(s): second'],
      [["m", "p"], 'Path 0 ("m.*") has an invalid value at m.p: third'],
      [["m", "p"], 'Path 0 ("m.*") has an invalid value at m.p: fourth'],
      [["m", "p", "null"], 'Path 0 ("m.*") has an invalid value at m.p.null: fifth'],
      [["m", "q", "x", 0], 'Path 0 ("m.*") has an invalid value at m.q.x.0: first'],
      [["m", "q", "y", 3, "Symbol(s)"], 'Path 0 ("m.*") has an invalid value at m.q.y.3.Symbol(s): second'],
      [["m", "q"], 'Path 0 ("m.*") has an invalid value at m.q: third'],
      [["m", "q"], 'Path 0 ("m.*") has an invalid value at m.q: fourth'],
      [["m", "q", "null"], 'Path 0 ("m.*") has an invalid value at m.q.null: fifth'],
    ]);
  });

  it("reports validator issues without a path at the value, and a thrown non-Error as text", () => {
    const rootIssue = schema(() => ({ issues: [{ message: "bad" }] }));
    const rows = issues([{ path: "*", schema: rootIssue }], ["*"], { k: 1 });
    expect(rows === "ok" ? [] : rows.map((row) => row.message)).toEqual([
      'Path 0 ("*") has an invalid value at k: bad',
    ]);
    const thrower = schema(() => {
      throw "plain text";
    });
    const thrown = issues([{ path: "k", schema: thrower }], ["k"], { k: 1 });
    expect(thrown === "ok" ? [] : thrown.map((row) => [row.code, row.message])).toEqual([
      ["invalid_value", 'Path 0 ("k") has an invalid value at k: the validator threw (plain text)'],
    ]);
  });

  it("gives a .** pattern's validator the value at the pattern's base only", () => {
    const seen: unknown[] = [];
    const recording = schema((value) => {
      seen.push(value);
      return { issues: [{ message: "refused" }] };
    });
    const patterns = [{ path: "m.<k>.**", schema: recording }];
    const body = { m: { a: { deep: 1 } } };
    expect(issues(patterns, ["m.a.deep"], body)).toBe("ok");
    expect(seen).toEqual([]);
    const rows = issues(patterns, ["m.a"], body);
    expect(rows === "ok" ? [] : rows.map((row) => row.message)).toEqual([
      'Path 0 ("m.a") has an invalid value at m.a: refused',
    ]);
    expect(seen).toEqual([{ deep: 1 }]);
  });
});

describe("validateMask: duplicates", () => {
  it("tells paths apart across segment boundaries and escapes, and finds true repeats", () => {
    const rows = issues(
      ["<a>", "<a>.<b>", "<a>.<b>.<c>"],
      ["a.b", "ab", "a\\.b", "a.b.c", "a.bc", "ab.c", "a\\.b"],
    );
    expect(rows === "ok" ? [] : rows.map((row) => [row.code, row.index, row.message])).toEqual([
      ["duplicate_path", 6, 'Path 6 ("a\\\\.b") repeats path 2'],
    ]);
    expect(issues(["<a>.<b>"], ["a.*", "a.\\*", "a.*"])).toEqual([
      {
        code: "duplicate_path",
        index: 2,
        valuePath: undefined,
        suggestion: undefined,
        message: 'Path 2 ("a.*") repeats path 0',
      },
    ]);
  });

  it("checks every path against a body only once the mask is clean of syntax problems per path", () => {
    const rows = issues(["a", "b"], ["a", "zz", "b"], { a: 1 });
    expect(rows === "ok" ? [] : rows.map((row) => [row.code, row.index, row.valuePath])).toEqual([
      ["not_allowed", 1, undefined],
      ["missing_value", 2, ["b"]],
    ]);
  });
});
