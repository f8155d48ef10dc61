import { compileGrammar, FieldMaskError, formatPath, WILDCARD } from "@fieldmask/core";
import { describe, expect, it } from "vitest";

// Functions that take already-decoded segments (formatPath, Grammar.match with a FieldPath) apply the parser's
// rules too: a forbidden key or a segment that is not a string is refused, never coerced.

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(FieldMaskError);
    return (error as FieldMaskError).issues[0]?.code;
  }
}

describe("formatPath", () => {
  it.each([["__proto__"], ["constructor"], ["prototype"]])("refuses the forbidden segment %s", (key) => {
    expect(codeOf(() => formatPath(["a", key]))).toBe("forbidden_segment");
  });

  it.each([[["__proto__"]], [1], [null], [{ toString: () => "a" }]])(
    "refuses the non-string segment %j",
    (segment) => {
      expect(codeOf(() => formatPath(["a", segment as never]))).toBe("not_a_string");
    },
  );

  it("says which segment and why", () => {
    const messages: string[] = [];
    for (const segments of [
      ["a", "__proto__"],
      ["a", "b", 7],
    ] as never[]) {
      try {
        formatPath(segments);
      } catch (error) {
        const issue = (error as FieldMaskError).issues[0];
        messages.push(`${issue?.message} | ${JSON.stringify(issue?.segments)}`);
      }
    }
    expect(messages).toMatchInlineSnapshot(`
      [
        "Cannot format the forbidden segment "__proto__" (segment 2) | ["a"]",
        "Cannot format segment 3: it is not a string | ["a","b"]",
      ]
    `);
  });

  it("still writes look-alikes and wildcards", () => {
    expect(formatPath(["__PROTO__", "＿＿proto＿＿", WILDCARD, "*"])).toBe("__PROTO__.＿＿proto＿＿.*.\\*");
  });
});

describe("Grammar.match with decoded segments", () => {
  const grammar = compileGrammar(["<k>", "a.<k>.**"]);

  it("matches no forbidden key, as the text form does", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      expect(grammar.match([key])).toBeUndefined();
      expect(grammar.match(key)).toBeUndefined();
      expect(grammar.match(["a", "b", key])).toBeUndefined();
    }
  });

  it("matches no segment that is not a string", () => {
    expect(grammar.match([["__proto__"]] as never)).toBeUndefined();
    expect(grammar.match([1] as never)).toBeUndefined();
    expect(grammar.match(["a", "b", { toString: () => "c" }] as never)).toBeUndefined();
  });

  it("matches ordinary keys and wildcards", () => {
    expect(grammar.match(["toString"])?.captures).toEqual({ k: "toString" });
    expect(grammar.match([WILDCARD])?.pattern.path).toBe("<k>");
    expect(grammar.match(["a", "b", "c"])?.subPath).toBe(true);
  });
});
