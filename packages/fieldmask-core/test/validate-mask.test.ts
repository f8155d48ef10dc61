import {
  compileGrammar,
  type MaskIssue,
  parseMask,
  type StandardSchemaV1,
  validateMask,
  WILDCARD,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AMPERSAND_PATTERNS } from "./grammar.testdata.js";

const grammar = compileGrammar(AMPERSAND_PATTERNS);

// a hand-written Standard Schema validator
const isBoolean: StandardSchemaV1<unknown, boolean> = {
  "~standard": {
    version: 1,
    vendor: "test",
    validate: (value) =>
      typeof value === "boolean" ? { value } : { issues: [{ message: "expected a boolean" }] },
  },
};

const typed = compileGrammar([
  { path: "config.content.proxy.enabled", description: "enable or disable the proxy", schema: isBoolean },
  {
    path: "config.content.read.objects.<objectName>",
    schema: z.object({ objectName: z.string(), schedule: z.string().optional() }),
  },
  "config.content.read.objects.<objectName>.**",
  { path: "tags.*.name", schema: z.string() },
]);

function issuesOf(result: ReturnType<typeof validateMask>): readonly MaskIssue[] {
  return result.ok ? [] : result.issues;
}

function brief(issue: MaskIssue): string {
  return `${issue.code} @${issue.index ?? "-"}:${issue.column ?? "-"} ${issue.valuePath?.join("/") ?? ""} ${issue.suggestion ?? ""}`.trimEnd();
}

describe("validateMask", () => {
  it("accepts the documented example and returns its paths and captures", () => {
    const body = {
      config: {
        content: { read: { objects: { contacts: { objectName: "contacts", schedule: "*/30 * * * *" } } } },
      },
    };
    const result = validateMask(grammar, ["config.content.read.objects.contacts"], body);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]).toMatchObject({
      index: 0,
      input: "config.content.read.objects.contacts",
      segments: ["config", "content", "read", "objects", "contacts"],
      match: { captures: { objectName: "contacts" }, subPath: false },
    });
  });

  it("reports every issue, in mask order, with columns and suggestions", () => {
    const result = validateMask(grammar, [
      "conectionId",
      "config.content.raed.objects.contacts",
      "config.content.foo",
      3,
      "config..createdBy",
      "connectionId",
      "connectionId",
      "config.content.read.objects",
      "totally.unrelated",
    ]);
    expect(issuesOf(result).map(brief)).toMatchInlineSnapshot(`
      [
        "not_allowed @0:-  connectionId",
        "not_allowed @1:-  config.content.read.objects.<objectName>",
        "not_allowed @2:-",
        "not_a_string @3:-",
        "empty_segment @4:8",
        "duplicate_path @6:-",
        "not_allowed @7:-  config.content.read.objects.<objectName>",
        "not_allowed @8:-",
      ]
    `);
    expect(issuesOf(result)[0]?.message).toMatchInlineSnapshot(
      `"Path 0 ("conectionId") is not an allowed path; did you mean "connectionId"?"`,
    );
    expect(issuesOf(result)[5]?.message).toMatchInlineSnapshot(`"Path 6 ("connectionId") repeats path 5"`);
  });

  it("checks that each path has a value in the body", () => {
    const body = { connectionId: undefined, config: { content: "oops" } };
    const result = validateMask(
      grammar,
      ["connectionId", "config.createdBy", "config.content.proxy.enabled"],
      body,
    );
    expect(issuesOf(result).map(brief)).toMatchInlineSnapshot(`
      [
        "missing_value @0:- connectionId",
        "missing_value @1:- config/createdBy",
        "not_traversable @2:- config/content",
      ]
    `);
    expect(issuesOf(result)[2]?.message).toMatchInlineSnapshot(
      `"Path 2 ("config.content.proxy.enabled") goes through config.content, which is string; it has no fields"`,
    );
  });

  it("reads own properties only", () => {
    const body = Object.create({ connectionId: "inherited" }) as object;
    expect(issuesOf(validateMask(grammar, ["connectionId"], body)).map(brief)).toEqual([
      "missing_value @0:- connectionId",
    ]);
  });

  it("passes validator issues through with their full value paths", () => {
    const body = {
      config: { content: { proxy: { enabled: "yes" }, read: { objects: { contacts: { objectName: 7 } } } } },
      tags: [{ name: "a" }, { name: 2 }],
    };
    const result = validateMask(
      typed,
      ["config.content.proxy.enabled", "config.content.read.objects.contacts", "tags.*.name"],
      body,
    );
    expect(issuesOf(result).map(brief)).toMatchInlineSnapshot(`
      [
        "invalid_value @0:- config/content/proxy/enabled",
        "invalid_value @1:- config/content/read/objects/contacts/objectName",
        "invalid_value @2:- tags/1/name",
      ]
    `);
    expect(issuesOf(result)[0]?.message).toMatchInlineSnapshot(
      `"Path 0 ("config.content.proxy.enabled") has an invalid value at config.content.proxy.enabled: expected a boolean"`,
    );
  });

  it("does not run a pattern's validator on a path admitted only through .**", () => {
    const body = { config: { content: { read: { objects: { contacts: { disabled: true } } } } } };
    expect(validateMask(typed, ["config.content.read.objects.contacts.disabled"], body).ok).toBe(true);
  });

  it("turns a throwing or asynchronous validator into an issue", () => {
    const throwing: StandardSchemaV1 = {
      "~standard": {
        version: 1,
        vendor: "test",
        validate: () => {
          throw new Error("boom");
        },
      },
    };
    const asynchronous: StandardSchemaV1 = {
      "~standard": { version: 1, vendor: "test", validate: async (value) => ({ value }) },
    };
    const g = compileGrammar([
      { path: "a", schema: throwing },
      { path: "b", schema: asynchronous },
    ]);
    const issues = issuesOf(validateMask(g, ["a", "b"], { a: 1, b: 2 }));
    expect(issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "Path 0 ("a") has an invalid value at a: the validator threw (boom)",
        "Path 1 ("b") has an invalid value at b: the validator is asynchronous, which validateMask does not support",
      ]
    `);
  });

  it("rejects the wrong shapes without throwing", () => {
    const inputs: unknown[] = [undefined, null, 42, "connectionId", "x".repeat(1_000_000), { 0: "a" }, []];
    expect(inputs.map((input) => issuesOf(validateMask(grammar, input)).map((issue) => issue.code))).toEqual([
      ["not_an_array"],
      ["not_an_array"],
      ["not_an_array"],
      ["not_an_array"],
      ["not_an_array"],
      ["not_an_array"],
      ["empty_mask"],
    ]);
  });

  it("checks limits before parsing the rest", () => {
    const tooMany = validateMask(
      grammar,
      Array.from({ length: 1001 }, () => "a..b"),
    );
    expect(issuesOf(tooMany).map(brief)).toEqual(["limit_exceeded @-:-"]);
    const long = validateMask(grammar, ["connectionId", `${"a.".repeat(100)}a`, "a".repeat(5000)]);
    expect(issuesOf(long).map(brief)).toEqual(["limit_exceeded @1:129", "limit_exceeded @2:4097"]);
  });

  it("stops a wildcard fan-out at the node limit", () => {
    const g = compileGrammar(["items.*.*"], { limits: { maxNodes: 50 } });
    const items: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 10; i++) items[`k${i}`] = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };
    expect(issuesOf(validateMask(g, ["items.*.*"], { items })).map((issue) => issue.code)).toEqual([
      "limit_exceeded",
    ]);
  });

  it("survives a hostile getter in the body", () => {
    const body = {
      get connectionId(): string {
        throw new Error("no");
      },
    };
    expect(issuesOf(validateMask(grammar, ["connectionId"], body)).map((issue) => issue.code)).toEqual([
      "invalid_value",
    ]);
  });

  it("bounds the did-you-mean work", () => {
    // Arrange: 25 typos, then a long path that shares a prefix with a pattern
    const typos = Array.from({ length: 25 }, (_, i) => `connectionI${i}`);
    const long = `config.content.${"x".repeat(300)}`;
    // Act
    const issues = issuesOf(validateMask(grammar, [...typos, long]));
    // Assert
    expect(issues.slice(0, 20).every((issue) => issue.suggestion === "connectionId")).toBe(true);
    expect(issues.slice(20, 25).map((issue) => issue.suggestion)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(issues[25]?.code).toBe("not_allowed");
  });

  it("suggests by typo, filling placeholders and .** tails from the path, else by shared prefix", () => {
    const typo = issuesOf(validateMask(grammar, ["config.content.read.things.x.y.z"]));
    expect(typo[0]?.suggestion).toBe("config.content.read.objects.<objectName>.**");
    // a tie between a pattern and its `.**` twin names the exact pattern
    for (const patterns of [
      ["a.objects.<name>.**", "a.objects.<name>"],
      ["a.objects.<name>", "a.objects.<name>.**"],
    ]) {
      const tie = issuesOf(validateMask(compileGrammar(patterns), ["a.object.contacts"]));
      expect(tie[0]?.suggestion).toBe("a.objects.<name>");
    }
    const prefix = issuesOf(validateMask(grammar, ["config.content.proxy.enabled.deeper.still"]));
    expect(prefix[0]?.suggestion).toBe("config.content.proxy.enabled");
    expect(issuesOf(validateMask(grammar, ["zzz"]))[0]?.suggestion).toBeUndefined();
  });

  it("lists syntax, grammar and value issues together in mask order", () => {
    const result = validateMask(grammar, ["connectionId", "a..b", "config.createdBy"], {});
    expect(issuesOf(result).map(brief)).toEqual([
      "missing_value @0:- connectionId",
      "empty_segment @1:3",
      "missing_value @2:- config",
    ]);
  });
});

describe("parseMask", () => {
  it("checks syntax and duplicates without a grammar, and accepts an empty mask", () => {
    expect(parseMask([])).toEqual({ ok: true, paths: [] });
    const result = parseMask(["a\\:b", "a:b", "x.*"]);
    expect(result.ok ? [] : result.issues.map(brief)).toEqual(["duplicate_path @1:-"]);
    const ok = parseMask(["x.*"]);
    expect(ok.ok && ok.paths[0]).toEqual({
      index: 0,
      input: "x.*",
      segments: ["x", WILDCARD],
      match: undefined,
    });
  });

  it("never throws, even on a hostile proxy", () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error("trap");
      },
    });
    expect(parseMask(hostile)).toMatchObject({ ok: false, issues: [{ code: "not_an_array" }] });
    expect(validateMask(grammar, hostile)).toMatchObject({ ok: false });
  });
});
