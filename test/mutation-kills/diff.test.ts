import { applyMask, compileGrammar, diffMask, type MaskIssue } from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { outcome } from "./report-outcome.js";

// diffMask: which paths carry which changes, what is left unexpressible and why, and the depth limit.

function show(issue: MaskIssue): string {
  const value = issue.valuePath === undefined ? "" : ` @${JSON.stringify(issue.valuePath)}`;
  return `${issue.code}${value} ${issue.message}`;
}

function report(fn: () => unknown): string[] {
  return outcome(fn, show);
}

describe("fields holding undefined are absent", () => {
  const grammar = compileGrammar(["a", "m.<k>"]);

  it("a field set to undefined in after is a removal", () => {
    expect(report(() => diffMask({ a: 1, b: 1 }, { a: undefined, b: 1 }, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"a","kind":"removed","reason":"a removal is sent as the new value of a parent path, and no allowed path covers the parent"}]}",
      ]
    `);
    expect(report(() => diffMask({ m: { x: 1 } }, { m: { x: undefined } }, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"m.x","kind":"removed","reason":"a removal is sent as the new value of a parent path, and no allowed path covers the parent"}]}",
      ]
    `);
  });

  it("a field holding undefined in before that after lacks is no change", () => {
    expect(diffMask({ a: undefined, b: 1 }, { b: 1 }, grammar)).toEqual({
      mask: [],
      body: {},
      unexpressible: [],
    });
    expect(diffMask({ a: undefined, b: 1 }, { a: undefined, b: 1 }, grammar)).toEqual({
      mask: [],
      body: {},
      unexpressible: [],
    });
  });

  it("a field holding undefined in before and a value in after is an addition", () => {
    expect(diffMask({ a: undefined }, { a: 2 }, grammar)).toEqual({
      mask: ["a"],
      body: { a: 2 },
      unexpressible: [],
    });
  });
});

describe("keys that look like other things", () => {
  it("treats a key named undefined as an ordinary key, once", () => {
    const grammar = compileGrammar(["undefined", "m.<k>"]);
    expect(
      report(() => diffMask({ undefined: 1, x: 1 }, { undefined: 2, x: 1 }, grammar)),
    ).toMatchInlineSnapshot(`
      [
        "returned {"mask":["undefined"],"body":{"undefined":2},"unexpressible":[]}",
      ]
    `);
    expect(report(() => diffMask({ undefined: 1, x: 1 }, { x: 1 }, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"undefined","kind":"removed","reason":"a removal is sent as the new value of a parent path, and no allowed path covers the parent"}]}",
      ]
    `);
    expect(
      report(() => diffMask({ m: { undefined: 1, x: 1 } }, { m: { x: 2 } }, grammar)),
    ).toMatchInlineSnapshot(`
      [
        "returned {"mask":["m.x"],"body":{"m":{"x":2}},"unexpressible":[{"path":"m.undefined","kind":"removed","reason":"a removal is sent as the new value of a parent path, and no allowed path covers the parent"}]}",
      ]
    `);
  });

  it("writes keys in the grammar's syntax, commas unescaped", () => {
    const backslash = compileGrammar(["m.<k>"]);
    const backtick = compileGrammar(["m.<k>"], { syntax: "backtick" });
    const before = { m: {} };
    const after = { m: { "a.b": 1, "c,d": 2, "e`f": 3, "*": 4, plain: 5 } };
    expect(diffMask(before, after, backslash).mask).toMatchInlineSnapshot(`
      [
        "m.\\*",
        "m.a\\.b",
        "m.c,d",
        "m.e\`f",
        "m.plain",
      ]
    `);
    expect(diffMask(before, after, backtick).mask).toMatchInlineSnapshot(`
      [
        "m.\`*\`",
        "m.\`a.b\`",
        "m.\`c,d\`",
        "m.\`e\\\`f\`",
        "m.plain",
      ]
    `);
    // the mask reads back in the same syntax and applies to the same result
    const diff = diffMask(before, after, backtick);
    expect(applyMask(before, diff.body, diff.mask, { syntax: "backtick" })).toEqual(after);
  });
});

describe("added objects", () => {
  const grammar = compileGrammar(["obj.a", "name"]);

  it("carries the fields an allowed path covers and reports the rest of an added object", () => {
    expect(report(() => diffMask({}, { obj: { a: 1, b: 2 } }, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":["obj.a"],"body":{"obj":{"a":1}},"unexpressible":[{"path":"obj.b","kind":"added","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
    expect(report(() => diffMask({}, { obj: { b: 2, c: { d: 1 } } }, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"obj","kind":"added","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
    expect(report(() => diffMask({}, { obj: {} }, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"obj","kind":"added","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
  });

  it("reports an added field no path covers as added", () => {
    expect(report(() => diffMask({ name: "a" }, { name: "a", id: 1 }, grammar))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"id","kind":"added","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
  });
});

describe("the depth limit", () => {
  const grammar = compileGrammar(["a.<k>", "a.<k>.**"], { limits: { maxDepth: 2 } });

  it("compares documents that differ exactly at the depth limit", () => {
    expect(diffMask({ a: { b: 1 } }, { a: { b: 2 } }, grammar).mask).toEqual(["a.b"]);
  });

  it("refuses documents that differ below the depth limit", () => {
    expect(
      report(() => diffMask({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }, grammar)),
    ).toMatchInlineSnapshot(`
      [
        "limit_exceeded @["a","b","c"] The documents differ deeper than the depth limit of 2",
      ]
    `);
  });
});
