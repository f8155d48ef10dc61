import {
  applyMask,
  compileGrammar,
  diffMask,
  FieldMaskError,
  maskFromPatches,
  type PatchRecord,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { DIFF_ROWS } from "./diff-mask.testdata.js";

describe("diffMask golden rows", () => {
  for (const row of DIFF_ROWS) {
    it(`${row.id}${row.note === undefined ? "" : ` — ${row.note}`}`, () => {
      const grammar = compileGrammar(row.grammar);
      const diff = diffMask(
        row.before,
        row.after,
        grammar,
        row.subPaths === undefined ? undefined : { subPaths: row.subPaths },
      );
      expect(diff.mask).toEqual(row.mask);
      expect(diff.body).toEqual(row.body);
      expect(diff.unexpressible.map(({ path, kind }) => ({ path, kind }))).toEqual(row.unexpressible ?? []);
      // the round trip holds for every row that has nothing unexpressible
      if (diff.unexpressible.length === 0 && diff.mask.length > 0) {
        expect(applyMask(row.before, diff.body, diff.mask)).toEqual(row.after);
      }
    });
  }
});

describe("diffMask", () => {
  const grammar = compileGrammar(["config.read.objects.<name>", "config.write.objects"]);

  it("gives an empty diff for the same document", () => {
    const doc = { config: { read: { objects: { a: {} } } } };
    expect(diffMask(doc, doc, grammar)).toEqual({ mask: [], body: {}, unexpressible: [] });
  });

  it("never walks subtrees that are the same reference", () => {
    let reads = 0;
    const shared = new Proxy(
      { x: 1 },
      {
        ownKeys(target) {
          reads++;
          return Reflect.ownKeys(target);
        },
      },
    );
    const before = { config: { read: { objects: { a: { s: 1 }, big: shared } } } };
    const after = { config: { read: { objects: { a: { s: 2 }, big: shared } } } };
    expect(diffMask(before, after, grammar).mask).toEqual(["config.read.objects.a"]);
    expect(reads).toBe(0);
  });

  it("explains why a change is unexpressible", () => {
    const diff = diffMask(
      { id: "1", config: { read: { objects: { a: {} } } } },
      { id: "2", config: { read: { objects: {} } } },
      grammar,
    );
    expect(diff.unexpressible).toMatchInlineSnapshot(`
      [
        {
          "kind": "changed",
          "path": "id",
          "reason": "no allowed path covers this field (it may be read-only)",
        },
        {
          "kind": "removed",
          "path": "config.read.objects.a",
          "reason": "a removal is sent as the new value of a parent path, and no allowed path covers the parent",
        },
      ]
    `);
  });

  it("throws a FieldMaskError for roots that are not plain objects, and for depth past the limit", () => {
    expect(() => diffMask([], {}, grammar)).toThrow(FieldMaskError);
    let deep: unknown = 1;
    let deep2: unknown = 2;
    for (let i = 0; i < 10_000; i++) {
      deep = { d: deep };
      deep2 = { d: deep2 };
    }
    expect(() => diffMask({ a: deep }, { a: deep2 }, grammar)).toThrow(FieldMaskError);
  });
});

describe("maskFromPatches", () => {
  const grammar = compileGrammar(["config.read.objects.<name>", "config.write.objects", "connectionId"]);
  const before = {
    id: "i",
    connectionId: "c1",
    config: {
      read: { objects: { a: { s: 1, f: [1, 2] }, b: { s: 2 } } },
      write: { objects: { x: {}, y: {} } },
    },
  };

  it("chooses the same paths as diffMask for recorded edits", () => {
    const after = {
      ...before,
      connectionId: "c2",
      config: {
        read: { objects: { ...before.config.read.objects, a: { s: 5, f: [1, 2, 3] } } },
        write: { objects: { y: {} } },
      },
    };
    const patches: PatchRecord[] = [
      { op: "replace", path: ["config", "read", "objects", "a", "s"], value: 5 },
      { op: "add", path: ["config", "read", "objects", "a", "f", 2], value: 3 },
      { op: "remove", path: ["config", "write", "objects", "x"] },
      { op: "replace", path: ["connectionId"], value: "c2" },
    ];
    const fromPatches = maskFromPatches(patches, grammar, after);
    expect(fromPatches).toEqual(diffMask(before, after, grammar));
    expect(fromPatches.mask).toEqual(["config.read.objects.a", "config.write.objects", "connectionId"]);
    expect(applyMask(before, fromPatches.body, fromPatches.mask)).toEqual(after);
  });

  it("reports what no path carries, once", () => {
    const after = {
      ...before,
      id: "j",
      config: { ...before.config, read: { objects: { b: before.config.read.objects.b } } },
    };
    const result = maskFromPatches(
      [
        { op: "replace", path: ["id"], value: "j" },
        { op: "replace", path: ["id"], value: "j" },
        { op: "remove", path: ["config", "read", "objects", "a"] },
      ],
      grammar,
      after,
    );
    expect(result.mask).toEqual([]);
    expect(result.unexpressible.map(({ path, kind }) => `${kind} ${path}`)).toEqual([
      "changed id",
      "removed config.read.objects.a",
    ]);
  });

  it("treats a removal undone by a later patch as a change", () => {
    const after = {
      ...before,
      config: { ...before.config, read: { objects: { ...before.config.read.objects, a: { s: 3 } } } },
    };
    const result = maskFromPatches(
      [
        { op: "remove", path: ["config", "read", "objects", "a"] },
        { op: "add", path: ["config", "read", "objects", "a"], value: { s: 3 } },
      ],
      grammar,
      after,
    );
    expect(result.mask).toEqual(["config.read.objects.a"]);
    expect(result.unexpressible).toEqual([]);
  });

  it("reports the net effect: a value written and then removed again is a removal, like diffMask says", () => {
    const g = compileGrammar(["name", "doc.**"]);
    const named = { name: "n", doc: { x: { y: 1 } } };
    const after = {};
    const expected = diffMask(named, after, g);
    for (const first of ["add", "replace"] as const) {
      const patches: PatchRecord[] = [
        { op: first, path: ["name"], value: 1 },
        { op: "remove", path: ["name"] },
        { op: "remove", path: ["doc", "x", "y"] },
        { op: "remove", path: ["doc"] },
      ];
      // one removal per path, and nothing reported under a subtree that is removed as a whole
      expect(maskFromPatches(patches, g, after)).toEqual(expected);
    }
    expect(expected.unexpressible.map(({ path, kind }) => `${kind} ${path}`)).toEqual([
      "removed name",
      "removed doc",
    ]);
  });

  it("reports nothing under a removed subtree, however deep", () => {
    const g = compileGrammar(["x"]);
    const patches: PatchRecord[] = [
      { op: "remove", path: ["a", "b", "c", "d"] },
      { op: "replace", path: ["a", "b", "e"], value: 1 },
      { op: "remove", path: ["a", "b"] },
      { op: "remove", path: ["a", "f"] },
    ];
    const result = maskFromPatches(patches, g, { a: {} });
    expect(result.unexpressible.map(({ path, kind }) => `${kind} ${path}`)).toEqual([
      "removed a.b",
      "removed a.f",
    ]);
  });

  it("keeps changes apart whatever characters their keys hold", () => {
    const after = { a: { b: 1 }, "a\u0000b": 2, "a.b": 3 };
    const patches: PatchRecord[] = [
      { op: "add", path: ["a", "b"], value: 1 },
      { op: "add", path: ["a\u0000b"], value: 2 },
      { op: "add", path: ["a.b"], value: 3 },
    ];
    const result = maskFromPatches(patches, compileGrammar(["x"]), after);
    expect(result.unexpressible.map(({ path }) => path)).toEqual(["a.b", "a\u0000b", "a\\.b"]);
  });

  it("refuses malformed patches with a FieldMaskError", () => {
    expect(() => maskFromPatches([{ op: "move", path: [] } as unknown as PatchRecord], grammar, {})).toThrow(
      FieldMaskError,
    );
    expect(() => maskFromPatches([{ op: "add", path: [{}] } as unknown as PatchRecord], grammar, {})).toThrow(
      FieldMaskError,
    );
  });
});

describe("README example (unexpressible)", () => {
  it("lists what no allowed path carries", () => {
    const grammar = compileGrammar(["config.read.objects.<name>", "config.write.objects"]);
    const before = { id: "1", config: { read: { objects: { a: { s: 1 } } }, write: { objects: { x: {} } } } };
    const after = { id: "2", config: { read: { objects: {} }, write: { objects: {} } } };
    expect(diffMask(before, after, grammar)).toEqual({
      mask: ["config.write.objects"],
      body: { config: { write: { objects: {} } } },
      unexpressible: [
        { path: "id", kind: "changed", reason: "no allowed path covers this field (it may be read-only)" },
        {
          path: "config.read.objects.a",
          kind: "removed",
          reason:
            "a removal is sent as the new value of a parent path, and no allowed path covers the parent",
        },
      ],
    });
  });
});
