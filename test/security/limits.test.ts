import {
  AmpersandProblemError,
  diffInstallation,
  editInstallation,
  RESOURCES,
  updateInstallation,
  validateUpdateInstallationRequest,
} from "@fieldmask/ampersand";
import {
  applyMask,
  canonicalizeMask,
  compileGrammar,
  DEFAULT_LIMITS,
  diffMask,
  FieldMaskError,
  formatPath,
  intersectMasks,
  type MaskOptions,
  maskCovers,
  maskFromJson,
  maskFromPatches,
  parseMask,
  parsePath,
  pickMask,
  subtractMasks,
  toJsonPatch,
  unionMasks,
  validateMask,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { installation } from "./payloads.testdata.js";

// Resource limits: a 100,000-segment path, a 1 MB path and a value nested 100,000 deep each get `limit_exceeded`
// (never a RangeError from the stack), in well under a second; the parser is linear (checked as a ratio).

const HUGE_SEGMENTS = 100_000;
const SEGMENTS_PATH = `a${".a".repeat(HUGE_SEGMENTS - 1)}`; // 100,000 segments, ~200 kB
const MEGABYTE_PATH = "a".repeat(1_048_576);
// past the length limit, so only the segment limit can stop it
const ROOMY = { limits: { maxPathLength: 2_000_000 } };
const GRAMMAR = compileGrammar(["a", "a.**"]);
const ROOMY_GRAMMAR = compileGrammar(["a", "a.**"], ROOMY);
// Generous on two shared cores; each call here returns in microseconds to a few milliseconds. Under Stryker's
// instrumentation (FIELDMASK_INSTRUMENTED, set by vitest.stryker.config.ts) only the outcome is checked.
const INSTRUMENTED =
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
    ?.FIELDMASK_INSTRUMENTED === "1";
const QUICK_MS = INSTRUMENTED ? Number.POSITIVE_INFINITY : 1_000;

/** A value nested `depth` deep: `{ a: { a: … } }`, built iteratively. */
function deepObject(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** `[[[…]]]`, built iteratively. */
function deepArray(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Runs `fn`, returning its issue codes (FieldMaskError, AmpersandProblemError or a failed result) and time. */
function measure(fn: () => unknown): { codes: string[]; ms: number } {
  const start = performance.now();
  let codes: string[] = [];
  try {
    const result = fn() as { ok?: boolean; issues?: { code: string }[]; problem?: unknown };
    if (result !== null && typeof result === "object" && result.ok === false) {
      codes =
        result.problem !== undefined
          ? ((result.problem as { issues: { context: { code: string } }[] }).issues ?? []).map(
              (issue) => issue.context.code,
            )
          : (result.issues ?? []).map((issue) => issue.code);
    }
  } catch (error) {
    if (error instanceof FieldMaskError) codes = error.issues.map((issue) => issue.code);
    else if (error instanceof AmpersandProblemError) {
      codes = (error.problem.issues ?? []).map((issue) => String((issue.context as { code: string }).code));
    } else throw error; // a RangeError or TypeError fails the test
  }
  return { codes, ms: performance.now() - start };
}

function expectLimit(fn: () => unknown): void {
  const { codes, ms } = measure(fn);
  expect(codes).toContain("limit_exceeded");
  expect(ms).toBeLessThan(QUICK_MS);
}

describe("DEFAULT_LIMITS", () => {
  it("are the documented defaults", () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxPaths: 1_000,
      maxSegments: 64,
      maxPathLength: 4_096,
      maxDepth: 128,
      maxNodes: 1_000_000,
    });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });
});

describe("a 100,000-segment path", () => {
  const mask = [SEGMENTS_PATH];
  it("is over the length limit by default, everywhere [heavy]", () => {
    expectLimit(() => parsePath(SEGMENTS_PATH));
    expectLimit(() => parseMask(mask));
    expectLimit(() => validateMask(GRAMMAR, mask));
    expectLimit(() => applyMask({}, {}, mask));
    expectLimit(() => pickMask({}, mask));
    expectLimit(() => toJsonPatch({}, {}, mask));
    expectLimit(() => canonicalizeMask(mask));
    expectLimit(() => maskCovers(mask, "a"));
    expectLimit(() => validateUpdateInstallationRequest({ updateMask: mask, installation: {} }));
    expectLimit(() => updateInstallation(installation() as never, { updateMask: mask, installation: {} }));
  });

  it("stops at the segment limit when the length limit allows it [heavy]", () => {
    expectLimit(() => parsePath(SEGMENTS_PATH, ROOMY));
    expectLimit(() => parseMask(mask, ROOMY));
    expectLimit(() => validateMask(ROOMY_GRAMMAR, mask));
    expectLimit(() => applyMask({}, {}, mask, ROOMY));
    expectLimit(() => pickMask({}, mask, ROOMY));
    expectLimit(() => toJsonPatch({}, {}, mask, ROOMY));
    expectLimit(() => unionMasks(mask, ["a"], ROOMY));
    expectLimit(() => intersectMasks(mask, ["a"], ROOMY));
    expectLimit(() => subtractMasks(mask, ["a"], ROOMY));
    expectLimit(() => maskFromJson(SEGMENTS_PATH, ROOMY));
    expectLimit(() => validateUpdateInstallationRequest({ updateMask: mask, installation: {} }, ROOMY));
  });

  it("reports the segment limit at the column where it was passed", () => {
    const { codes } = measure(() => parsePath(SEGMENTS_PATH, ROOMY));
    expect(codes).toEqual(["limit_exceeded"]);
    try {
      parsePath(SEGMENTS_PATH, ROOMY);
    } catch (error) {
      const issue = (error as FieldMaskError).issues[0];
      // 64 segments read, stopped right after the 64th dot
      expect(issue?.segments.length).toBe(DEFAULT_LIMITS.maxSegments);
      expect(issue?.column).toBe(2 * DEFAULT_LIMITS.maxSegments + 1);
    }
  });
});

describe("a 1 MB path string", () => {
  const mask = [MEGABYTE_PATH];
  it("gets limit_exceeded before a character is read [heavy]", () => {
    expectLimit(() => parsePath(MEGABYTE_PATH));
    expectLimit(() => parseMask(mask));
    expectLimit(() => validateMask(GRAMMAR, mask));
    expectLimit(() => applyMask({}, {}, mask));
    expectLimit(() => pickMask({}, mask));
    expectLimit(() => toJsonPatch({}, {}, mask));
    expectLimit(() => unionMasks(mask, []));
    expectLimit(() => maskFromJson(MEGABYTE_PATH));
    expectLimit(() => validateUpdateInstallationRequest({ updateMask: mask, installation: {} }));
    expectLimit(() => updateInstallation(installation() as never, { updateMask: mask, installation: {} }));
  });

  it("keeps issue messages short", () => {
    const result = parseMask(mask);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message.length).toBeLessThan(300);
  });
});

describe("more paths than maxPaths", () => {
  it("gets one limit_exceeded before any path is read", () => {
    const mask = Array.from({ length: DEFAULT_LIMITS.maxPaths + 1 }, (_, i) => `p${i}`);
    expectLimit(() => parseMask(mask));
    expectLimit(() => validateMask(GRAMMAR, mask));
    expectLimit(() => applyMask({}, {}, mask));
    expectLimit(() => validateUpdateInstallationRequest({ updateMask: mask, installation: {} }));
    expect(measure(() => parseMask(mask)).codes).toEqual(["limit_exceeded"]);
  });
});

describe("a value nested 100,000 deep", () => {
  const deep = deepObject(HUGE_SEGMENTS);
  const deepList = deepArray(HUGE_SEGMENTS);

  it("is refused by applyMask, pickMask and toJsonPatch [heavy]", () => {
    expectLimit(() => applyMask({}, { a: deep }, ["a"]));
    expectLimit(() => applyMask({}, { a: deepList }, ["a"]));
    expectLimit(() => pickMask({ a: deep }, ["a"]));
    expectLimit(() => pickMask({ a: deepList }, ["a"]));
    expectLimit(() => toJsonPatch({}, { a: deep }, ["a"]));
  });

  it("is refused by diffMask and maskFromPatches where the documents differ [heavy]", () => {
    const grammar = compileGrammar(["a"]);
    expectLimit(() => diffMask({ a: deepObject(HUGE_SEGMENTS) }, { a: deep }, grammar));
    // lists are compared iteratively and replaced whole: a deep list that changed is carried by reference
    const changedList = deepArray(HUGE_SEGMENTS);
    changedList.push(1);
    expect(diffMask({ a: deepList }, { a: changedList }, grammar).mask).toEqual(["a"]);
    // a 100,000-key patch path: only the first maxSegments keys are kept, so the prefix search stays small
    const patches = [{ op: "replace" as const, path: Array.from({ length: HUGE_SEGMENTS }, () => "a") }];
    const { ms } = measure(() => expect(maskFromPatches(patches, grammar, deep).mask).toEqual(["a"]));
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it("is refused by the adapter inside a read object [heavy]", () => {
    const body = {
      updateMask: ["config.content.read.objects.contacts"],
      installation: {
        config: {
          content: {
            read: {
              objects: {
                contacts: {
                  objectName: "contacts",
                  schedule: "*/15 * * * *",
                  destination: "d",
                  selectedFieldMappings: deep,
                },
              },
            },
          },
        },
      },
    };
    const { codes, ms } = measure(() => updateInstallation(installation() as never, body));
    expect(codes.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(QUICK_MS);
    expect(measure(() => validateUpdateInstallationRequest(body)).codes.length).toBeGreaterThan(0);
  });

  it("is refused by the adapter's diff [heavy]", () => {
    const before = installation();
    const after = installation();
    (after.config as { content: Record<string, unknown> }).content.read = { objects: { contacts: deep } };
    expectLimit(() => diffInstallation(before as never, after as never));
  });

  it("is handled by editInstallation when the installation already holds it [heavy]", () => {
    // (a recipe that assigns a 100,000-deep value itself overflows inside immer's finalize: that value is the
    // caller's own code, not request input)
    const before = installation();
    (before.config as { content: Record<string, unknown> }).content.read = { objects: { contacts: deep } };
    const { ms } = measure(() =>
      editInstallation(before as never, (draft) => {
        const content = (draft as unknown as { config: { content: { proxy: { enabled: boolean } } } }).config
          .content;
        content.proxy.enabled = true;
      }),
    );
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it("is only walked along the mask by validateMask [heavy]", () => {
    const { codes, ms } = measure(() => validateMask(GRAMMAR, ["a"], deep));
    expect(codes).toEqual([]);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it("formats a 100,000-segment path without recursion [heavy]", () => {
    const segments = Array.from({ length: HUGE_SEGMENTS }, () => "a");
    expect(formatPath(segments)).toBe(SEGMENTS_PATH);
  });
});

describe("each limit, exactly at and just past it", () => {
  // The same checks with small limits: cheap enough to run under Stryker, and exact about the boundaries.
  const limits = { maxPaths: 2, maxSegments: 3, maxPathLength: 7, maxDepth: 2, maxNodes: 6 };
  const options = { limits };
  const codes = (fn: () => unknown): string[] => measure(fn).codes;

  it("maxPaths", () => {
    expect(codes(() => parseMask(["a", "b"], options))).toEqual([]);
    expect(codes(() => parseMask(["a", "b", "c"], options))).toEqual(["limit_exceeded"]);
    expect(codes(() => applyMask({}, { a: 1, b: 1, c: 1 }, ["a", "b", "c"], options))).toEqual([
      "limit_exceeded",
    ]);
    expect(codes(() => canonicalizeMask(["a", "b", "c"], options))).toEqual(["limit_exceeded"]);
  });

  it("maxSegments", () => {
    expect(codes(() => parsePath("a.b.c", options))).toEqual([]);
    expect(codes(() => parsePath("a.b.c.d", options))).toEqual(["limit_exceeded"]);
    expect(codes(() => parsePath("`a`.`b`.`c`.`d`", { ...options, syntax: "backtick" }))).toEqual([
      "limit_exceeded",
    ]);
    expect(codes(() => pickMask({}, ["a.b.c.d"], { limits: { maxSegments: 3 } }))).toEqual([
      "limit_exceeded",
    ]);
  });

  it("maxPathLength", () => {
    expect(codes(() => parsePath("abc.def", options))).toEqual([]);
    expect(codes(() => parsePath("abc.defg", options))).toEqual(["limit_exceeded"]);
    expect(codes(() => validateMask(compileGrammar(["<k>"], options), ["abcdefgh"]))).toEqual([
      "limit_exceeded",
    ]);
  });

  it("maxDepth (containers in a value, keys below the root in a diff)", () => {
    expect(codes(() => applyMask({}, { a: { b: 1 } }, ["a"], options))).toEqual([]);
    expect(codes(() => applyMask({}, { a: { b: { c: { d: 1 } } } }, ["a"], options))).toEqual([
      "limit_exceeded",
    ]);
    expect(codes(() => applyMask({}, { a: [[1]] }, ["a"], options))).toEqual([]);
    expect(codes(() => pickMask({ a: [[[1]]] }, ["a"], options))).toEqual(["limit_exceeded"]);
    const grammar = compileGrammar(["a"], options);
    expect(codes(() => diffMask({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }, grammar))).toEqual([
      "limit_exceeded",
    ]);
  });

  it("maxNodes", () => {
    expect(codes(() => applyMask({}, { a: { b: 1, c: 2, d: 3 } }, ["a"], options))).toEqual([]);
    expect(codes(() => applyMask({}, { a: [1, 2, 3, 4, 5, 6] }, ["a"], options))).toEqual(["limit_exceeded"]);
    expect(codes(() => applyMask({}, { a: { b: 1, c: 2, d: 3, e: 4, f: 5, g: 6 } }, ["a"], options))).toEqual(
      ["limit_exceeded"],
    );
  });
});

describe("the node limit", () => {
  it("stops a wide value", () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 2_000; i++) wide[`k${i}`] = i;
    const limits = { limits: { maxNodes: 1_000 } };
    expectLimit(() => applyMask({}, { a: wide }, ["a"], limits));
    expectLimit(() => pickMask({ a: wide }, ["a"], limits));
    expectLimit(() => validateMask(compileGrammar(["a.*"], limits), ["a.*"], { a: { ...wide, x: wide } }));
  });
});

describe("the parser is linear", () => {
  // A ratio, not a clock budget: 100× the input may cost about 100× the time, never the 10,000× a quadratic
  // scan would. The 10 kB case is timed as a batch of 100 parses, so both measurements last about as long and
  // share the same timer resolution and the same preemption on busy cores; each is the median of a few runs,
  // and the best of three attempts counts (a busy machine can only make a ratio worse, never better).
  const BATCH = 100;
  const LARGE = 1_000_000;
  const SMALL = 10_000;

  function median(fn: () => void, runs: number): number {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(runs / 2)] as number;
  }

  function ratio(make: (n: number) => string, options: MaskOptions): number {
    const small = make(SMALL);
    const large = make(LARGE);
    expect(parsePath(small, options).length).toBeGreaterThan(0);
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && best > 100; attempt++) {
      // warm up, so neither size is measured before the JIT has compiled the scanner
      for (let i = 0; i < 2 * BATCH; i++) parsePath(small, options);
      parsePath(large, options);
      const tSmall =
        median(() => {
          for (let i = 0; i < BATCH; i++) parsePath(small, options);
        }, 5) / BATCH;
      const tLarge = median(() => parsePath(large, options), 5);
      best = Math.min(best, tLarge / tSmall);
    }
    return best;
  }

  const ROOM: MaskOptions = { limits: { maxPathLength: 2 * LARGE, maxSegments: LARGE } };
  const shapes: [string, (n: number) => string, MaskOptions][] = [
    ["one long segment", (n) => "a".repeat(n), ROOM],
    ["100-character segments", (n) => `${"a".repeat(99)}.`.repeat(n / 100).slice(0, -1), ROOM],
    ["escaped dots in one segment", (n) => "\\.".repeat(n / 2), ROOM],
    ["escapes in every segment", (n) => `ab\\.ab\\.${"x".repeat(73)}.`.repeat(n / 81).slice(0, -1), ROOM],
    [
      "backtick-quoted segments",
      (n) => `\`${"a".repeat(40)}\\\`\`.`.repeat(n / 45).slice(0, -1),
      { ...ROOM, syntax: "backtick" },
    ],
  ];
  for (const [name, make, options] of shapes) {
    it(`parses 1 MB at most ~100× slower than 10 kB: ${name} [heavy]`, () => {
      // about 100×, with 2× headroom for the garbage collector (a 1 MB path leaves ~10⁵ decoded strings alive)
      // and for cores shared with other processes; a quadratic scan would be 10,000×
      expect(ratio(make, options)).toBeLessThan(200);
    }, 60_000);
  }
});

describe("RESOURCES", () => {
  it("use the default limits in every grammar", () => {
    for (const info of Object.values(RESOURCES)) expect(info.grammar.options.limits).toBeUndefined();
  });
});
