import {
  canonicalizeMask,
  compileGrammar,
  FieldMaskError,
  formatPath,
  intersectMasks,
  maskCovers,
  maskFromJson,
  maskToJson,
  type PathSyntax,
  parseMask,
  parsePath,
  type Segment,
  subtractMasks,
  unionMasks,
  validateMask,
  WILDCARD,
} from "@fieldmask/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AMPERSAND_PATTERNS } from "./grammar.testdata.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

// Keys made of the characters that matter to the syntax, mixed with arbitrary Unicode.
const key = fc
  .oneof(
    fc.string({
      unit: fc.constantFrom(".", "\\", "`", "*", ",", " ", "_", "a", "B", "0", "<", ">", "é", "😀", "\u0000"),
      minLength: 1,
      maxLength: 8,
    }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
  )
  .filter((s) => !FORBIDDEN.has(s));
const segment: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 6, arbitrary: key },
  { weight: 1, arbitrary: fc.constant(WILDCARD) },
);
const segments = fc.array(segment, { minLength: 1, maxLength: 6 });
const syntax: fc.Arbitrary<PathSyntax> = fc.constantFrom("backslash", "backtick");

// A small alphabet, so that masks overlap and cover each other often.
const small: fc.Arbitrary<Segment> = fc.constantFrom<Segment>("a", "b", "c", WILDCARD);
const smallPath = fc.array(small, { minLength: 1, maxLength: 3 }).map((s) => formatPath(s));
const mask = fc.array(smallPath, { maxLength: 5 });

describe("properties: path syntax", () => {
  it("parsePath(formatPath(s)) equals s in both syntaxes", () => {
    fc.assert(
      fc.property(segments, syntax, (s, dialect) => {
        expect(parsePath(formatPath(s, { syntax: dialect }), { syntax: dialect })).toEqual(s);
      }),
    );
  });

  it("formatPath(parsePath(t)) is a fixed point after one round", () => {
    fc.assert(
      fc.property(segments, syntax, (s, dialect) => {
        const text = formatPath(s, { syntax: dialect });
        expect(formatPath(parsePath(text, { syntax: dialect }), { syntax: dialect })).toBe(text);
      }),
    );
  });

  it("parsePath throws only FieldMaskError on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(".", "\\", "`", "*", "a", "_") }),
        syntax,
        (text, dialect) => {
          try {
            parsePath(text, { syntax: dialect });
          } catch (error) {
            expect(error).toBeInstanceOf(FieldMaskError);
          }
        },
      ),
    );
  });

  it("the JSON form round-trips", () => {
    fc.assert(
      fc.property(fc.array(segments, { maxLength: 4 }), syntax, (paths, dialect) => {
        const options = { syntax: dialect };
        const texts = paths.map((p) => formatPath(p, options));
        expect(maskFromJson(maskToJson(texts, options), options)).toEqual(texts);
      }),
    );
  });
});

describe("properties: mask algebra (X01–X03, X07)", () => {
  const queries = fc.array(smallPath, { minLength: 1, maxLength: 6 });

  it("canonicalize is idempotent and ignores order", () => {
    fc.assert(
      fc.property(mask, (m) => {
        const canonical = canonicalizeMask(m);
        expect(canonicalizeMask(canonical)).toEqual(canonical);
        expect(canonicalizeMask(m.slice().reverse())).toEqual(canonical);
        expect(canonicalizeMask(m.concat(m))).toEqual(canonical);
      }),
    );
  });

  it("canonicalize keeps coverage, and every path of a mask is covered by it", () => {
    fc.assert(
      fc.property(mask, queries, (m, qs) => {
        const canonical = canonicalizeMask(m);
        for (const p of m) expect(maskCovers(m, p)).toBe(true);
        for (const q of qs) expect(maskCovers(canonical, q)).toBe(maskCovers(m, q));
      }),
    );
  });

  it("union covers what either covers; intersect what both cover", () => {
    fc.assert(
      fc.property(mask, mask, queries, (a, b, qs) => {
        const union = unionMasks(a, b);
        const intersection = intersectMasks(a, b);
        for (const q of qs) {
          expect(maskCovers(union, q)).toBe(maskCovers(a, q) || maskCovers(b, q));
          expect(maskCovers(intersection, q)).toBe(maskCovers(a, q) && maskCovers(b, q));
        }
      }),
    );
  });

  it("subtract covers what a covers and b does not, and nothing a does not cover", () => {
    fc.assert(
      fc.property(mask, mask, queries, (a, b, qs) => {
        const difference = subtractMasks(a, b);
        for (const q of qs) {
          if (maskCovers(difference, q)) expect(maskCovers(a, q)).toBe(true);
          if (maskCovers(a, q) && !maskCovers(b, q)) expect(maskCovers(difference, q)).toBe(true);
        }
      }),
    );
  });

  it("union and intersect commute, union associates, outputs are canonical", () => {
    fc.assert(
      fc.property(mask, mask, mask, (a, b, c) => {
        expect(unionMasks(a, b)).toEqual(unionMasks(b, a));
        expect(intersectMasks(a, b)).toEqual(intersectMasks(b, a));
        expect(unionMasks(unionMasks(a, b), c)).toEqual(unionMasks(a, unionMasks(b, c)));
        const union = unionMasks(a, b);
        expect(canonicalizeMask(union)).toEqual(union);
        const intersection = intersectMasks(a, b);
        expect(canonicalizeMask(intersection)).toEqual(intersection);
      }),
    );
  });

  it("subtract(m, m) is empty and subtract ∪ intersect gives back a", () => {
    fc.assert(
      fc.property(mask, mask, (a, b) => {
        expect(subtractMasks(a, a)).toEqual([]);
        expect(unionMasks(subtractMasks(a, b), intersectMasks(a, b))).toEqual(canonicalizeMask(a));
      }),
    );
  });

  it("throws only FieldMaskError on arbitrary string masks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
        (a, b) => {
          for (const run of [
            () => unionMasks(a, b),
            () => intersectMasks(a, b),
            () => subtractMasks(a, b),
            () => canonicalizeMask(a),
          ]) {
            try {
              run();
            } catch (error) {
              expect(error).toBeInstanceOf(FieldMaskError);
            }
          }
        },
      ),
    );
  });
});

describe("properties: validation never throws", () => {
  const grammar = compileGrammar(AMPERSAND_PATTERNS);
  const anything = fc.oneof(
    fc.jsonValue(),
    fc.array(
      fc.oneof(fc.string(), fc.jsonValue(), fc.constantFrom("connectionId", "config.content.read.objects.x")),
    ),
    fc.anything(),
  );

  it("validateMask and parseMask return a result for any input", () => {
    fc.assert(
      fc.property(anything, anything, (input, body) => {
        const result = validateMask(grammar, input, body);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        expect(typeof parseMask(input).ok).toBe("boolean");
      }),
    );
  });
});
