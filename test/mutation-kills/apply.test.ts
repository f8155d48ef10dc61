import {
  applyMask,
  compileGrammar,
  FieldMaskError,
  type MaskIssue,
  pickMask,
  type StandardSchemaV1,
  toJsonPatch,
  WILDCARD,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { outcome } from "./report-outcome.js";

// applyMask, pickMask and toJsonPatch: what a caller sees for odd masks, odd targets and odd sources, pinned as
// report lines (code, index, segments, value path, message) so a changed branch or message shows up.

function show(issue: MaskIssue): string {
  const segments = issue.segments.map((s) => (s === WILDCARD ? "*" : s)).join("|");
  const value = issue.valuePath === undefined ? "" : ` @${JSON.stringify(issue.valuePath)}`;
  return `${issue.code} ${issue.index ?? "-"} [${segments}]${value} ${issue.message}`;
}

/** The outcome of a call as lines: the JSON of what it returned, or every issue of the FieldMaskError. */
function report(fn: () => unknown): string[] {
  return outcome(fn, show);
}

const schema = (validate: (value: unknown) => unknown): StandardSchemaV1 =>
  ({ "~standard": { version: 1, vendor: "test", validate } }) as StandardSchemaV1;

describe("masks with holes and entries that are not strings", () => {
  // a mask array grown by its length, or a hole from an elision: the entries read as missing, never as ""
  const grown = ["a"];
  grown.length = 3;
  const single = new Array<string>(1);
  const getter = Object.defineProperty([] as string[], 0, {
    get: () => {
      throw new Error("the mask's getter ran");
    },
    enumerable: true,
  });

  it("applyMask, pickMask and toJsonPatch refuse every such entry with not_a_string", () => {
    const masks: [string, readonly string[]][] = [
      ["grown", grown],
      ["single hole", single],
      ["getter", getter],
      ["number", [1] as never],
      ["hole first", Object.assign(new Array<string>(2), { 1: "a" })],
    ];
    const lines: string[] = [];
    for (const [name, mask] of masks) {
      lines.push(`${name}:`);
      lines.push(...report(() => applyMask({}, { a: 1 }, mask)));
      lines.push(...report(() => pickMask({ a: 1 }, mask)));
      lines.push(...report(() => toJsonPatch({}, { a: 1 }, mask)));
    }
    expect(lines).toMatchInlineSnapshot(`
      [
        "grown:",
        "not_a_string 1 [] The mask: path 1 is not a string",
        "not_a_string 2 [] The mask: path 2 is not a string",
        "not_a_string 1 [] The mask: path 1 is not a string",
        "not_a_string 2 [] The mask: path 2 is not a string",
        "not_a_string 1 [] The mask: path 1 is not a string",
        "not_a_string 2 [] The mask: path 2 is not a string",
        "single hole:",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "getter:",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "number:",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "hole first:",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "not_a_string 0 [] The mask: path 0 is not a string",
        "not_a_string 0 [] The mask: path 0 is not a string",
      ]
    `);
  });

  it("a grammar reports the hole the same way validateMask does", () => {
    const grammar = compileGrammar(["a"]);
    expect(report(() => applyMask({}, { a: 1 }, single, { grammar }))).toMatchInlineSnapshot(`
      [
        "not_a_string 0 [] Path 0 is not a string (got undefined)",
      ]
    `);
    expect(report(() => applyMask({}, { a: 1 }, grown, { grammar }))).toMatchInlineSnapshot(`
      [
        "not_a_string 1 [] Path 1 is not a string (got undefined)",
        "not_a_string 2 [] Path 2 is not a string (got undefined)",
      ]
    `);
  });

  it("names the mask in a syntax problem", () => {
    expect(report(() => applyMask({}, {}, ["a..b"]))).toMatchInlineSnapshot(`
      [
        "empty_segment 0 [a] The mask: Path 0 ("a..b") has an empty segment at column 3",
      ]
    `);
    expect(report(() => pickMask({}, ["ok", "`x"], { syntax: "backtick" }))).toMatchInlineSnapshot(`
      [
        "unterminated_quote 1 [] The mask: Path 1 ("\`x") has a backtick quote that is never closed at column 1",
      ]
    `);
  });
});

describe("the plan cache never mixes up syntaxes, limits or masks", () => {
  // the same path text means different paths in the two syntaxes; each call must read it in its own
  const text = "`kb-cache.x`";
  const source = { "`kb-cache": { "x`": 1 }, "kb-cache.x": 2 };

  it("reads a one-path mask in the backtick syntax after the same text in the backslash syntax", () => {
    expect(applyMask({}, source, [text])).toEqual({ "`kb-cache": { "x`": 1 } });
    expect(applyMask({}, source, [text], { syntax: "backtick" })).toEqual({ "kb-cache.x": 2 });
    expect(applyMask({}, source, [text], { syntax: "backslash" })).toEqual({ "`kb-cache": { "x`": 1 } });
  });

  it("reads a one-path mask in the backslash syntax after the same text in the backtick syntax", () => {
    const other = "`kb-cache-2.y`";
    const body = { "`kb-cache-2": { "y`": 1 }, "kb-cache-2.y": 2 };
    expect(pickMask(body, [other], { syntax: "backtick" })).toEqual({ "kb-cache-2.y": 2 });
    expect(pickMask(body, [other])).toEqual({ "`kb-cache-2": { "y`": 1 } });
  });

  it("checks the limits of a call even when the same path was applied before without them", () => {
    const path = "kbLimits.b.c";
    expect(applyMask({}, { kbLimits: { b: { c: 1 } } }, [path])).toEqual({ kbLimits: { b: { c: 1 } } });
    expect(
      report(() => applyMask({}, { kbLimits: { b: { c: 1 } } }, [path], { limits: { maxSegments: 2 } })),
    ).toMatchInlineSnapshot(`
        [
          "limit_exceeded 0 [kbLimits|b] The mask: Path 0 ("kbLimits.b.c") has more than 2 segments at column 12",
        ]
      `);
    expect(report(() => pickMask({}, [path], { limits: { maxPathLength: 4 } }))).toMatchInlineSnapshot(`
      [
        "limit_exceeded 0 [] The mask: Path 0 ("kbLimits.b.c") is longer than 4 characters at column 5",
      ]
    `);
  });

  it("gives each multi-path mask its own plan", () => {
    const body = { kbMulti1: 1, kbMulti2: 2, kbMulti3: 3, kbMulti4: 4 };
    expect(pickMask(body, ["kbMulti1", "kbMulti2"])).toEqual({ kbMulti1: 1, kbMulti2: 2 });
    expect(pickMask(body, ["kbMulti3", "kbMulti4"])).toEqual({ kbMulti3: 3, kbMulti4: 4 });
    expect(applyMask({}, body, ["kbMulti2", "kbMulti3"])).toEqual({ kbMulti2: 2, kbMulti3: 3 });
  });
});

describe("paths through things that are not plain objects", () => {
  class Thing {
    x = 1;
  }
  const accessor = Object.defineProperty({}, "a", { get: () => ({ b: 1 }), enumerable: true });

  it("reports where the path stops and what it found there", () => {
    const cases: [string, unknown, unknown][] = [
      ["list in target", { a: [1] }, { a: { b: 1 } }],
      ["null in target", { a: null }, { a: { b: 1 } }],
      ["string in target", { a: "text" }, { a: { b: 1 } }],
      ["boolean in target", { a: false }, { a: { b: 1 } }],
      ["Date in target", { a: new Date(0) }, { a: { b: 1 } }],
      ["instance in target", { a: new Thing() }, { a: { b: 1 } }],
      ["string in source", {}, { a: "text" }],
      ["boolean in source", {}, { a: true }],
      ["instance in source", {}, { a: new Thing() }],
      ["accessor in source", {}, accessor],
    ];
    const lines: string[] = [];
    for (const [name, target, source] of cases) {
      lines.push(`${name}: ${report(() => applyMask(target, source, ["a.b"])).join(" / ")}`);
    }
    expect(lines).toMatchInlineSnapshot(`
      [
        "list in target: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the target, which is a list; only plain objects have fields",
        "null in target: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the target, which is null; only plain objects have fields",
        "string in target: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the target, which is a string; only plain objects have fields",
        "boolean in target: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the target, which is a boolean; only plain objects have fields",
        "Date in target: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the target, which is an object that is not a plain object; only plain objects have fields",
        "instance in target: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the target, which is an object that is not a plain object; only plain objects have fields",
        "string in source: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the source, which is a string; only plain objects have fields",
        "boolean in source: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the source, which is a boolean; only plain objects have fields",
        "instance in source: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the source, which is an object that is not a plain object; only plain objects have fields",
        "accessor in source: not_traversable 0 [a|b] @["a"] Path 0 ("a.b") goes through "a" in the source, which is an accessor property; only plain objects have fields",
      ]
    `);
  });

  it("names the root when the root itself cannot be walked", () => {
    expect(report(() => applyMask(5, { a: 1 }, ["a"]))).toMatchInlineSnapshot(`
      [
        "not_traversable 0 [a] @[] Path 0 ("a") goes through the root in the target, which is a number; only plain objects have fields",
      ]
    `);
    expect(report(() => applyMask([], { a: 1 }, ["a"]))).toMatchInlineSnapshot(`
      [
        "not_traversable 0 [a] @[] Path 0 ("a") goes through the root in the target, which is a list; only plain objects have fields",
      ]
    `);
    expect(report(() => applyMask({}, null, ["a"]))).toMatchInlineSnapshot(`
      [
        "not_traversable 0 [a] @[] Path 0 ("a") goes through the root in the source, which is null; only plain objects have fields",
      ]
    `);
    expect(report(() => pickMask("text", ["a"]))).toMatchInlineSnapshot(`
      [
        "not_traversable 0 [a] @[] Path 0 ("a") goes through the root in the source, which is a string; only plain objects have fields",
      ]
    `);
    expect(report(() => toJsonPatch({}, [1], ["a"]))).toMatchInlineSnapshot(`
      [
        "not_traversable 0 [a] @[] Path 0 ("a") goes through the root in the source, which is a list; only plain objects have fields",
      ]
    `);
  });

  it("refuses an undefined target or source with not_traversable, not a TypeError", () => {
    for (const [target, source] of [
      [undefined, { a: 1 }],
      [{}, undefined],
    ]) {
      let caught: unknown;
      try {
        applyMask(target, source, ["a"]);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(FieldMaskError);
      expect((caught as FieldMaskError).issues.map((i) => [i.code, i.valuePath])).toEqual([
        ["not_traversable", []],
      ]);
      const side = target === undefined ? "target" : "source";
      expect((caught as FieldMaskError).issues[0]?.message).toBe(
        `Path 0 ("a") goes through the root in the ${side}, which is undefined; only plain objects have fields`,
      );
    }
  });

  it("keeps a target field that cannot be walked when the source has nothing there and missing is keep", () => {
    const target = { a: 5, b: [1] };
    expect(applyMask(target, {}, ["a.b", "b.c.d"], { missing: "keep" })).toBe(target);
    expect(applyMask(target, { z: 1 }, ["a.*"], { missing: "keep" })).toBe(target);
  });

  it("reports an accessor value, with where it is, without calling it", () => {
    let calls = 0;
    const source = {
      m: Object.defineProperty({ ok: 1 }, "k", {
        get: () => {
          calls++;
          return 1;
        },
        enumerable: true,
      }),
    };
    expect(report(() => applyMask({}, source, ["m.k"]))).toMatchInlineSnapshot(`
      [
        "invalid_value 0 [m|k] @["m","k"] Path 0 ("m.k") has an invalid value at "m.k": an accessor property is not JSON data",
      ]
    `);
    expect(report(() => applyMask({}, source, ["m.*"]))).toMatchInlineSnapshot(`
      [
        "invalid_value 0 [m|*] @["m","k"] Path 0 ("m.*") has an invalid value at "m.k": an accessor property is not JSON data",
      ]
    `);
    expect(calls).toBe(0);
  });
});

describe("masks that mix wildcards and literal keys", () => {
  it.each([
    {
      name: "a literal key also gets what * applies below it",
      target: {},
      source: { m: { k: { a: 1, b: 2, c: 3 }, j: { a: 4, b: 5 } } },
      mask: ["m.*.a", "m.k.b"],
      expected: { m: { k: { a: 1, b: 2 }, j: { a: 4 } } },
    },
    {
      name: "paths that meet below a literal key and below * both apply",
      target: {},
      source: { m: { k: { a: { x: 1, y: 2, z: 3 } }, j: { a: { x: 4, y: 5 } } } },
      mask: ["m.*.a.y", "m.k.a.x"],
      expected: { m: { k: { a: { x: 1, y: 2 } }, j: { a: { y: 5 } } } },
    },
    {
      name: "a wildcard below a literal key and a wildcard below * both apply",
      target: {},
      source: { m: { k: { z: { a: 1, b: 2, c: 3 } }, j: { z: { a: 4, b: 5 } } } },
      mask: ["m.*.*.a", "m.k.*.b"],
      expected: { m: { k: { z: { a: 1, b: 2 } }, j: { z: { a: 4 } } } },
    },
    {
      name: "a whole key through * covers a deeper literal path",
      target: { m: { k: { a: 1, keep: 1 } } },
      source: { m: { k: { b: 2 } } },
      mask: ["m.k.a", "m.*"],
      expected: { m: { k: { b: 2 } } },
    },
  ])("$name", ({ target, source, mask, expected }) => {
    expect(applyMask(target, source, mask)).toEqual(expected);
    expect(applyMask(target, source, [...mask].reverse())).toEqual(expected);
  });

  it("a key missing below a literal key is missing, but not one that only * reached", () => {
    expect(report(() => applyMask({}, { m: {} }, ["m.*.x", "m.k.y"]))).toMatchInlineSnapshot(`
      [
        "missing_value 1 [m|k|y] @["m","k"] Path 1 ("m.k.y") has no value in the source at "m.k"",
      ]
    `);
    expect(report(() => applyMask({}, { m: { k: {} } }, ["m.*.x", "m.k.y"]))).toMatchInlineSnapshot(`
      [
        "missing_value 0 [m|*|x] @["m","k","x"] Path 0 ("m.*.x") has no value in the source at "m.k.x"",
        "missing_value 1 [m|k|y] @["m","k","y"] Path 1 ("m.k.y") has no value in the source at "m.k.y"",
      ]
    `);
  });

  it("names the first path of the mask that covers a duplicate or a longer path", () => {
    expect(report(() => applyMask({}, {}, ["a", "a"]))).toMatchInlineSnapshot(`
      [
        "missing_value 0 [a] @["a"] Path 0 ("a") has no value in the source at "a"",
      ]
    `);
    expect(report(() => applyMask({}, {}, ["a", "a.b"]))).toMatchInlineSnapshot(`
      [
        "missing_value 0 [a] @["a"] Path 0 ("a") has no value in the source at "a"",
      ]
    `);
    expect(report(() => applyMask({ a: 1 }, {}, ["a.b", "a.c"]))).toMatchInlineSnapshot(`
      [
        "missing_value 0 [a|b] @["a"] Path 0 ("a.b") has no value in the source at "a"",
        "missing_value 1 [a|c] @["a"] Path 1 ("a.c") has no value in the source at "a"",
      ]
    `);
  });

  it("refuses a forbidden key that * reaches, naming the key", () => {
    const source = JSON.parse('{"m": {"ok": 1, "constructor": 2, "prototype": 3}}');
    expect(report(() => applyMask({}, source, ["m.*"]))).toMatchInlineSnapshot(`
      [
        "forbidden_segment 0 [m|*] @["m","constructor"] Path 0 ("m.*") reaches the key "constructor" through *, and that key is never read or written",
        "forbidden_segment 0 [m|*] @["m","prototype"] Path 0 ("m.*") reaches the key "prototype" through *, and that key is never read or written",
      ]
    `);
    const target = JSON.parse('{"m": {"ok": 1, "constructor": 2}}');
    expect(report(() => applyMask(target, { m: {} }, ["m.*"], { missing: "delete" }))).toMatchInlineSnapshot(`
      [
        "forbidden_segment 0 [m|*] @["m","constructor"] Path 0 ("m.*") reaches the key "constructor" through *, and that key is never read or written",
      ]
    `);
  });
});

describe("deep targets keep every sibling on the written path", () => {
  it("copies each container of an eight-level path with its untouched keys", () => {
    // Arrange: a sibling at every level of a.b.c.d.e.f.g.h
    const keys = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const target: Record<string, unknown> = { keep: 0 };
    let node = target;
    for (let i = 0; i < keys.length; i++) {
      const child: Record<string, unknown> = { keep: i + 1 };
      node[keys[i] as string] = child;
      node = child;
    }
    node.h = "old";
    const source = JSON.parse(JSON.stringify(target));
    let at = source;
    for (const key of keys) at = at[key];
    at.h = "new";
    // Act
    const result = applyMask(target, source, [[...keys, "h"].join(".")]);
    // Assert: only the leaf changed
    const expected = JSON.parse(JSON.stringify(target));
    let want = expected;
    for (const key of keys) want = want[key];
    want.h = "new";
    expect(result).toEqual(expected);
    expect(target).not.toEqual(expected);
  });

  it("copies a deep value with every key at every level", () => {
    let value: Record<string, unknown> = { leaf: true, n: 0 };
    for (let i = 1; i <= 10; i++) value = { [`k${i}`]: value, n: i, s: `s${i}` };
    expect(applyMask({}, { v: value }, ["v"])).toEqual({ v: value });
    expect(pickMask({ v: value }, ["v"]).v).not.toBe(value);
  });
});

describe("the missing policies with a grammar", () => {
  const grammar = compileGrammar([
    "a",
    "m.*",
    {
      path: "n",
      schema: schema((v) =>
        typeof v === "number" ? { value: v } : { issues: [{ message: "not a number" }] },
      ),
    },
  ]);

  it("deletes or keeps a masked field the body lacks instead of calling it missing", () => {
    const target = { a: 1, n: 2, m: { x: 1 } };
    expect(applyMask(target, {}, ["a", "n"], { grammar, missing: "delete" })).toEqual({ m: { x: 1 } });
    expect(applyMask(target, {}, ["a", "n"], { grammar, missing: "keep" })).toBe(target);
    expect(toJsonPatch(target, {}, ["a", "n"], { grammar, missing: "delete" })).toEqual([
      { op: "remove", path: "/a" },
      { op: "remove", path: "/n" },
    ]);
    expect(toJsonPatch(target, {}, ["a"], { grammar, missing: "keep" })).toEqual([]);
  });

  it("checks the body against the grammar when missing is error (the default)", () => {
    expect(report(() => applyMask({}, {}, ["a"], { grammar }))).toMatchInlineSnapshot(`
      [
        "missing_value 0 [a] @["a"] Path 0 ("a") has no value in the body at a",
      ]
    `);
    expect(report(() => toJsonPatch({}, {}, ["a"], { grammar }))).toMatchInlineSnapshot(`
      [
        "missing_value 0 [a] @["a"] Path 0 ("a") has no value in the body at a",
      ]
    `);
    expect(
      report(() => toJsonPatch({}, { n: "x" }, ["n"], { grammar, missing: "error" })),
    ).toMatchInlineSnapshot(`
      [
        "invalid_value 0 [n] @["n"] Path 0 ("n") has an invalid value at n: not a number",
      ]
    `);
    expect(toJsonPatch({}, { n: 3 }, ["n"], { grammar })).toEqual([{ op: "add", path: "/n", value: 3 }]);
  });
});

describe("limits: the grammar's, unless the call gives its own", () => {
  const grammar = compileGrammar(["a"], { limits: { maxDepth: 2, maxNodes: 100 } });
  const deep = { a: { b: { c: { d: 1 } } } };

  it("bounds a copied value by the grammar's limits", () => {
    expect(report(() => applyMask({}, deep, ["a"], { grammar, missing: "keep" }))).toMatchInlineSnapshot(`
      [
        "limit_exceeded 0 [a] @["a","b","c"] Path 0 ("a") has an invalid value at "a.b.c": the value is nested deeper than the limit of 2",
      ]
    `);
    expect(report(() => toJsonPatch({}, deep, ["a"], { grammar, missing: "keep" }))).toMatchInlineSnapshot(`
      [
        "limit_exceeded 0 [a] @["a","b","c"] Path 0 ("a") has an invalid value at "a.b.c": the value is nested deeper than the limit of 2",
      ]
    `);
  });

  it("uses the call's limits when it gives them", () => {
    const limits = { maxDepth: 10 };
    expect(applyMask({}, deep, ["a"], { grammar, missing: "keep", limits })).toEqual(deep);
    expect(toJsonPatch({}, deep, ["a"], { grammar, missing: "keep", limits })).toEqual([
      { op: "add", path: "/a", value: deep.a },
    ]);
    expect(report(() => applyMask({}, deep, ["a"], { limits: { maxDepth: 2 } }))).toMatchInlineSnapshot(`
      [
        "limit_exceeded 0 [a] @["a","b","c"] Path 0 ("a") has an invalid value at "a.b.c": the value is nested deeper than the limit of 2",
      ]
    `);
  });
});

describe("a body that changes between reads", () => {
  // A proxy answering each property lookup differently: a hostile body, or one edited by another task between the
  // check and the write. The apply reads every value once for checking and writes exactly what it checked.
  function shifting(values: PropertyDescriptor[]): Record<string, unknown> {
    let reads = 0;
    return new Proxy({ a: 0 } as Record<string, unknown>, {
      getOwnPropertyDescriptor(object, key) {
        if (key !== "a") return Reflect.getOwnPropertyDescriptor(object, key);
        const next = values[Math.min(reads++, values.length - 1)] as PropertyDescriptor;
        return { ...next, enumerable: true, configurable: true };
      },
    });
  }

  it("writes exactly the values it checked", () => {
    const body = shifting([
      { value: { n: 1 }, writable: true },
      { value: { n: 2 }, writable: true },
    ]);
    expect(applyMask({ b: 1 }, body, ["a"])).toEqual({ a: { n: 1 }, b: 1 });
    const again = shifting([
      { value: 1, writable: true },
      { value: 2, writable: true },
    ]);
    expect(toJsonPatch({}, again, ["a"])).toEqual([{ op: "add", path: "/a", value: 1 }]);
  });

  it("throws, instead of returning the target, when a value turns into an accessor after the check", () => {
    const body = shifting([{ value: 1, writable: true }, { get: () => 2 }]);
    expect(report(() => applyMask({ b: 1 }, body, ["a"]))).toMatchInlineSnapshot(`
      [
        "invalid_value 0 [a] @["a"] Path 0 ("a") has an invalid value at "a": an accessor property is not JSON data",
      ]
    `);
  });
});

describe("no-op writes through a wildcard", () => {
  it("returns the target itself when every key * reaches already has its value", () => {
    const target = { m: { x: 1, y: { z: [1] } }, n: 1 };
    expect(applyMask(target, { m: { x: 1, y: target.m.y } }, ["m.*"])).toBe(target);
    expect(applyMask(target, { m: { x: 1 } }, ["m.*"], { missing: "keep" })).toBe(target);
    expect(applyMask(target, { m: { y: { z: target.m.y.z } } }, ["m.*.z"])).toBe(target);
    expect(toJsonPatch(target, { m: { x: 1 } }, ["m.*"])).toEqual([]);
  });
});

describe("a body whose keys change between reads", () => {
  it("checks and copies a value that only the second read of the keys shows", () => {
    // Arrange: the map's key list grows after it was first read
    let listings = 0;
    const m = new Proxy({ a: { n: 1 }, b: { n: 2 } } as Record<string, unknown>, {
      ownKeys(object) {
        listings++;
        return listings === 1 ? ["a"] : Reflect.ownKeys(object);
      },
    });
    // Act
    const result = applyMask<Record<string, unknown>>({}, { m }, ["m.*"]);
    // Assert: every value written is a checked copy, none is missing or shared
    expect(result).toEqual({ m: { a: { n: 1 }, b: { n: 2 } } });
    expect((result.m as Record<string, unknown>).b).not.toBe(m.b);
  });
});
