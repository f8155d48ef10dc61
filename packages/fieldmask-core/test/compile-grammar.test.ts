import { compileGrammar, parsePath, WILDCARD } from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { AMPERSAND_MATCH_ROWS, AMPERSAND_PATTERNS } from "./grammar.testdata.js";

describe("compileGrammar: the Ampersand grammar", () => {
  const grammar = compileGrammar(AMPERSAND_PATTERNS);
  for (const row of AMPERSAND_MATCH_ROWS) {
    it(`${row.path} → ${row.pattern ?? "not allowed"}`, () => {
      const match = grammar.match(row.path);
      expect(match?.pattern.path).toBe(row.pattern);
      if (row.captures !== undefined) expect(match?.captures).toEqual(row.captures);
      if (row.subPath !== undefined) expect(match?.subPath).toBe(row.subPath);
      // decoded segments match the same way as text
      if (row.pattern !== undefined)
        expect(grammar.match(parsePath(row.path))?.pattern.path).toBe(row.pattern);
    });
  }

  it("compiles the pattern segments", () => {
    expect(grammar.patterns[3]).toEqual({
      path: "config.content.read.objects.<objectName>.**",
      segments: [
        { kind: "literal", value: "config" },
        { kind: "literal", value: "content" },
        { kind: "literal", value: "read" },
        { kind: "literal", value: "objects" },
        { kind: "placeholder", name: "objectName" },
      ],
      description: undefined,
      schema: undefined,
      subPaths: true,
    });
  });

  it("returns the same grammar for the same array", () => {
    expect(compileGrammar(AMPERSAND_PATTERNS)).toBe(grammar);
  });
});

describe("compileGrammar: specificity", () => {
  it("prefers a literal over a placeholder at the first differing segment, without backtracking", () => {
    const grammar = compileGrammar(["a.b.d", "a.*.c", "a.<x>.e.**", "a.b.e.f"]);
    expect(grammar.match("a.b.c")?.pattern.path).toBe("a.*.c");
    expect(grammar.match("a.b.d")?.pattern.path).toBe("a.b.d");
    expect(grammar.match("a.z.c")?.pattern.path).toBe("a.*.c");
    expect(grammar.match("a.b.e.f")?.pattern.path).toBe("a.b.e.f");
    expect(grammar.match("a.b.e.g")).toMatchObject({
      pattern: { path: "a.<x>.e.**" },
      captures: { x: "b" },
      subPath: true,
    });
    expect(grammar.match("a.b.e")).toMatchObject({ pattern: { path: "a.<x>.e.**" }, subPath: false });
    expect(grammar.match("a.b.x")).toBeUndefined();
  });

  it("takes the deepest .** base and prefers an exact pattern", () => {
    const grammar = compileGrammar(["a.**", "a.b.**", "a.b.c"]);
    expect(grammar.match("a.b.c")?.pattern.path).toBe("a.b.c");
    expect(grammar.match("a.b.c.d")?.pattern.path).toBe("a.b.**");
    expect(grammar.match("a.x")?.pattern.path).toBe("a.**");
    expect(grammar.match("a")).toMatchObject({ pattern: { path: "a.**" }, subPath: false });
  });

  it("lets only a placeholder or * admit a wildcard path segment", () => {
    const grammar = compileGrammar(["a.b", "c.<k>"]);
    expect(grammar.match(["a", WILDCARD])).toBeUndefined();
    expect(grammar.match(["c", WILDCARD])?.captures).toEqual({});
  });

  it("refuses forbidden and non-string decoded segments anywhere, also past a .** base", () => {
    const grammar = compileGrammar(["a.**", "b.<k>"]);
    expect(grammar.match(["a", "x", "y"])?.pattern.path).toBe("a.**");
    for (const bad of ["__proto__", "constructor", "prototype", 5, undefined, {}]) {
      expect(grammar.match(["a", bad as string])).toBeUndefined();
      expect(grammar.match(["a", "x", bad as string])).toBeUndefined();
      expect(grammar.match(["a", "x", "y", bad as string])).toBeUndefined();
      expect(grammar.match(["b", bad as string])).toBeUndefined();
    }
  });

  it("does not grow with the number of patterns (one trie step per segment)", () => {
    const many = Array.from({ length: 2000 }, (_, i) => `root.k${i}.<name>.leaf`);
    const grammar = compileGrammar(many);
    expect(grammar.match("root.k1999.x.leaf")?.captures).toEqual({ name: "x" });
    expect(grammar.match("root.k2000.x.leaf")).toBeUndefined();
  });

  it("reads patterns and paths in the backtick syntax", () => {
    const grammar = compileGrammar(["reviews.`John Smith`", "books.<id>"], { syntax: "backtick" });
    expect(grammar.match("reviews.`John Smith`")).toBeDefined();
    expect(grammar.match("books.`x.y`")?.captures).toEqual({ id: "x.y" });
    expect(grammar.match("books.`x")).toBeUndefined();
  });

  it("treats an escaped <name> as a literal key", () => {
    const grammar = compileGrammar(["a.\\<b>"]);
    expect(grammar.match("a.<b>")).toBeDefined();
    expect(grammar.match("a.c")).toBeUndefined();
  });
});

describe("compileGrammar: malformed patterns are programmer errors", () => {
  const cases: readonly [unknown, string][] = [
    ["a..b", `compileGrammar: pattern "a..b" has an empty segment at column 3`],
    ["", `compileGrammar: pattern "" is empty at column 1`],
    ["a.**.b", `compileGrammar: pattern "a.**.b" has \`**\` before its last segment`],
    ["**", `compileGrammar: pattern "**" is only \`**\`; put at least one segment before it`],
    ["a.<1x>", `compileGrammar: pattern "a.<1x>" has a placeholder <1x> whose name is not an identifier`],
    ["a.<x>.<x>", `compileGrammar: pattern "a.<x>.<x>" uses the placeholder <x> twice`],
    [
      "a.<__proto__>",
      `compileGrammar: pattern "a.<__proto__>" has the forbidden placeholder name <__proto__>`,
    ],
    [
      "a.constructor",
      `compileGrammar: pattern "a.constructor" has the forbidden segment "constructor" at column 3`,
    ],
    [42, "compileGrammar: pattern 42 is not a string"],
  ];
  for (const [pattern, message] of cases) {
    it(`rejects ${String(pattern)}`, () => {
      expect(() => compileGrammar([pattern as string])).toThrow(message);
    });
  }

  it("rejects a schema that is not a Standard Schema", () => {
    const schema = { parse: () => true } as never;
    expect(() => compileGrammar([{ path: "a", schema }])).toThrowErrorMatchingInlineSnapshot(
      `[Error: compileGrammar: pattern "a" has a schema that does not implement Standard Schema (no ~standard.validate function)]`,
    );
  });

  it("rejects two patterns that admit the same paths", () => {
    expect(() => compileGrammar(["a.<x>", "a.*"])).toThrowErrorMatchingInlineSnapshot(
      `[Error: compileGrammar: pattern "a.*" admits the same paths as pattern "a.<x>"]`,
    );
  });
});
