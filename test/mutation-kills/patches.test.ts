import {
  compileGrammar,
  diffMask,
  type MaskIssue,
  maskFromPatches,
  type PatchRecord,
  toJsonPatch,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { outcome } from "./report-outcome.js";

// maskFromPatches: which path carries each recorded patch, read from `after` by own data properties only, and what
// is left unexpressible; plus toJsonPatch's pointer escaping.

function show(issue: MaskIssue): string {
  const value = issue.valuePath === undefined ? "" : ` @${JSON.stringify(issue.valuePath)}`;
  return `${issue.code} ${issue.index ?? "-"}${value} ${issue.message}`;
}

function report(fn: () => unknown): string[] {
  return outcome(fn, show);
}

const replace = (path: (string | number)[], value?: unknown): PatchRecord => ({ op: "replace", path, value });
const add = (path: (string | number)[], value?: unknown): PatchRecord => ({ op: "add", path, value });
const remove = (path: (string | number)[]): PatchRecord => ({ op: "remove", path });

describe("the value of a chosen path is read from after by own data properties only", () => {
  it.each([
    {
      name: "a string key into a list is a change of the list",
      grammar: ["l", "l.<i>"],
      after: { l: [10, 20] },
      patches: [replace(["l", "0"], 10)],
      expected: { mask: ["l"], body: { l: [10, 20] } },
    },
    {
      name: "a key below null is a change of the null field",
      grammar: ["n", "n.<k>"],
      after: { n: null },
      patches: [replace(["n", "x"], 1)],
      expected: { mask: ["n"], body: { n: null } },
    },
    {
      name: "an inherited key is not a value",
      grammar: ["a", "a.<k>"],
      after: { a: {} },
      patches: [replace(["a", "toString"], 1)],
      expected: { mask: ["a"], body: { a: {} } },
    },
    {
      name: "a key holding undefined is not a value",
      grammar: ["a", "a.<k>"],
      after: { a: { k: undefined, j: 1 } },
      patches: [replace(["a", "k"], undefined)],
      expected: { mask: ["a"], body: { a: { k: undefined, j: 1 } } },
    },
  ])("$name", ({ grammar, after, patches, expected }) => {
    expect(maskFromPatches(patches, compileGrammar(grammar), after)).toEqual({
      ...expected,
      unexpressible: [],
    });
  });
});

describe("which path carries a patch", () => {
  it("uses sub-paths only when asked", () => {
    const grammar = compileGrammar(["doc.**"]);
    const after = { doc: { x: { y: 1 }, z: 2 } };
    const patches = [replace(["doc", "x", "y"], 1)];
    expect(maskFromPatches(patches, grammar, after).mask).toEqual(["doc"]);
    expect(maskFromPatches(patches, grammar, after, { subPaths: true }).mask).toEqual(["doc.x.y"]);
    expect(maskFromPatches(patches, grammar, after, { subPaths: false }).mask).toEqual(["doc"]);
  });

  it("keeps the value of a path chosen first when a later patch falls below it", () => {
    const grammar = compileGrammar(["m", "m.<k>"]);
    const after = { m: { y: 2 } };
    // removing m.x needs m itself; the later m.y change is inside it
    expect(maskFromPatches([remove(["m", "x"]), replace(["m", "y"], 2)], grammar, after)).toEqual({
      mask: ["m"],
      body: { m: { y: 2 } },
      unexpressible: [],
    });
  });

  it("treats a removal that after no longer shows as a change", () => {
    const after = { objects: { b: { s: 1 } }, id: 2 };
    expect(maskFromPatches([remove(["objects", "b"])], compileGrammar(["objects.<k>"]), after)).toEqual({
      mask: ["objects.b"],
      body: { objects: { b: { s: 1 } } },
      unexpressible: [],
    });
    expect(
      report(() => maskFromPatches([remove(["id"])], compileGrammar(["x"]), after)),
    ).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"id","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
  });

  it("says whether an inexpressible patch added or changed a field", () => {
    const grammar = compileGrammar(["x"]);
    const after = { id: 1, l: [1, 2], a: { b: { c: 1 } } };
    expect(report(() => maskFromPatches([add(["id"], 1)], grammar, after))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"id","kind":"added","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
    expect(report(() => maskFromPatches([replace(["id"], 1)], grammar, after))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"id","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
    // an index into a list changes the whole list, whatever the op
    expect(report(() => maskFromPatches([add(["l", 1], 2)], grammar, after))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"l","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
  });

  it("keeps no more keys of a patch path than a mask path may have", () => {
    const grammar = compileGrammar(["x"], { limits: { maxSegments: 2 } });
    const after = { a: { b: { c: 1 } } };
    expect(report(() => maskFromPatches([add(["a", "b", "c"], 1)], grammar, after))).toMatchInlineSnapshot(`
      [
        "returned {"mask":[],"body":{},"unexpressible":[{"path":"a.b","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
  });

  it("reports two inexpressible paths whose keys join to the same text separately", () => {
    const after = { a: { b: 1 }, ab: 1 };
    const patches = [add(["a", "b"], 1), add(["ab"], 1), add(["a", "b"], 1)];
    expect(maskFromPatches(patches, compileGrammar(["x"]), after).unexpressible.map((u) => u.path)).toEqual([
      "a.b",
      "ab",
    ]);
  });

  it("reports a replaced parent that no path carries beside the allowed path below it", () => {
    const after = { a: { b: 2 } };
    expect(
      report(() =>
        maskFromPatches([replace(["a"], { b: 2 }), replace(["a", "b"], 2)], compileGrammar(["a.b"]), after),
      ),
    ).toMatchInlineSnapshot(`
      [
        "returned {"mask":["a.b"],"body":{"a":{"b":2}},"unexpressible":[{"path":"a","kind":"changed","reason":"no allowed path covers this field (it may be read-only)"}]}",
      ]
    `);
  });

  it("chooses no path whose value after no longer has", () => {
    // m.k was set, then m was deleted: no body can hold m.k
    const result = maskFromPatches([replace(["m", "k"], 1), remove(["m"])], compileGrammar(["m.<k>"]), {});
    expect(result.mask).toEqual([]);
    expect(result.body).toEqual({});
    expect(result.unexpressible).toContainEqual({
      path: "m",
      kind: "removed",
      reason: "no allowed path covers this field or a parent of it",
    });
  });
});

describe("malformed patch lists", () => {
  it("refuses entries that are not patches, with their index", () => {
    const patches = [null, undefined, replace(["ok"], 1), { op: "add" }, { path: [] }] as never;
    expect(report(() => maskFromPatches(patches, compileGrammar(["ok"]), { ok: 1 }))).toMatchInlineSnapshot(`
      [
        "invalid_value 0 @[0] Patch 0 is not { op: add | replace | remove, path: array }",
        "invalid_value 1 @[1] Patch 1 is not { op: add | replace | remove, path: array }",
        "invalid_value 3 @[3] Patch 3 is not { op: add | replace | remove, path: array }",
        "invalid_value 4 @[4] Patch 4 is not { op: add | replace | remove, path: array }",
      ]
    `);
  });
});

describe("toJsonPatch escapes keys as RFC 6901 pointers", () => {
  it.each([
    ["plain", "/plain"],
    ["a/b", "/a~1b"],
    ["a~b", "/a~0b"],
    ["~/", "/~0~1"],
    ["/~1", "/~1~01"],
    ["", "/"],
  ])("key %j is written %j", (key, pointer) => {
    expect(toJsonPatch({}, { m: { [key]: 1 } }, ["m.*"])).toEqual([
      { op: "add", path: "/m", value: { [key]: 1 } },
    ]);
    expect(toJsonPatch({ m: {} }, { m: { [key]: 1 } }, ["m.*"])).toEqual([
      { op: "add", path: `/m${pointer}`, value: 1 },
    ]);
  });
});

describe("maskFromPatches agrees with diffMask on recorded edits", () => {
  it("gives the same result for edits whose values are still in after", () => {
    const grammar = compileGrammar(["name", "m.<k>", "doc.**", "obj.a"]);
    const before = { name: "a", m: { x: { s: 1 }, y: { s: 2 } }, doc: { p: 1 }, obj: { a: 1, b: 2 } };
    const after = {
      name: "b",
      m: { x: { s: 3 }, y: { s: 2 }, z: { s: 4 } },
      doc: { p: 2 },
      obj: { a: 5, b: 2 },
    };
    const patches = [
      replace(["name"], "b"),
      replace(["m", "x", "s"], 3),
      add(["m", "z"], { s: 4 }),
      replace(["doc", "p"], 2),
      replace(["obj", "a"], 5),
    ];
    expect(maskFromPatches(patches, grammar, after)).toEqual(diffMask(before, after, grammar));
    expect(maskFromPatches(patches, grammar, after, { subPaths: true })).toEqual(
      diffMask(before, after, grammar, { subPaths: true }),
    );
  });
});
