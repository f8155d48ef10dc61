import { compileGrammar, type GrammarMatch, type StandardSchemaV1, WILDCARD } from "@fieldmask/core";
import { describe, expect, it } from "vitest";

// compileGrammar's pattern reader, trie and cache, driven through the public API. Every grammar is compiled
// inside its test (a fresh array each time), so the compiler itself runs under the test, not at load time.

/** The pattern a path reaches, its captures, and whether only a `.**` admitted it. */
function show(match: GrammarMatch | undefined): string {
  if (match === undefined) return "-";
  const captures = Object.entries(match.captures)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  return `${match.pattern.path}${captures === "" ? "" : ` {${captures}}`}${match.subPath ? " (sub)" : ""}`;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
    return "no error";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("compileGrammar: placeholder names are identifiers", () => {
  // [A-Za-z_][A-Za-z0-9_]*: each boundary character of each range, inside and just outside it
  const accepted = ["A", "Z", "a", "z", "_", "x0", "x9", "aZ", "Az", "_9", "objectName", "Zz_09"];
  it.each(accepted)("<%s> is a placeholder that captures the key", (name) => {
    const grammar = compileGrammar([`root.<${name}>`]);
    expect(grammar.patterns[0]?.segments[1]).toEqual({ kind: "placeholder", name });
    expect(grammar.match("root.key")?.captures).toEqual({ [name]: "key" });
  });

  const refused = [
    "", // no name at all
    "0x", // a digit first
    "9", // a digit first
    "@", // just below A
    "[", // just above Z
    "`", // just below a
    "{", // just above z
    "x/", // just below 0
    "x:", // just above 9
    "x-",
    "x^",
    "x~",
    "x|",
    "x@",
    "x[",
    "x{",
    "x`",
  ];
  it.each(refused)("<%s> is refused as a placeholder name", (name) => {
    expect(errorOf(() => compileGrammar([`root.<${name}>`]))).toBe(
      `compileGrammar: pattern "root.<${name}>" has a placeholder <${name}> whose name is not an identifier`,
    );
  });
});

describe("compileGrammar: reading a pattern", () => {
  it("keeps *, <name> and literals apart in the compiled segments", () => {
    const grammar = compileGrammar(["a.*.<b>.c", "x.\\*\\*", "y.\\<k>", "z.k>", "w.<k", "v.ab>", "u.<ab"]);
    expect(grammar.patterns.map((p) => [p.segments, p.subPaths])).toEqual([
      [
        [
          { kind: "literal", value: "a" },
          { kind: "wildcard" },
          { kind: "placeholder", name: "b" },
          { kind: "literal", value: "c" },
        ],
        false,
      ],
      // an escaped ** is the literal key "**", not a sub-path marker
      [
        [
          { kind: "literal", value: "x" },
          { kind: "literal", value: "**" },
        ],
        false,
      ],
      [
        [
          { kind: "literal", value: "y" },
          { kind: "literal", value: "<k>" },
        ],
        false,
      ],
      // half a pair of angle brackets is a literal
      [
        [
          { kind: "literal", value: "z" },
          { kind: "literal", value: "k>" },
        ],
        false,
      ],
      [
        [
          { kind: "literal", value: "w" },
          { kind: "literal", value: "<k" },
        ],
        false,
      ],
      [
        [
          { kind: "literal", value: "v" },
          { kind: "literal", value: "ab>" },
        ],
        false,
      ],
      [
        [
          { kind: "literal", value: "u" },
          { kind: "literal", value: "<ab" },
        ],
        false,
      ],
    ]);
    expect(show(grammar.match("x.\\*\\*"))).toBe("x.\\*\\*");
    expect(show(grammar.match("x.y"))).toBe("-");
    expect(show(grammar.match("z.k>"))).toBe("z.k>");
    expect(show(grammar.match("z.q"))).toBe("-");
    expect(show(grammar.match("v.q"))).toBe("-");
    expect(show(grammar.match("u.q"))).toBe("-");
  });

  it("refuses <> (an empty placeholder name)", () => {
    expect(errorOf(() => compileGrammar(["a.<>"]))).toBe(
      'compileGrammar: pattern "a.<>" has a placeholder <> whose name is not an identifier',
    );
  });

  it("names a pattern that is not a string by its value", () => {
    const lines = [null, undefined, 7, {}, [1, 2], { path: null }, { path: {} }, { path: ["a", "b"] }].map(
      (entry) => errorOf(() => compileGrammar([entry as never])),
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "compileGrammar: pattern null is not a string",
        "compileGrammar: pattern undefined is not a string",
        "compileGrammar: pattern 7 is not a string",
        "compileGrammar: pattern undefined is not a string",
        "compileGrammar: pattern undefined is not a string",
        "compileGrammar: pattern null is not a string",
        "compileGrammar: pattern [object Object] is not a string",
        "compileGrammar: pattern a,b is not a string",
      ]
    `);
  });

  it("refuses a schema that is null or lacks a validate function", () => {
    const bad = [null, {}, { "~standard": null }, { "~standard": {} }, { "~standard": { validate: 1 } }];
    for (const schema of bad) {
      expect(errorOf(() => compileGrammar([{ path: "a", schema: schema as never }]))).toBe(
        'compileGrammar: pattern "a" has a schema that does not implement Standard Schema (no ~standard.validate function)',
      );
    }
  });

  it("keeps a spec's description and schema on the compiled pattern", () => {
    const schema: StandardSchemaV1 = {
      "~standard": { version: 1, vendor: "t", validate: (value: unknown) => ({ value }) },
    };
    const grammar = compileGrammar([{ path: "a.<k>.**", description: "the a map", schema }, "b"]);
    expect(grammar.patterns[0]).toEqual({
      path: "a.<k>.**",
      segments: [
        { kind: "literal", value: "a" },
        { kind: "placeholder", name: "k" },
      ],
      description: "the a map",
      schema,
      subPaths: true,
    });
    expect(grammar.patterns[1]).toEqual({
      path: "b",
      segments: [{ kind: "literal", value: "b" }],
      description: undefined,
      schema: undefined,
      subPaths: false,
    });
  });

  it("refuses patterns that are not given as an array", () => {
    for (const patterns of ["ab", null, undefined, 3, { 0: "a", length: 1 }]) {
      expect(errorOf(() => compileGrammar(patterns as never))).toBe(
        "compileGrammar: patterns must be an array",
      );
    }
  });

  it("reads patterns in the backtick syntax when asked", () => {
    const grammar = compileGrammar(["`a.b`.<k>", "c"], { syntax: "backtick" });
    expect(grammar.patterns[0]?.segments).toEqual([
      { kind: "literal", value: "a.b" },
      { kind: "placeholder", name: "k" },
    ]);
    expect(show(grammar.match("`a.b`.x"))).toBe("`a.b`.<k> {k=x}");
    // in the backslash syntax the same text would be a different (and invalid) path
    expect(errorOf(() => compileGrammar(["a\\"], { syntax: "backtick" }))).toBe(
      'compileGrammar: pattern "a\\\\" has a backslash outside backticks (quote the segment) at column 2',
    );
  });
});

describe("compileGrammar: matching", () => {
  it("prefers a literal pattern over a placeholder one that ends at the same node", () => {
    const grammar = compileGrammar(["a.b", "a.<x>", "m.<x>", "m.n"]);
    expect(show(grammar.match("a.b"))).toBe("a.b");
    expect(show(grammar.match("a.c"))).toBe("a.<x> {x=c}");
    expect(show(grammar.match("m.n"))).toBe("m.n");
    expect(show(grammar.match("m.o"))).toBe("m.<x> {x=o}");
  });

  it("prefers a literal .** pattern over a placeholder .** one", () => {
    const grammar = compileGrammar(["a.b.**", "a.<x>.**", "m.<x>.**", "m.n.**"]);
    expect(show(grammar.match("a.b.c"))).toBe("a.b.** (sub)");
    expect(show(grammar.match("a.q.c"))).toBe("a.<x>.** {x=q} (sub)");
    expect(show(grammar.match("m.n.c"))).toBe("m.n.** (sub)");
    expect(show(grammar.match("m.n"))).toBe("m.n.**");
  });

  it("falls back to a shallower .** when the path stops between two patterns", () => {
    const grammar = compileGrammar(["a.**", "a.b.c.d"]);
    expect(show(grammar.match("a"))).toBe("a.**");
    expect(show(grammar.match("a.b"))).toBe("a.** (sub)");
    expect(show(grammar.match("a.b.c"))).toBe("a.** (sub)");
    expect(show(grammar.match("a.b.c.d"))).toBe("a.b.c.d");
    expect(show(grammar.match("a.b.c.d.e"))).toBe("a.** (sub)");
    expect(show(grammar.match("a.b.x"))).toBe("a.** (sub)");
  });

  it("admits nothing for a path that stops inside a pattern with no .** above it", () => {
    const grammar = compileGrammar(["a.b.c", "a.<k>.d"]);
    expect(show(grammar.match("a.b"))).toBe("-");
    expect(show(grammar.match("a"))).toBe("-");
    expect(show(grammar.match(["a", "b"]))).toBe("-");
    expect(show(grammar.match("a.b.d"))).toBe("a.<k>.d {k=b}");
  });

  it("admits nothing for path text that does not parse, even when its start would match", () => {
    const grammar = compileGrammar(["a", "a.**", "b.<k>"]);
    for (const text of ["a..b", "a.", "a\\", "a.__proto__", "b.constructor", ""]) {
      expect(grammar.match(text)).toBeUndefined();
    }
    expect(show(grammar.match("a.b"))).toBe("a.** (sub)");
  });

  it("applies the grammar's limits to path text", () => {
    const grammar = compileGrammar(["a.**"], { limits: { maxSegments: 2, maxPathLength: 5 } });
    expect(show(grammar.match("a.b"))).toBe("a.** (sub)");
    expect(grammar.match("a.b.c")).toBeUndefined();
    expect(grammar.match("a.bcde")).toBeUndefined();
    // decoded segments are the caller's: no text limits apply to them
    expect(show(grammar.match(["a", "b", "c"]))).toBe("a.** (sub)");
  });

  it("admits nothing for an empty list of segments or something that is not a path", () => {
    const grammar = compileGrammar(["a.**", "<k>", "*.x"]);
    expect(grammar.match([])).toBeUndefined();
    expect(grammar.match(5 as never)).toBeUndefined();
    expect(grammar.match(null as never)).toBeUndefined();
    expect(grammar.match(["a", 5 as never])).toBeUndefined();
    expect(grammar.match(["constructor"])).toBeUndefined();
    expect(show(grammar.match([WILDCARD]))).toBe("<k>");
    expect(show(grammar.match([WILDCARD, "x"]))).toBe("*.x");
    expect(show(grammar.match(["*", "x"]))).toBe("*.x");
  });
});

describe("compileGrammar: compile cost", () => {
  it("compiles placeholder patterns that overlap at every depth in linear time", () => {
    // at each depth a placeholder chain continues and two literal keys end: the deterministic trie shares the
    // states these reach, where a naive subset construction would copy them once per path (2^depth states)
    const depth = 14;
    const patterns: string[] = [];
    for (let i = 0; i < depth; i++) {
      let prefix = "";
      for (let k = 0; k < i; k++) prefix += `<p${k}>.`;
      patterns.push(`${prefix}a${i}`, `${prefix}b${i}`);
    }
    const started = performance.now();
    const grammar = compileGrammar(patterns);
    const elapsed = performance.now() - started;
    expect(show(grammar.match("x.y.a2"))).toBe("<p0>.<p1>.a2 {p0=x,p1=y}");
    expect(show(grammar.match("a0"))).toBe("a0");
    expect(show(grammar.match("x.a0"))).toBe("-");
    expect(show(grammar.match("a0.b1"))).toBe("<p0>.b1 {p0=a0}");
    // milliseconds when shared; seconds (and hundreds of megabytes) when not
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("compileGrammar: the compiled-grammar cache", () => {
  it("returns the same grammar for the same array compiled without options", () => {
    const patterns = ["a", "b.<k>"];
    const first = compileGrammar(patterns);
    expect(compileGrammar(patterns)).toBe(first);
    expect(first.options).toEqual({});
  });

  it("does not reuse a grammar when options are given", () => {
    const patterns = ["`a`.<k>"];
    const plain = compileGrammar(patterns);
    const backtick = compileGrammar(patterns, { syntax: "backtick" });
    expect(backtick).not.toBe(plain);
    expect(backtick.options).toEqual({ syntax: "backtick" });
    expect(show(backtick.match("a.x"))).toBe("`a`.<k> {k=x}");
    expect(show(plain.match("`a`.x"))).toBe("`a`.<k> {k=x}");
    expect(plain.match("a.x")).toBeUndefined();
  });

  it("does not cache a grammar compiled with options for later calls without them", () => {
    const patterns = ["`a`.<k>"];
    const backtick = compileGrammar(patterns, { syntax: "backtick" });
    const plain = compileGrammar(patterns);
    expect(plain).not.toBe(backtick);
    expect(plain.options).toEqual({});
    expect(compileGrammar(patterns)).toBe(plain);
    expect(compileGrammar(patterns, { syntax: "backtick" })).not.toBe(backtick);
  });
});
