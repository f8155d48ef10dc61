import { applyMask, compileGrammar, diffMask, type MaskIssue, pickMask } from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { outcome } from "./report-outcome.js";

// What counts as JSON data when a value is copied out of a request body (applyMask, pickMask), and how two values
// are compared when diffMask meets something that is not a plain object (lists, leaves, exotic objects).

function show(issue: MaskIssue): string {
  const value = issue.valuePath === undefined ? "" : ` @${JSON.stringify(issue.valuePath)}`;
  return `${issue.code}${value} ${issue.message}`;
}

function report(fn: () => unknown): string[] {
  return outcome(fn, show);
}

describe("values that are not JSON data, wherever they sit", () => {
  const setterOnly = Object.defineProperty({ ok: 1 }, "w", { set: () => undefined, enumerable: true });
  const getterInList = Object.defineProperty([1, 2], 1, { get: () => 2, enumerable: true });

  it("names what was found and where, inside objects and lists", () => {
    const cases: [string, unknown][] = [
      ["undefined in a list", [1, undefined]],
      ["a symbol in a list", [Symbol("s")]],
      ["a symbol as a field", { s: Symbol("s") }],
      ["a function in a list", [() => 1]],
      ["a bigint as a field", { b: 2n }],
      ["Infinity in a list", [0, Number.POSITIVE_INFINITY]],
      ["-Infinity as a field", { x: { y: Number.NEGATIVE_INFINITY } }],
      ["NaN in a list", [[Number.NaN]]],
      ["a setter-only property", { o: setterOnly }],
      ["a getter in a list", { l: getterInList }],
      ["a __proto__ own key", { o: JSON.parse('{"a": 1, "__proto__": {"x": 1}}') }],
      ["a Map as a field", { m: new Map() }],
      ["a symbol at the top", Symbol("top")],
      ["-Infinity at the top", Number.NEGATIVE_INFINITY],
    ];
    const lines: string[] = [];
    for (const [name, value] of cases) {
      lines.push(`${name}: ${report(() => applyMask({}, { v: value }, ["v"])).join(" / ")}`);
    }
    expect(lines).toMatchInlineSnapshot(`
      [
        "undefined in a list: invalid_value @["v",1] Path 0 ("v") has an invalid value at "v.1": undefined is not JSON data",
        "a symbol in a list: invalid_value @["v",0] Path 0 ("v") has an invalid value at "v.0": a symbol is not JSON data",
        "a symbol as a field: invalid_value @["v","s"] Path 0 ("v") has an invalid value at "v.s": a symbol is not JSON data",
        "a function in a list: invalid_value @["v",0] Path 0 ("v") has an invalid value at "v.0": a function is not JSON data",
        "a bigint as a field: invalid_value @["v","b"] Path 0 ("v") has an invalid value at "v.b": a bigint is not JSON data",
        "Infinity in a list: invalid_value @["v",1] Path 0 ("v") has an invalid value at "v.1": Infinity is not JSON data",
        "-Infinity as a field: invalid_value @["v","x","y"] Path 0 ("v") has an invalid value at "v.x.y": -Infinity is not JSON data",
        "NaN in a list: invalid_value @["v",0,0] Path 0 ("v") has an invalid value at "v.0.0": NaN is not JSON data",
        "a setter-only property: invalid_value @["v","o","w"] Path 0 ("v") has an invalid value at "v.o.w": an accessor property is not JSON data",
        "a getter in a list: invalid_value @["v","l",1] Path 0 ("v") has an invalid value at "v.l.1": an accessor property is not JSON data",
        "a __proto__ own key: invalid_value @["v","o","__proto__"] Path 0 ("v") has an invalid value at "v.o.__proto__": a "__proto__" key is not allowed in a value",
        "a Map as a field: invalid_value @["v","m"] Path 0 ("v") has an invalid value at "v.m": an object that is not a plain object or array is not JSON data",
        "a symbol at the top: invalid_value @["v"] Path 0 ("v") has an invalid value at "v": a symbol is not JSON data",
        "-Infinity at the top: invalid_value @["v"] Path 0 ("v") has an invalid value at "v": -Infinity is not JSON data",
      ]
    `);
  });

  it("refuses a setter-only property of the body itself, without calling it", () => {
    let calls = 0;
    const body = Object.defineProperty({}, "a", {
      set: () => {
        calls++;
      },
      enumerable: true,
    });
    expect(report(() => applyMask({}, body, ["a"]))).toMatchInlineSnapshot(`
      [
        "invalid_value @["a"] Path 0 ("a") has an invalid value at "a": an accessor property is not JSON data",
      ]
    `);
    expect(report(() => pickMask(body, ["a"]))).toMatchInlineSnapshot(`
      [
        "invalid_value @["a"] Path 0 ("a") has an invalid value at "a": an accessor property is not JSON data",
      ]
    `);
    expect(calls).toBe(0);
  });

  it("accepts every kind of JSON leaf, nested", () => {
    const value = {
      s: "",
      t: true,
      f: false,
      n: null,
      z: 0,
      neg: -1.5,
      big: 1e308,
      list: ["x", [null, { e: {} }]],
    };
    const result = applyMask({}, { v: value }, ["v"]);
    expect(result).toEqual({ v: value });
    expect(JSON.stringify(result)).toBe(JSON.stringify({ v: value }));
  });
});

describe("cycles and the depth and node limits", () => {
  it("tells a value that contains itself from one that is only deep, even at depth 1", () => {
    const self: Record<string, unknown> = {};
    self.me = self;
    const list: unknown[] = [];
    list.push(list);
    const lines = [
      ...report(() => applyMask({}, { a: self }, ["a"], { limits: { maxDepth: 1 } })),
      ...report(() => applyMask({}, { a: list }, ["a"], { limits: { maxDepth: 1 } })),
      ...report(() => applyMask({}, { a: { b: {} } }, ["a"], { limits: { maxDepth: 1 } })),
      ...report(() => applyMask({}, { a: self }, ["a"], { limits: { maxDepth: 3 } })),
    ];
    expect(lines).toMatchInlineSnapshot(`
      [
        "invalid_value @["a","me"] Path 0 ("a") has an invalid value at "a.me": the value contains a cycle",
        "invalid_value @["a",0] Path 0 ("a") has an invalid value at "a.0": the value contains a cycle",
        "limit_exceeded @["a","b"] Path 0 ("a") has an invalid value at "a.b": the value is nested deeper than the limit of 1",
        "invalid_value @["a","me","me","me"] Path 0 ("a") has an invalid value at "a.me.me.me": the value contains a cycle",
      ]
    `);
  });

  it("allows exactly maxNodes nodes and refuses one more, in lists and in objects", () => {
    // a container of two leaves is three nodes
    const lines = [
      ...report(() => applyMask({}, { a: [1, 2] }, ["a"], { limits: { maxNodes: 3 } })),
      ...report(() => applyMask({}, { a: [1, 2, 3] }, ["a"], { limits: { maxNodes: 3 } })),
      ...report(() => applyMask({}, { a: { x: 1, y: 2 } }, ["a"], { limits: { maxNodes: 3 } })),
      ...report(() => pickMask({ a: { x: 1, y: 2, z: 3 } }, ["a"], { limits: { maxNodes: 3 } })),
      ...report(() => pickMask({ a: { x: [1], y: 2 } }, ["a"], { limits: { maxNodes: 3 } })),
    ];
    expect(lines).toMatchInlineSnapshot(`
      [
        "returned {"a":[1,2]}",
        "limit_exceeded @["a"] Path 0 ("a") has an invalid value at "a": the value has more than 3 nodes",
        "returned {"a":{"x":1,"y":2}}",
        "limit_exceeded @["a"] Path 0 ("a") has an invalid value at "a": the value has more than 3 nodes",
        "limit_exceeded @["a","x"] Path 0 ("a") has an invalid value at "a.x": the value has more than 3 nodes",
      ]
    `);
  });

  it("allows a value exactly maxDepth deep", () => {
    expect(applyMask({}, { a: { b: { c: 1 } } }, ["a"], { limits: { maxDepth: 2 } })).toEqual({
      a: { b: { c: 1 } },
    });
    expect(
      report(() => applyMask({}, { a: { b: { c: {} } } }, ["a"], { limits: { maxDepth: 2 } })),
    ).toMatchInlineSnapshot(`
        [
          "limit_exceeded @["a","b","c"] Path 0 ("a") has an invalid value at "a.b.c": the value is nested deeper than the limit of 2",
        ]
      `);
  });
});

describe("target fields holding undefined are absent", () => {
  it("creates a container where the target holds undefined", () => {
    expect(applyMask({ a: undefined, b: 1 }, { a: { x: 1 } }, ["a.x"])).toEqual({ a: { x: 1 }, b: 1 });
  });

  it("changes nothing when deleting a field that holds undefined", () => {
    const target = { a: undefined, b: 1 };
    expect(applyMask(target, {}, ["a"], { missing: "delete" })).toBe(target);
  });
});

describe("diffMask compares lists, leaves and exotic objects as JSON", () => {
  const grammar = compileGrammar(["x"]);

  it.each([
    { name: "an empty list and an object with a length", before: [], after: { length: 0 } },
    { name: "an empty object and an empty list", before: {}, after: [] },
    { name: "a Date and an empty object", before: new Date(0), after: {} },
    { name: "lists of objects with a key more", before: [{ a: 1 }], after: [{ a: 1, b: 2 }] },
    { name: "lists of objects with another key", before: [{ a: 1 }], after: [{ b: 1 }] },
    { name: "lists of objects with another value", before: [{ a: 1 }], after: [{ a: 2 }] },
    { name: "lists of lists of another length", before: [[1]], after: [[1, 2]] },
    { name: "a list and an object inside lists", before: [[]], after: [{}] },
    { name: "an object and a list inside lists", before: [{}], after: [[]] },
  ])("finds $name different", ({ before, after }) => {
    expect(diffMask({ x: before }, { x: after }, grammar)).toEqual({
      mask: ["x"],
      body: { x: after },
      unexpressible: [],
    });
  });

  it.each([
    {
      name: "equal lists of objects",
      before: [{ a: 1, b: [true, null] }],
      after: [{ b: [true, null], a: 1 }],
    },
    { name: "equal nested lists", before: [[1, [2]], "s"], after: [[1, [2]], "s"] },
  ])("finds $name equal", ({ before, after }) => {
    expect(diffMask({ x: before }, { x: after }, grammar)).toEqual({ mask: [], body: {}, unexpressible: [] });
  });

  it("counts the compared containers against the grammar's node limit, leaves aside", () => {
    // Arrange: a node limit of 2 lets two containers be compared
    const small = compileGrammar(["x"], { limits: { maxNodes: 2 } });
    const lines: string[] = [];
    // a difference found at a leaf, once the budget is spent, is still a difference
    for (const [before, after] of [
      [[[1]], [[2]]],
      [[[1]], [[{}]]],
      [[[{}]], [[1]]],
      [[[null]], [[{}]]],
      [[[{}]], [[null]]],
      [[[1]], [[1]]],
    ] as [unknown, unknown][]) {
      lines.push(report(() => diffMask({ x: before }, { x: after }, small).mask).join(" / "));
    }
    // three containers to compare are one too many
    lines.push(report(() => diffMask({ x: [[[1]]] }, { x: [[[1]]] }, small).mask).join(" / "));
    lines.push(report(() => diffMask({ x: [{ a: [1] }] }, { x: [{ a: [1] }] }, small).mask).join(" / "));
    expect(lines).toMatchInlineSnapshot(`
      [
        "returned ["x"]",
        "returned ["x"]",
        "returned ["x"]",
        "returned ["x"]",
        "returned ["x"]",
        "returned []",
        "limit_exceeded Comparing the values took more than 2 steps (too large, or a cycle)",
        "limit_exceeded Comparing the values took more than 2 steps (too large, or a cycle)",
      ]
    `);
  });

  it("stops comparing a cycle at the node limit", () => {
    const a: unknown[] = [];
    a.push(a);
    const b: unknown[] = [];
    b.push(b);
    expect(
      report(() => diffMask({ x: a }, { x: b }, compileGrammar(["x"], { limits: { maxNodes: 50 } }))),
    ).toMatchInlineSnapshot(`
        [
          "limit_exceeded Comparing the values took more than 50 steps (too large, or a cycle)",
        ]
      `);
  });
});
