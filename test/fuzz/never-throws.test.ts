import {
  AmpersandProblemError,
  type Connection,
  updateInstallation,
  validateUpdateInstallationRequest,
} from "@fieldmask/ampersand";
import { applyMask, compileGrammar, diffMask, FieldMaskError, validateMask } from "@fieldmask/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BuiltinSnapshot,
  builtinChanges,
  canaryInherited,
  snapshotBuiltins,
} from "../security/builtins.js";
import { describeDeep } from "../security/describe-deep.js";
import { installation } from "../security/payloads.testdata.js";
import {
  anyMask,
  anyValue,
  installationRequest,
  jsonObject,
  PATTERN_SETS,
  RUNS,
  TIMEOUT,
} from "./arbitraries.js";

// Fuzzing the entry points with arbitrary JSON values and arbitrary masks: they never throw anything but the
// library's own error types, never change a built-in, and never mutate (or freeze) their inputs.
// `pnpm test:fuzz` runs each property 10,000 times; the regular test command runs them a hundred times.

const GRAMMARS = PATTERN_SETS.map((patterns) => compileGrammar(patterns));
const grammarIndex = fc.nat({ max: GRAMMARS.length - 1 });

// The own keys of the prototypes and constructors attackers go after; cheap enough to compare on every run.
const ROOTS: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, Object, Array];
const rootKeys = (): string =>
  ROOTS.map((root) => Reflect.ownKeys(root).length + String(Object.getPrototypeOf(root) === null)).join();

let builtins: BuiltinSnapshot;
let baseline: string;
beforeAll(() => {
  builtins = snapshotBuiltins();
  baseline = rootKeys();
});
// A changed built-in stays changed, so one full comparison at the end catches any run that changed one.
afterAll(() => {
  expect(builtinChanges(builtins)).toEqual([]);
});

/** Runs `fn` over `inputs`: it may return or throw one of `allowed`; the inputs must come out as they went in. */
function check(
  inputs: readonly unknown[],
  allowed: readonly (new (...args: never[]) => Error)[],
  fn: () => void,
) {
  const before = describeDeep(inputs);
  try {
    fn();
  } catch (error) {
    if (!allowed.some((type) => error instanceof type)) throw error;
  }
  expect(describeDeep(inputs)).toBe(before);
  expect(canaryInherited()).toBeUndefined();
  expect(rootKeys()).toBe(baseline);
}

const CONNECTION = { id: "c1", provider: "salesforce" } as unknown as Connection;
const OPTIONS = {
  now: () => new Date("2026-01-01T00:00:00.000Z"),
  resolveConnection: (id: string) => (id === "c1" ? CONNECTION : undefined),
};

describe(`fuzz (${RUNS} runs per property)`, () => {
  it(
    "validateMask never throws, whatever the mask and body",
    () => {
      fc.assert(
        fc.property(grammarIndex, anyMask, fc.option(anyValue, { nil: undefined }), (g, mask, body) => {
          check([mask, body], [], () => {
            const result = validateMask(GRAMMARS[g] as never, mask, body);
            expect(typeof result.ok).toBe("boolean");
            if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "applyMask throws only FieldMaskError and returns plain data",
    () => {
      const missing = fc.constantFrom("error" as const, "delete" as const, "keep" as const);
      fc.assert(
        fc.property(jsonObject, anyValue, anyMask, missing, (target, source, mask, policy) => {
          check([target, source, mask], [FieldMaskError], () => {
            const result = applyMask(target, source, mask as string[], { missing: policy });
            expect(Object.isFrozen(target)).toBe(false);
            if (result !== target) {
              const proto = Object.getPrototypeOf(result);
              expect(proto === Object.prototype || proto === null).toBe(true);
            }
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "diffMask throws only FieldMaskError, and its mask applies back",
    () => {
      fc.assert(
        fc.property(grammarIndex, jsonObject, jsonObject, (g, before, after) => {
          check([before, after], [FieldMaskError], () => {
            const grammar = GRAMMARS[g] as never;
            const diff = diffMask(before, after, grammar);
            // whatever it computed must be a request applyMask accepts (or refuses with its own error)
            applyMask(before, diff.body, diff.mask);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "validateUpdateInstallationRequest never throws",
    () => {
      fc.assert(
        fc.property(installationRequest, (request) => {
          check([request], [], () => {
            const result = validateUpdateInstallationRequest(request);
            if (!result.ok) expect(result.problem.status).toBe(400);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "updateInstallation throws only AmpersandProblemError and never touches its inputs",
    () => {
      fc.assert(
        fc.property(installationRequest, (request) => {
          const current = installation();
          check([current, request], [AmpersandProblemError], () => {
            const next = updateInstallation(current as never, request, OPTIONS);
            expect(Object.isFrozen(current)).toBe(false);
            expect(next).not.toBe(current);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
