import {
  applyMask,
  canonicalizeMask,
  compileGrammar,
  diffMask,
  FieldMaskError,
  formatPath,
  type Grammar,
  maskFromPatches,
  type PatchRecord,
  pickMask,
  type Segment,
  toJsonPatch,
  WILDCARD,
} from "@fieldmask/core";
import fc from "fast-check";
import jsonPatch, { type Operation } from "fast-json-patch";
import { enablePatches, produceWithPatches } from "immer";
import { describe, expect, it } from "vitest";

enablePatches();

// A few keys, so that masks, grammars and documents meet often; "x.y" and "*" test escaping.
const KEYS = ["a", "b", "c", "x.y", "*"] as const;
const key = fc.constantFrom(...KEYS);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const { json } = fc.letrec<{ json: Json; object: { [key: string]: Json } }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.constantFrom("s", "t")),
    fc.array(tie("json"), { maxLength: 2 }),
    tie("object"),
  ),
  object: fc.dictionary(key, tie("json"), { maxKeys: 4 }) as fc.Arbitrary<{ [key: string]: Json }>,
}));
const doc = fc.dictionary(key, json, { maxKeys: 5 }) as fc.Arbitrary<Record<string, Json>>;

const segment: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 5, arbitrary: key },
  { weight: 1, arbitrary: fc.constant(WILDCARD) },
);
const decodedPath = fc.array(segment, { minLength: 1, maxLength: 3 });
const mask = fc.array(
  decodedPath.map((path) => formatPath(path)),
  { maxLength: 4 },
);
const literalMask = fc.array(
  fc.array(key, { minLength: 1, maxLength: 3 }).map((path) => formatPath(path)),
  { maxLength: 4 },
);
const missing = fc.constantFrom("error" as const, "delete" as const, "keep" as const);

// Patterns over the same keys, with placeholders and `.**`; duplicates of the same shape are dropped.
const pattern = fc
  .tuple(
    fc.array(
      fc.oneof(
        key.map((k) => formatPath([k])),
        fc.constant("<p>"),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    fc.boolean(),
  )
  .map(([parts, deep]) => {
    let n = 0;
    const named = parts.map((part) => (part === "<p>" ? `<p${n++}>` : part));
    return named.join(".") + (deep ? ".**" : "");
  });
const grammar: fc.Arbitrary<Grammar> = fc
  .uniqueArray(pattern, { maxLength: 6, selector: (p) => p.replace(/<p\d+>/g, "<p>") })
  .map((patterns) => compileGrammar(patterns));

function tryApply<T>(run: () => T): T | FieldMaskError {
  try {
    return run();
  } catch (error) {
    if (error instanceof FieldMaskError) return error;
    throw error;
  }
}

function frozenNodes(value: unknown, out: boolean[] = []): boolean[] {
  if (typeof value === "object" && value !== null) {
    out.push(Object.isFrozen(value));
    for (const child of Object.values(value)) frozenNodes(child, out);
  }
  return out;
}

// Whether a mask path (decoded) and a document path lie on one line (one is a prefix of the other).
function touches(maskPath: readonly Segment[], docPath: readonly string[]): boolean {
  const n = Math.min(maskPath.length, docPath.length);
  for (let i = 0; i < n; i++) if (maskPath[i] !== WILDCARD && maskPath[i] !== docPath[i]) return false;
  return true;
}

const RUNS = { numRuns: 300 };

describe("applyMask properties", () => {
  it("never mutates or freezes its inputs", () => {
    fc.assert(
      fc.property(doc, doc, mask, missing, (target, source, paths, policy) => {
        const snapshot = JSON.stringify([target, source, paths]);
        const frozen = JSON.stringify([frozenNodes(target), frozenNodes(source), Object.isFrozen(paths)]);
        tryApply(() => applyMask(target, source, paths, { missing: policy }));
        expect(JSON.stringify([target, source, paths])).toBe(snapshot);
        expect(JSON.stringify([frozenNodes(target), frozenNodes(source), Object.isFrozen(paths)])).toBe(
          frozen,
        );
      }),
      RUNS,
    );
  });

  it("keeps the identity of every subtree the mask does not reach", () => {
    fc.assert(
      fc.property(
        doc,
        doc,
        fc.array(decodedPath, { maxLength: 3 }),
        missing,
        (target, source, decoded, policy) => {
          const result = tryApply(() =>
            applyMask(
              target,
              source,
              decoded.map((p) => formatPath(p)),
              { missing: policy },
            ),
          );
          if (result instanceof FieldMaskError) return;
          const walk = (before: unknown, after: unknown, at: string[]): void => {
            if (typeof before !== "object" || before === null || Array.isArray(before)) return;
            for (const [k, value] of Object.entries(before)) {
              const path = [...at, k];
              if (!decoded.some((m) => touches(m, path))) {
                expect((after as Record<string, unknown>)[k]).toBe(value);
              } else if (decoded.every((m) => m.length > path.length)) {
                walk(value, (after as Record<string, unknown>)[k], path);
              }
            }
          };
          walk(target, result, []);
          if (decoded.length === 0) expect(result).toBe(target);
        },
      ),
      RUNS,
    );
  });

  it("gives the same result for the canonical mask and for any order with duplicates", () => {
    fc.assert(
      fc.property(doc, doc, mask, missing, fc.integer(), (target, source, paths, policy, seed) => {
        const canonical = canonicalizeMask(paths);
        // a seeded shuffle (Fisher–Yates with a linear congruential generator) of the paths plus duplicates
        const shuffled = [...paths, ...paths.slice(0, 2)];
        let state = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          state = (state * 1103515245 + 12345) | 0;
          const j = (state >>> 0) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
        }
        const one = tryApply(() => applyMask(target, source, canonical, { missing: policy }));
        const two = tryApply(() => applyMask(target, source, shuffled, { missing: policy }));
        if (one instanceof FieldMaskError || two instanceof FieldMaskError) {
          expect(two instanceof FieldMaskError).toBe(one instanceof FieldMaskError);
          return;
        }
        expect(two).toEqual(one);
      }),
      RUNS,
    );
  });

  it("pickMask(applyMask(t, s, m), m) equals pickMask(s, m) when missing is 'error' (masks without wildcards)", () => {
    fc.assert(
      fc.property(doc, doc, literalMask, (target, source, paths) => {
        const result = tryApply(() => applyMask(target, source, paths));
        if (result instanceof FieldMaskError) return;
        expect(pickMask(result, paths)).toEqual(pickMask(source, paths));
      }),
      RUNS,
    );
  });
});

describe("toJsonPatch properties", () => {
  it("its operations, applied by fast-json-patch, give what applyMask gives", () => {
    fc.assert(
      fc.property(doc, doc, mask, missing, (target, source, paths, policy) => {
        const expected = tryApply(() => applyMask(target, source, paths, { missing: policy }));
        const operations = tryApply(() => toJsonPatch(target, source, paths, { missing: policy }));
        if (expected instanceof FieldMaskError || operations instanceof FieldMaskError) {
          expect(operations instanceof FieldMaskError).toBe(expected instanceof FieldMaskError);
          return;
        }
        const patched = jsonPatch.applyPatch(structuredClone(target), operations as Operation[], true, false);
        expect(patched.newDocument).toEqual(expected);
        if (expected === target) expect(operations).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("diffMask properties", () => {
  it("round-trips: applyMask(before, body, mask) gives after when nothing is unexpressible", () => {
    fc.assert(
      fc.property(doc, doc, grammar, fc.boolean(), (before, after, g, subPaths) => {
        const diff = diffMask(before, after, g, { subPaths });
        // the mask is always applicable, and it changes exactly the expressible part
        const result = applyMask(before, diff.body, diff.mask);
        if (diff.unexpressible.length === 0) expect(result).toEqual(after);
        expect(diffMask(after, after, g)).toEqual({ mask: [], body: {}, unexpressible: [] });
      }),
      RUNS,
    );
  });

  it("round-trips on edits of a shared document, and maskFromPatches agrees", () => {
    const edit = fc.record({
      path: fc.array(key, { minLength: 1, maxLength: 3 }),
      value: fc.option(json, { nil: undefined }),
    });
    fc.assert(
      fc.property(doc, fc.array(edit, { maxLength: 3 }), grammar, (before, edits, g) => {
        const [after, patches] = produceWithPatches(before, (draft: Record<string, unknown>) => {
          for (const { path, value } of edits) {
            let node: unknown = draft;
            for (let i = 0; i < path.length - 1; i++) {
              const next = (node as Record<string, unknown>)[path[i] as string];
              if (typeof next !== "object" || next === null || Array.isArray(next)) return;
              node = next;
            }
            const last = path[path.length - 1] as string;
            if (value === undefined) delete (node as Record<string, unknown>)[last];
            else (node as Record<string, unknown>)[last] = value;
          }
        });
        const diff = diffMask(before, after, g);
        const recorded = maskFromPatches(patches as PatchRecord[], g, after);
        const viaDiff = applyMask(before, diff.body, diff.mask);
        const viaPatches = applyMask(before, recorded.body, recorded.mask);
        if (diff.unexpressible.length === 0) expect(viaDiff).toEqual(after);
        if (recorded.unexpressible.length === 0) expect(viaPatches).toEqual(after);
      }),
      RUNS,
    );
  });
});
