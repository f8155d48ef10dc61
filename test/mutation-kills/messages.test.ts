import {
  applyMask,
  canonicalizeMask,
  compileGrammar,
  diffMask,
  FieldMaskError,
  formatPath,
  intersectMasks,
  type MaskIssue,
  maskCovers,
  maskFromJson,
  maskFromPatches,
  maskToJson,
  parseMask,
  parsePath,
  pickMask,
  type StandardSchemaV1,
  subtractMasks,
  toJsonPatch,
  unionMasks,
  validateMask,
  WILDCARD,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";

// Every issue the core can report, with its message, column, segments and value path pinned: what a client
// shows its user is part of the contract (and a mutant that changes a message, a column or a branch is caught).

function show(issue: MaskIssue): string {
  const segments = issue.segments.map((s) => (s === WILDCARD ? "*" : s)).join("|");
  const where = `${issue.index ?? "-"}:${issue.column ?? "-"}`;
  const value = issue.valuePath === undefined ? "" : ` @${JSON.stringify(issue.valuePath)}`;
  const hint = issue.suggestion === undefined ? "" : ` ~${issue.suggestion}`;
  return `${issue.code} ${where} [${segments}]${value}${hint} ${issue.message}`;
}

/** The issues of a call, as lines: a failed result, a FieldMaskError, or a plain Error's message. */
function report(fn: () => unknown): string[] {
  try {
    const result = fn() as { ok?: boolean; issues?: MaskIssue[] };
    if (result !== null && typeof result === "object" && result.ok === false) {
      return (result.issues ?? []).map(show);
    }
    return [`returned ${JSON.stringify(result, (_k, v) => (v === WILDCARD ? "*" : v))}`];
  } catch (error) {
    if (error instanceof FieldMaskError)
      return [`FieldMaskError: ${error.message}`, ...error.issues.map(show)];
    return [`${(error as Error).name}: ${(error as Error).message}`];
  }
}

const schema = (validate: (value: unknown) => unknown): StandardSchemaV1 =>
  ({ "~standard": { version: 1, vendor: "test", validate } }) as StandardSchemaV1;

describe("parse messages", () => {
  it("reports every syntax problem in the backslash syntax", () => {
    expect(
      report(() =>
        parseMask([
          "",
          ".a",
          "a.",
          "a..b",
          "a\\",
          "a.__proto__",
          "a.b.c",
          "a.b.c",
          7,
          null,
          ["x"],
          {},
          "a.\\*",
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "empty_path 0:1 [] Path 0 ("") is empty at column 1",
        "empty_segment 1:1 [] Path 1 (".a") has an empty segment at column 1",
        "empty_segment 2:3 [a] Path 2 ("a.") has an empty segment at column 3",
        "empty_segment 3:3 [a] Path 3 ("a..b") has an empty segment at column 3",
        "dangling_escape 4:2 [] Path 4 ("a\\\\") ends with a lone backslash at column 2",
        "forbidden_segment 5:3 [a] Path 5 ("a.__proto__") has the forbidden segment "__proto__" at column 3",
        "duplicate_path 7:- [a|b|c] Path 7 ("a.b.c") repeats path 6",
        "not_a_string 8:- [] Path 8 is not a string (got number)",
        "not_a_string 9:- [] Path 9 is not a string (got null)",
        "not_a_string 10:- [] Path 10 is not a string (got array)",
        "not_a_string 11:- [] Path 11 is not a string (got object)",
      ]
    `);
  });

  it("reports every syntax problem in the backtick syntax", () => {
    const options = { syntax: "backtick" as const };
    expect(
      report(() =>
        parseMask(
          ["`a", "`a`b", "a`b", "a\\b", "`a\\x`", "``", "a.", "`a\\", "`constructor`", "`a\\``.b"],
          options,
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "unterminated_quote 0:1 [] Path 0 ("\`a") has a backtick quote that is never closed at column 1",
        "unexpected_character 1:4 [] Path 1 ("\`a\`b") has a character after a closing backtick where a dot belongs at column 4",
        "unexpected_character 2:2 [] Path 2 ("a\`b") has a backtick inside a segment (quote the whole segment) at column 2",
        "unexpected_character 3:2 [] Path 3 ("a\\\\b") has a backslash outside backticks (quote the segment) at column 2",
        "unexpected_character 4:3 [] Path 4 ("\`a\\\\x\`") has a backslash inside backticks that escapes neither \` nor \\ at column 3",
        "empty_segment 5:1 [] Path 5 ("\`\`") has an empty quoted segment at column 1",
        "empty_segment 6:3 [a] Path 6 ("a.") has an empty segment at column 3",
        "unterminated_quote 7:1 [] Path 7 ("\`a\\\\") has a backtick quote that is never closed at column 1",
        "forbidden_segment 8:1 [] Path 8 ("\`constructor\`") has the forbidden segment "constructor" at column 1",
      ]
    `);
  });

  it("reports limits and non-arrays", () => {
    expect(report(() => parseMask(null))).toMatchInlineSnapshot(`
      [
        "not_an_array -:- [] The mask is not an array of paths (got null)",
      ]
    `);
    expect(report(() => parseMask(3))).toMatchInlineSnapshot(`
      [
        "not_an_array -:- [] The mask is not an array of paths (got number)",
      ]
    `);
    expect(report(() => parseMask(["a", "b"], { limits: { maxPaths: 1 } }))).toMatchInlineSnapshot(`
      [
        "limit_exceeded -:- [] The mask has 2 paths, more than the limit of 1",
      ]
    `);
    expect(report(() => parseMask(["a.b.c"], { limits: { maxSegments: 2 } }))).toMatchInlineSnapshot(`
      [
        "limit_exceeded 0:5 [a|b] Path 0 ("a.b.c") has more than 2 segments at column 5",
      ]
    `);
    expect(report(() => parseMask(["abcdef"], { limits: { maxPathLength: 5 } }))).toMatchInlineSnapshot(`
      [
        "limit_exceeded 0:6 [] Path 0 ("abcdef") is longer than 5 characters at column 6",
      ]
    `);
    expect(report(() => parsePath("a..b"))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path "a..b" has an empty segment at column 3",
        "empty_segment -:3 [a] Path "a..b" has an empty segment at column 3",
      ]
    `);
    expect(report(() => parsePath(5 as never))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path is not a string",
        "not_a_string -:- [] Path is not a string",
      ]
    `);
    expect(report(() => parsePath("a.*.\\*.`b`"))).toMatchInlineSnapshot(`
      [
        "returned ["a","*","*","\`b\`"]",
      ]
    `);
  });
});

describe("validateMask messages", () => {
  const grammar = compileGrammar([
    "connectionId",
    "config.content.read.objects.<objectName>",
    "config.content.read.objects.<objectName>.**",
    {
      path: "config.content.proxy.enabled",
      schema: schema((v) =>
        typeof v === "boolean"
          ? { value: v }
          : { issues: [{ message: "not a boolean", path: [{ key: "inner" }, 2] }] },
      ),
    },
    {
      path: "thrower",
      schema: schema(() => {
        throw new Error("boom");
      }),
    },
    { path: "async", schema: schema(() => Promise.resolve({ value: 1 })) },
    "list.*.x",
  ]);

  it("reports the mask's problems with suggestions", () => {
    expect(report(() => validateMask(grammar, []))).toMatchInlineSnapshot(`
      [
        "empty_mask -:- [] The mask is empty; list at least one path",
      ]
    `);
    expect(report(() => validateMask(grammar, "connectionId"))).toMatchInlineSnapshot(`
      [
        "not_an_array -:- [] The mask is not an array of paths (got string)",
      ]
    `);
    expect(
      report(() =>
        validateMask(grammar, [
          "conectionId",
          "config.content.read",
          "config.content.read.objectz.a",
          "zzz",
          "connectionId",
          "connectionId",
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "not_allowed 0:- [conectionId] ~connectionId Path 0 ("conectionId") is not an allowed path; did you mean "connectionId"?",
        "not_allowed 1:- [config|content|read] ~config.content.read.objects.<objectName> Path 1 ("config.content.read") is not an allowed path; did you mean "config.content.read.objects.<objectName>"?",
        "not_allowed 2:- [config|content|read|objectz|a] ~config.content.read.objects.<objectName> Path 2 ("config.content.read.objectz.a") is not an allowed path; did you mean "config.content.read.objects.<objectName>"?",
        "not_allowed 3:- [zzz] Path 3 ("zzz") is not an allowed path",
        "duplicate_path 5:- [connectionId] Path 5 ("connectionId") repeats path 4",
      ]
    `);
  });

  it("reports the body's problems", () => {
    const body = {
      config: { content: { proxy: { enabled: "yes" }, read: null } },
      thrower: 1,
      async: 1,
      list: [{ x: 1 }, { y: 2 }, 3],
    };
    expect(
      report(() =>
        validateMask(
          grammar,
          [
            "config.content.proxy.enabled",
            "config.content.read.objects.a",
            "connectionId",
            "thrower",
            "async",
            "list.*.x",
          ],
          body,
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "invalid_value 0:- [config|content|proxy|enabled] @["config","content","proxy","enabled","inner",2] Path 0 ("config.content.proxy.enabled") has an invalid value at config.content.proxy.enabled.inner.2: not a boolean",
        "not_traversable 1:- [config|content|read|objects|a] @["config","content","read"] Path 1 ("config.content.read.objects.a") goes through config.content.read, which is null; it has no fields",
        "missing_value 2:- [connectionId] @["connectionId"] Path 2 ("connectionId") has no value in the body at connectionId",
        "invalid_value 3:- [thrower] @["thrower"] Path 3 ("thrower") has an invalid value at thrower: the validator threw (boom)",
        "invalid_value 4:- [async] @["async"] Path 4 ("async") has an invalid value at async: the validator is asynchronous, which validateMask does not support",
        "missing_value 5:- [list|*|x] @["list",1,"x"] Path 5 ("list.*.x") has no value in the body at list.1.x",
        "not_traversable 5:- [list|*|x] @["list",2] Path 5 ("list.*.x") goes through list.2, which is number; it has no fields",
      ]
    `);
    expect(report(() => validateMask(grammar, ["list.*.x"], { list: "text" }))).toMatchInlineSnapshot(`
      [
        "not_traversable 0:- [list|*|x] @["list"] Path 0 ("list.*.x") goes through list, which is string; it has no fields",
      ]
    `);
    expect(
      report(() =>
        validateMask(grammar, ["config.content.proxy.enabled"], {
          config: { content: { proxy: { enabled: true } } },
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "returned {"ok":true,"paths":[{"index":0,"input":"config.content.proxy.enabled","segments":["config","content","proxy","enabled"],"match":{"pattern":{"path":"config.content.proxy.enabled","segments":[{"kind":"literal","value":"config"},{"kind":"literal","value":"content"},{"kind":"literal","value":"proxy"},{"kind":"literal","value":"enabled"}],"schema":{"~standard":{"version":1,"vendor":"test"}},"subPaths":false},"captures":{},"subPath":false}}]}",
      ]
    `);
  });

  it("stops at the node limit", () => {
    const small = compileGrammar(["m.*.*"], { limits: { maxNodes: 3 } });
    expect(
      report(() => validateMask(small, ["m.*.*"], { m: { a: { x: 1, y: 2 }, b: { z: 3 } } })),
    ).toMatchInlineSnapshot(`
      [
        "limit_exceeded 0:- [m|*|*] The mask reaches more body values than the node limit allows",
      ]
    `);
  });
});

describe("apply, pick and toJsonPatch messages", () => {
  class Thing {
    x = 1;
  }
  it("reports missing values, untraversable containers and non-JSON values", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const source = {
      fn: () => 1,
      nan: Number.NaN,
      big: 1n,
      sym: { [Symbol("s")]: 1 },
      // a hole, built without a sparse literal
      sparse: Object.assign(new Array(3), { 0: 1, 2: 3 }),
      cyclic,
      date: new Date(0),
      thing: new Thing(),
      sub: new (class extends Array {})(),
      list: [1],
      nul: null,
    };
    expect(
      report(() =>
        applyMask({ t: [1], n: null }, source, [
          "fn",
          "nan",
          "big",
          "sym",
          "sparse",
          "cyclic",
          "date",
          "thing",
          "sub",
          "list.a",
          "nul.a",
          "missing.a",
          "t.x",
          "n.x",
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path 2 ("big") has an invalid value at "big": a bigint is not JSON data (and 13 more issues)",
        "invalid_value 2:- [big] @["big"] Path 2 ("big") has an invalid value at "big": a bigint is not JSON data",
        "invalid_value 5:- [cyclic] @["cyclic","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self","self"] Path 5 ("cyclic") has an invalid value at "cyclic.self.self.self.self.self.self.self.self.self.self.self.self.self.self.sel…": the value contains a cycle",
        "invalid_value 6:- [date] @["date"] Path 6 ("date") has an invalid value at "date": an object that is not a plain object or array is not JSON data",
        "invalid_value 0:- [fn] @["fn"] Path 0 ("fn") has an invalid value at "fn": a function is not JSON data",
        "not_traversable 9:- [list|a] @["list"] Path 9 ("list.a") goes through "list" in the source, which is a list; only plain objects have fields",
        "missing_value 11:- [missing|a] @["missing"] Path 11 ("missing.a") has no value in the source at "missing"",
        "missing_value 13:- [n|x] @["n"] Path 13 ("n.x") has no value in the source at "n"",
        "invalid_value 1:- [nan] @["nan"] Path 1 ("nan") has an invalid value at "nan": NaN is not JSON data",
        "not_traversable 10:- [nul|a] @["nul"] Path 10 ("nul.a") goes through "nul" in the source, which is null; only plain objects have fields",
        "invalid_value 4:- [sparse] @["sparse",1] Path 4 ("sparse") has an invalid value at "sparse.1": a sparse array (a hole) is not JSON data",
        "invalid_value 8:- [sub] @["sub"] Path 8 ("sub") has an invalid value at "sub": an array subclass is not JSON data",
        "invalid_value 3:- [sym] @["sym"] Path 3 ("sym") has an invalid value at "sym": a symbol-keyed property is not JSON data",
        "missing_value 12:- [t|x] @["t"] Path 12 ("t.x") has no value in the source at "t"",
        "invalid_value 7:- [thing] @["thing"] Path 7 ("thing") has an invalid value at "thing": an object that is not a plain object or array is not JSON data",
      ]
    `);
  });

  it("applies the missing policies", () => {
    const target = { a: 1, b: { c: 2, d: 3 }, m: { x: 1, y: 2 } };
    expect(
      report(() => applyMask(target, { m: { x: 5 } }, ["a", "b.c", "m.*"], { missing: "delete" })),
    ).toMatchInlineSnapshot(`
      [
        "returned {"b":{"d":3},"m":{"x":5}}",
      ]
    `);
    expect(report(() => applyMask(target, {}, ["a", "b.c"], { missing: "keep" }))).toMatchInlineSnapshot(`
      [
        "returned {"a":1,"b":{"c":2,"d":3},"m":{"x":1,"y":2}}",
      ]
    `);
    expect(report(() => applyMask(target, {}, ["a", "b.c", "m.*"]))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path 0 ("a") has no value in the source at "a" (and 2 more issues)",
        "missing_value 0:- [a] @["a"] Path 0 ("a") has no value in the source at "a"",
        "missing_value 1:- [b|c] @["b"] Path 1 ("b.c") has no value in the source at "b"",
        "missing_value 2:- [m|*] @["m"] Path 2 ("m.*") has no value in the source at "m"",
      ]
    `);
    expect(report(() => applyMask(target, { a: 1 }, ["a"]) === target)).toMatchInlineSnapshot(`
      [
        "returned true",
      ]
    `);
  });

  it("picks and patches", () => {
    const value = { f: { a: 22, b: { d: 1, x: 2 }, y: 13 }, z: 8, m: { p: { n: 1, k: 2 }, q: { n: 3 } } };
    expect(report(() => pickMask(value, ["f.a", "f.b.d", "m.*.n", "nope.x"]))).toMatchInlineSnapshot(`
      [
        "returned {"f":{"a":22,"b":{"d":1}},"m":{"p":{"n":1},"q":{"n":3}}}",
      ]
    `);
    expect(report(() => pickMask(value, []))).toMatchInlineSnapshot(`
      [
        "returned {}",
      ]
    `);
    expect(report(() => pickMask(value, ["z.x"]))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path 0 ("z.x") goes through "z" in the source, which is a number; only plain objects have fields",
        "not_traversable 0:- [z|x] @["z"] Path 0 ("z.x") goes through "z" in the source, which is a number; only plain objects have fields",
      ]
    `);
    expect(
      report(() =>
        toJsonPatch(
          { a: 1, b: { c: 1 }, m: { x: 1, "y/~": 2 } },
          { a: 2, b: { c: 1, d: 4 }, m: { z: 3 }, n: { o: 1 } },
          ["a", "b.d", "m.*", "n.o"],
          { missing: "delete" },
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "returned [{"op":"replace","path":"/a","value":2},{"op":"add","path":"/b/d","value":4},{"op":"add","path":"/m/z","value":3},{"op":"remove","path":"/m/x"},{"op":"remove","path":"/m/y~1~0"},{"op":"add","path":"/n","value":{"o":1}}]",
      ]
    `);
    expect(report(() => toJsonPatch({ a: 1 }, { a: 1 }, ["a"]))).toMatchInlineSnapshot(`
      [
        "returned []",
      ]
    `);
  });

  it("validates against a grammar first", () => {
    const grammar = compileGrammar(["a"]);
    expect(report(() => applyMask({}, { b: 1 }, ["b"], { grammar }))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path 0 ("b") is not an allowed path; did you mean "a"?",
        "not_allowed 0:- [b] ~a Path 0 ("b") is not an allowed path; did you mean "a"?",
      ]
    `);
    expect(report(() => applyMask({}, {}, ["a"], { grammar }))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path 0 ("a") has no value in the body at a",
        "missing_value 0:- [a] @["a"] Path 0 ("a") has no value in the body at a",
      ]
    `);
    expect(report(() => applyMask({}, { a: 1 }, ["a"], { grammar }))).toMatchInlineSnapshot(`
      [
        "returned {"a":1}",
      ]
    `);
  });
});

describe("diff messages", () => {
  const grammar = compileGrammar(["name", "objects.<k>", "objects.<k>.**", "map", "deep.<k>.x"]);

  it("explains every unexpressible change", () => {
    const before = {
      id: 1,
      name: "a",
      objects: { a: { s: 1 }, b: { s: 2 } },
      map: { x: 1 },
      deep: { k: { x: 1, y: 1 } },
      gone: { q: 1 },
    };
    const after = {
      id: 2,
      name: "b",
      objects: { a: { s: 3 } },
      map: { "": 1 },
      deep: { k: { x: 1, y: 2 } },
      "": 1,
      constructor: { v: 1 },
    };
    expect(report(() => diffMask(before, after, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":["map","name","objects.a"],"body":{"map":{"":1},"name":"b","objects":{"a":{"s":3}}},"unexpressible":[{"path":"id","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"},{"path":"objects.b","kind":"removed","reason":"a removal is sent as the new value of a parent path, and no allowed path covers the parent"},{"path":"deep.k.y","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"},{"path":"","kind":"added","reason":"an empty key cannot be written in a mask path"},{"path":"constructor","kind":"added","reason":"the key \\"constructor\\" is never read or written through a mask"},{"path":"gone","kind":"removed","reason":"no allowed path covers this field or a parent of it"}]}",
      ]
    `);
    expect(report(() => diffMask(before, after, grammar, { subPaths: true }))).toMatchInlineSnapshot(`
      [
        "returned {"mask":["map","name","objects.a.s"],"body":{"map":{"":1},"name":"b","objects":{"a":{"s":3}}},"unexpressible":[{"path":"id","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"},{"path":"objects.b","kind":"removed","reason":"a removal is sent as the new value of a parent path, and no allowed path covers the parent"},{"path":"deep.k.y","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"},{"path":"","kind":"added","reason":"an empty key cannot be written in a mask path"},{"path":"constructor","kind":"added","reason":"the key \\"constructor\\" is never read or written through a mask"},{"path":"gone","kind":"removed","reason":"no allowed path covers this field or a parent of it"}]}",
      ]
    `);
  });

  it("refuses roots that are not plain objects", () => {
    expect(report(() => diffMask([], {}, grammar))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: diffMask: before is a list, not a plain object",
        "not_traversable -:- [] @[] diffMask: before is a list, not a plain object",
      ]
    `);
    expect(report(() => diffMask({}, null, grammar))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: diffMask: after is null, not a plain object",
        "not_traversable -:- [] @[] diffMask: after is null, not a plain object",
      ]
    `);
    expect(report(() => diffMask({ a: 1 }, { a: 1 }, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[]}",
      ]
    `);
  });

  it("builds the same from patches, and refuses bad patches", () => {
    const after = { name: "b", objects: { a: { s: 3, t: [1, 2] } }, id: 3 };
    const patches = [
      { op: "replace" as const, path: ["name"], value: "b" },
      { op: "replace" as const, path: ["objects", "a", "t", 1], value: 2 },
      { op: "remove" as const, path: ["objects", "b"] },
      { op: "replace" as const, path: ["id"], value: 3 },
      { op: "add" as const, path: ["objects", "__proto__"], value: {} },
    ];
    expect(report(() => maskFromPatches(patches, grammar, after))).toMatchInlineSnapshot(`
      [
        "returned {"mask":["name","objects.a"],"body":{"name":"b","objects":{"a":{"s":3,"t":[1,2]}}},"unexpressible":[{"path":"objects.b","kind":"removed","reason":"a removal is sent as the new value of a parent path, and no allowed path covers the parent"},{"path":"id","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"},{"path":"objects.__proto__","kind":"removed","reason":"the key \\"__proto__\\" is never read or written through a mask"}]}",
      ]
    `);
    expect(
      report(() =>
        maskFromPatches(
          [
            { op: "move", path: [] },
            { op: "add", path: [{}] },
          ] as never,
          grammar,
          after,
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Patch 0 is not { op: add | replace | remove, path: array } (and 1 more issue)",
        "invalid_value 0:- [] @[0] Patch 0 is not { op: add | replace | remove, path: array }",
        "invalid_value 1:- [] @[1] Patch 1 has a path key that is neither a string nor a number (at 0)",
      ]
    `);
    expect(report(() => maskFromPatches({} as never, grammar, after))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Patch 0 list is not an array",
        "invalid_value 0:- [] @[0] Patch 0 list is not an array",
      ]
    `);
    expect(report(() => maskFromPatches([], grammar, 1))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: maskFromPatches: after is number, not a plain object",
        "not_traversable -:- [] @[] maskFromPatches: after is number, not a plain object",
      ]
    `);
  });
});

describe("algebra, JSON form and grammar messages", () => {
  it("names the mask a bad path is in", () => {
    expect(report(() => unionMasks(["a..b"], [1 as never]))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: The first mask: Path 0 ("a..b") has an empty segment at column 3 (and 1 more issue)",
        "empty_segment 0:3 [a] The first mask: Path 0 ("a..b") has an empty segment at column 3",
        "not_a_string 0:- [] The second mask: path 0 is not a string",
      ]
    `);
    expect(report(() => intersectMasks(null as never, ["a"]))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: The first mask is not an array of paths",
        "not_an_array -:- [] The first mask is not an array of paths",
      ]
    `);
    expect(
      report(() => subtractMasks(["a"], ["b", "c"], { limits: { maxPaths: 1 } })),
    ).toMatchInlineSnapshot(`
      [
        "FieldMaskError: The second mask has 2 paths, more than the limit of 1",
        "limit_exceeded -:- [] The second mask has 2 paths, more than the limit of 1",
      ]
    `);
    expect(report(() => maskCovers(["a"], ""))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: The tested path: Path 0 ("") is empty at column 1",
        "empty_path 0:1 [] The tested path: Path 0 ("") is empty at column 1",
      ]
    `);
    expect(report(() => canonicalizeMask(["b.c", "a", "b", "*.x", "a.b", "\\*"]))).toMatchInlineSnapshot(`
      [
        "returned ["*.x","\\\\*","a","b"]",
      ]
    `);
  });

  it("reads and writes the JSON form", () => {
    expect(report(() => maskToJson(["foo_bar.baz_qux", "x"], { camelCase: true }))).toMatchInlineSnapshot(`
      [
        "returned "fooBar.bazQux,x"",
      ]
    `);
    expect(report(() => maskToJson(["fooBar"], { camelCase: true }))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path 0: "fooBar" has an uppercase letter, which lowerCamelCase cannot keep",
        "invalid_value 0:- [] Path 0: "fooBar" has an uppercase letter, which lowerCamelCase cannot keep",
      ]
    `);
    expect(report(() => maskFromJson("fooBar.baz,,x,", { camelCase: true }))).toMatchInlineSnapshot(`
      [
        "returned ["foo_bar.baz","x"]",
      ]
    `);
    expect(report(() => maskFromJson("foo_bar", { camelCase: true }))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Path 0: "foo_bar" has a "_", which lowerCamelCase never has",
        "invalid_value 0:- [] Path 0: "foo_bar" has a "_", which lowerCamelCase never has",
      ]
    `);
    expect(report(() => maskFromJson(3 as never))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: The JSON form of a mask must be a string",
        "not_a_string -:- [] The JSON form of a mask must be a string",
      ]
    `);
    expect(report(() => maskFromJson("a,b,c", { limits: { maxPaths: 2 } }))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: The mask has more than 2 paths",
        "limit_exceeded -:- [] The mask has more than 2 paths",
      ]
    `);
    expect(report(() => maskFromJson("`a,b`.c,d", { syntax: "backtick" }))).toMatchInlineSnapshot(`
      [
        "returned ["\`a,b\`.c","d"]",
      ]
    `);
  });

  it("names the pattern in a programmer error", () => {
    const lines: string[] = [];
    for (const patterns of [
      "a" as never,
      [3 as never],
      ["a..b"],
      ["a.**.b"],
      ["**"],
      ["a.<1x>"],
      ["a.<prototype>"],
      ["<k>.<k>"],
      ["a.<k>", "a.<j>"],
      ["a.**", "a.**"],
    ]) {
      lines.push(...report(() => compileGrammar(patterns)));
    }
    expect(lines).toMatchInlineSnapshot(`
      [
        "Error: compileGrammar: patterns must be an array",
        "Error: compileGrammar: pattern 3 is not a string",
        "Error: compileGrammar: pattern "a..b" has an empty segment at column 3",
        "Error: compileGrammar: pattern "a.**.b" has \`**\` before its last segment",
        "Error: compileGrammar: pattern "**" is only \`**\`; put at least one segment before it",
        "Error: compileGrammar: pattern "a.<1x>" has a placeholder <1x> whose name is not an identifier",
        "Error: compileGrammar: pattern "a.<prototype>" has the forbidden placeholder name <prototype>",
        "Error: compileGrammar: pattern "<k>.<k>" uses the placeholder <k> twice",
        "Error: compileGrammar: pattern "a.<j>" admits the same paths as pattern "a.<k>"",
        "Error: compileGrammar: pattern "a.**" admits the same paths as pattern "a.**"",
      ]
    `);
  });

  it("words FieldMaskError for one, two and many issues", () => {
    expect(report(() => formatPath([]))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Cannot format a path with no segments",
        "empty_path -:- [] Cannot format a path with no segments",
      ]
    `);
    expect(report(() => formatPath(["a", ""]))).toMatchInlineSnapshot(`
      [
        "FieldMaskError: Cannot format an empty segment (segment 2)",
        "empty_segment -:- [a] Cannot format an empty segment (segment 2)",
      ]
    `);
    expect(new FieldMaskError([]).message).toMatchInlineSnapshot(`"Invalid field mask"`);
    expect(report(() => canonicalizeMask(["", "."]))[0]).toMatchInlineSnapshot(
      `"FieldMaskError: The mask: Path 0 ("") is empty at column 1 (and 1 more issue)"`,
    );
    expect(report(() => canonicalizeMask(["", ".", ".."]))[0]).toMatchInlineSnapshot(
      `"FieldMaskError: The mask: Path 0 ("") is empty at column 1 (and 2 more issues)"`,
    );
  });
});
