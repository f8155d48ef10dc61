import { applyMask, compileGrammar, FieldMaskError, pickMask, toJsonPatch } from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { APPLY_ROWS, JSON_PATCH_ROWS, PICK_ROWS } from "./apply-mask.testdata.js";

function issuesOf(run: () => unknown): { code: string; index: number | undefined }[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof FieldMaskError)) throw error;
    return error.issues.map((issue) => ({ code: issue.code, index: issue.index }));
  }
  throw new Error("expected a FieldMaskError");
}

function snapshot(value: unknown): string {
  return JSON.stringify(value);
}

describe("applyMask golden rows", () => {
  for (const row of APPLY_ROWS) {
    it(`${row.id}${row.note === undefined ? "" : ` — ${row.note}`}`, () => {
      const before = [snapshot(row.target), snapshot(row.source)];
      const options = row.missing === undefined ? undefined : { missing: row.missing };
      if (row.issues !== undefined) {
        expect(issuesOf(() => applyMask(row.target, row.source, row.mask, options))).toEqual(row.issues);
      } else {
        expect(applyMask(row.target, row.source, row.mask, options)).toEqual(row.expect);
      }
      // never mutated, whatever happened
      expect([snapshot(row.target), snapshot(row.source)]).toEqual(before);
    });
  }
});

describe("pickMask golden rows", () => {
  for (const row of PICK_ROWS) {
    it(`${row.id}${row.note === undefined ? "" : ` — ${row.note}`}`, () => {
      expect(pickMask(row.value, row.mask)).toEqual(row.expect);
    });
  }
});

describe("toJsonPatch golden rows", () => {
  for (const row of JSON_PATCH_ROWS) {
    it(`${row.id}${row.note === undefined ? "" : ` — ${row.note}`}`, () => {
      const options = row.missing === undefined ? undefined : { missing: row.missing };
      expect(toJsonPatch(row.target, row.source, row.mask, options)).toEqual(row.expect);
    });
  }
});

describe("applyMask structural sharing", () => {
  const target = {
    name: "a",
    config: { proxy: { enabled: false }, read: { objects: { a: { s: 1 }, b: { s: 2 } } } },
    list: [1, 2],
  };

  it("copies only the containers on the written path", () => {
    const result = applyMask(target, { config: { read: { objects: { a: { s: 9 } } } } }, [
      "config.read.objects.a",
    ]);
    expect(result).not.toBe(target);
    expect(result.config).not.toBe(target.config);
    expect(result.config.read.objects).not.toBe(target.config.read.objects);
    expect(result.config.proxy).toBe(target.config.proxy);
    expect(result.config.read.objects.b).toBe(target.config.read.objects.b);
    expect(result.list).toBe(target.list);
    expect(result.config.read.objects.a).toEqual({ s: 9 });
  });

  it("returns the target itself for an empty mask or writes that change nothing", () => {
    expect(applyMask(target, {}, [])).toBe(target);
    expect(applyMask(target, { name: "a" }, ["name"])).toBe(target);
    expect(applyMask(target, target, ["config", "list"])).toBe(target);
    expect(applyMask(target, {}, ["config.other"], { missing: "delete" })).toBe(target);
    expect(applyMask(target, {}, ["config.other"], { missing: "keep" })).toBe(target);
  });

  it("copies values, so the result never aliases the source", () => {
    const source = { config: { proxy: { enabled: true, extra: [{ x: 1 }] } } };
    const result = applyMask(target, source, ["config.proxy"]);
    expect(result.config.proxy).toEqual(source.config.proxy);
    expect(result.config.proxy).not.toBe(source.config.proxy);
    expect((result.config.proxy as unknown as { extra: unknown[] }).extra[0]).not.toBe(
      source.config.proxy.extra[0],
    );
  });

  it("checks every path and value before building anything", () => {
    // Arrange: a target container that counts how often it is copied (spread enumerates its keys)
    let copies = 0;
    const x = new Proxy(
      { a: 1, b: 2 },
      {
        ownKeys(object) {
          copies++;
          return Reflect.ownKeys(object);
        },
      },
    );
    // Act: the first path is fine, the second has no value
    const issues = issuesOf(() => applyMask({ x, y: 1 }, { x: { a: 5 } }, ["x.a", "y"]));
    // Assert: the call failed before copying x
    expect(issues).toEqual([{ code: "missing_value", index: 1 }]);
    expect(copies).toBe(0);
    expect(applyMask({ x, y: 1 }, { x: { a: 5 }, y: 1 }, ["x.a", "y"])).toEqual({ x: { a: 5, b: 2 }, y: 1 });
    expect(copies).toBe(1);
  });

  it("gives the same result whatever the order of the paths, duplicates included", () => {
    const source = { a: { b: 1, c: 2 }, d: 3 };
    const one = applyMask({}, source, ["a.b", "a", "d"]);
    const two = applyMask({}, source, ["d", "a", "a.b", "d"]);
    expect(two).toEqual(one);
    expect(Object.keys(two)).toEqual(Object.keys(one));
  });
});

describe("applyMask refuses bad values", () => {
  it("refuses accessors in the source without calling them", () => {
    let called = 0;
    const value = {
      get secret() {
        called++;
        return 1;
      },
    };
    expect(issuesOf(() => applyMask({}, { a: value }, ["a"]))).toEqual([{ code: "invalid_value", index: 0 }]);
    const source = Object.defineProperty({}, "a", { get: () => called++, enumerable: true });
    expect(issuesOf(() => applyMask({}, source, ["a"]))).toEqual([{ code: "invalid_value", index: 0 }]);
    expect(called).toBe(0);
  });

  it("refuses what is not JSON data, with the value path", () => {
    const cyclic: Record<string, unknown> = { x: 1 };
    cyclic.self = cyclic;
    const cases: [unknown, string][] = [
      [Number.NaN, "invalid_value"],
      [undefined, "missing_value"],
      [new Date(0), "invalid_value"],
      [new Map(), "invalid_value"],
      // a hole: built without a literal so the lint keeps quiet about intent
      [Object.assign(new Array(3), { 0: 1, 2: 3 }), "invalid_value"],
      [{ [Symbol("s")]: 1 }, "invalid_value"],
      [JSON.parse('{"__proto__": {"polluted": true}}'), "invalid_value"],
      [cyclic, "invalid_value"],
      [10n, "invalid_value"],
    ];
    for (const [value, code] of cases) {
      expect(issuesOf(() => applyMask({}, { a: value }, ["a"]))).toEqual([{ code, index: 0 }]);
    }
    try {
      applyMask({}, { a: { b: [0, { c: Number.POSITIVE_INFINITY }] } }, ["a"]);
    } catch (error) {
      expect((error as FieldMaskError).issues[0]?.valuePath).toEqual(["a", "b", 1, "c"]);
      expect((error as FieldMaskError).message).toMatchInlineSnapshot(
        `"Path 0 ("a") has an invalid value at "a.b.1.c": Infinity is not JSON data"`,
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("stops a value nested 100,000 deep with limit_exceeded, not a stack overflow", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(issuesOf(() => applyMask({}, { a: deep }, ["a"]))).toEqual([{ code: "limit_exceeded", index: 0 }]);
    expect(issuesOf(() => applyMask({}, { a: [1, 2, 3] }, ["a"], { limits: { maxNodes: 3 } }))).toEqual([
      { code: "limit_exceeded", index: 0 },
    ]);
  });

  it("never lets a numeric-looking segment index a list", () => {
    expect(issuesOf(() => applyMask({ a: [0, 1] }, { a: { "1": 5 } }, ["a.1"]))).toEqual([
      { code: "not_traversable", index: 0 },
    ]);
    expect(applyMask({ a: {} }, { a: { "4294967294": 5 } }, ["a.4294967294"])).toEqual({
      a: { "4294967294": 5 },
    });
  });

  it("walks own properties only", () => {
    expect(issuesOf(() => applyMask({}, {}, ["toString.x"]))).toEqual([{ code: "missing_value", index: 0 }]);
    expect(issuesOf(() => applyMask({}, { a: 1 }, ["__proto__.x"]))).toEqual([
      { code: "forbidden_segment", index: 0 },
    ]);
    expect(issuesOf(() => applyMask(new Date(0), { a: 1 }, ["a"]))).toEqual([
      { code: "not_traversable", index: 0 },
    ]);
  });

  it("pins the message of a missing value", () => {
    expect(() => applyMask({}, { config: {} }, ["config.proxy.enabled"])).toThrowErrorMatchingInlineSnapshot(
      `[FieldMaskError: Path 0 ("config.proxy.enabled") has no value in the source at "config.proxy"]`,
    );
  });
});

describe("applyMask with a grammar", () => {
  const grammar = compileGrammar([
    "connectionId",
    {
      path: "config.proxy.enabled",
      schema: { "~standard": { version: 1, vendor: "test", validate: check } },
    },
  ]);
  function check(value: unknown) {
    return typeof value === "boolean" ? { value } : { issues: [{ message: "expected a boolean" }] };
  }

  it("validates the mask and the values first", () => {
    expect(applyMask({}, { connectionId: "c" }, ["connectionId"], { grammar })).toEqual({
      connectionId: "c",
    });
    expect(issuesOf(() => applyMask({}, { name: "x" }, ["name"], { grammar }))).toEqual([
      { code: "not_allowed", index: 0 },
    ]);
    expect(
      issuesOf(() =>
        applyMask({}, { config: { proxy: { enabled: 1 } } }, ["config.proxy.enabled"], { grammar }),
      ),
    ).toEqual([{ code: "invalid_value", index: 0 }]);
  });
});

describe("README examples (Applying, picking and diffing)", () => {
  it("replace, not merge", () => {
    const current = { config: { proxy: { enabled: false, port: 8080 } } };
    expect(applyMask(current, { config: { proxy: { enabled: true } } }, ["config.proxy"])).toEqual({
      config: { proxy: { enabled: true } },
    });
    expect(applyMask(current, { config: { proxy: { enabled: true } } }, ["config.proxy.enabled"])).toEqual({
      config: { proxy: { enabled: true, port: 8080 } },
    });
  });

  it("missing values", () => {
    const target = { name: "a", note: "x" };
    expect(issuesOf(() => applyMask(target, { name: "b" }, ["name", "note"]))).toEqual([
      { code: "missing_value", index: 1 },
    ]);
    expect(applyMask(target, { name: "b" }, ["name", "note"], { missing: "delete" })).toEqual({ name: "b" });
    expect(applyMask(target, { name: "b" }, ["name", "note"], { missing: "keep" })).toEqual({
      name: "b",
      note: "x",
    });
  });

  it("wildcards", () => {
    const target = { objects: { a: { schedule: "1d", name: "a" }, c: { schedule: "1d" } } };
    expect(
      applyMask(target, { objects: { a: { schedule: "5m" }, b: { schedule: "1h" } } }, [
        "objects.*.schedule",
      ]),
    ).toEqual({
      objects: { a: { schedule: "5m", name: "a" }, c: { schedule: "1d" }, b: { schedule: "1h" } },
    });
    expect(
      applyMask(target, { objects: { a: { schedule: "5m" } } }, ["objects.*"], { missing: "delete" }),
    ).toEqual({
      objects: { a: { schedule: "5m" } },
    });
  });
});
