import {
  AmpersandProblemError,
  updateInstallation,
  validateUpdateInstallationRequest,
} from "@fieldmask/ampersand";
import * as core from "@fieldmask/core";
import {
  applyMask,
  compileGrammar,
  FieldMaskError,
  parseMask,
  pickMask,
  validateMask,
} from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { builtinChanges, canaryInherited, snapshotBuiltins } from "./builtins.js";
import { describeDeep } from "./describe-deep.js";
import {
  PAYLOADS,
  type PayloadInput,
  type PayloadRow,
  type PayloadTarget,
  resetTrappedGetters,
  trappedGetterCalls,
} from "./payloads.testdata.js";

// diffMask and toJsonPatch are looked up by name so the table runs while they are still landing.
type Fn = (...args: unknown[]) => unknown;
const optional = core as unknown as Record<string, Fn | undefined>;

const FIXED_NOW = (): Date => new Date("2026-02-02T00:00:00.000Z");

/** Runs one row's call; returns what it returned, or the error it threw. */
function call(target: PayloadTarget, input: PayloadInput): { value: unknown } | { error: unknown } {
  try {
    switch (target) {
      case "parseMask":
        return { value: parseMask(input.mask, input.options) };
      case "validateMask":
        return {
          value: validateMask(compileGrammar(input.grammar ?? [], input.options), input.mask, input.source),
        };
      case "applyMask":
        return { value: applyMask(input.target, input.source, input.mask as string[], input.options) };
      case "pickMask":
        return { value: pickMask(input.target, input.mask as string[], input.options) };
      case "diffMask":
        return {
          value: (optional.diffMask as Fn)(
            input.target,
            input.source,
            compileGrammar(input.grammar ?? [], input.options),
          ),
        };
      case "toJsonPatch":
        return {
          value: (optional.toJsonPatch as Fn)(input.target, input.source, input.mask, input.options),
        };
      case "updateInstallation":
        return {
          value: updateInstallation(input.target as never, input.source, { now: FIXED_NOW }),
        };
      case "validateUpdateInstallationRequest":
        return { value: validateUpdateInstallationRequest(input.source) };
    }
  } catch (error) {
    return { error };
  }
}

/** The issue codes of a failed call, or undefined when it succeeded. */
function codesOf(outcome: { value: unknown } | { error: unknown }): string[] | undefined {
  if ("error" in outcome) {
    const error = outcome.error;
    if (error instanceof FieldMaskError) return error.issues.map((issue) => issue.code);
    if (error instanceof AmpersandProblemError) {
      return (error.problem.issues ?? []).map((issue) => String((issue.context as { code: string }).code));
    }
    throw error; // anything else is a failure of the row
  }
  const value = outcome.value as { ok?: boolean; issues?: { code: string }[]; problem?: unknown };
  if (value !== null && typeof value === "object" && value.ok === false) {
    if (value.problem !== undefined) {
      const problem = value.problem as { issues?: { context: { code: string } }[] };
      return (problem.issues ?? []).map((issue) => issue.context.code);
    }
    return (value.issues ?? []).map((issue) => issue.code);
  }
  return undefined;
}

// Every object reachable from a result is plain data: Object.prototype (or null) objects and real arrays, holding
// own data properties only. A "__proto__" key may be there, but only as an own data property.
function assertInert(value: unknown): void {
  const work: unknown[] = [value];
  const seen = new Set<unknown>();
  while (work.length > 0) {
    const node = work.pop();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    const proto = Object.getPrototypeOf(node);
    if (Array.isArray(node)) expect(proto).toBe(Array.prototype);
    else expect(proto === Object.prototype || proto === null).toBe(true);
    for (const key of Reflect.ownKeys(node)) {
      const descriptor = Object.getOwnPropertyDescriptor(node, key) as PropertyDescriptor;
      expect("value" in descriptor).toBe(true);
      work.push(descriptor.value);
    }
  }
}

function project(value: unknown, at: readonly string[] | undefined): unknown {
  let node = value;
  for (const key of at ?? []) {
    expect(Object.hasOwn(node as object, key)).toBe(true);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

// Successful validate results compare by their decoded paths; everything else compares as returned.
function normalize(target: PayloadTarget, value: unknown): unknown {
  if (target === "parseMask" || target === "validateMask") {
    return (value as { paths: { segments: unknown }[] }).paths.map((path) => path.segments);
  }
  if (target === "validateUpdateInstallationRequest") {
    return (value as { paths: { input: string }[] }).paths.map((path) => path.input);
  }
  return value;
}

function available(row: PayloadRow): boolean {
  return (row.target !== "diffMask" && row.target !== "toJsonPatch") || optional[row.target] !== undefined;
}

describe("hostile payloads", () => {
  it("has at least 40 rows, each with a unique id", () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PAYLOADS.map((row) => row.id)).size).toBe(PAYLOADS.length);
  });

  for (const row of PAYLOADS) {
    it.runIf(available(row))(`${row.id} ${row.target}: ${row.name}`, () => {
      // Arrange
      const input = row.input();
      const shapeBefore = describeDeep(input);
      const builtins = snapshotBuiltins();
      resetTrappedGetters();
      // Act
      const outcome = call(row.target, input);
      // Assert: the outcome
      const codes = codesOf(outcome);
      if ("issues" in row.outcome) {
        expect(codes).toEqual(row.outcome.issues);
      } else {
        expect(codes).toBeUndefined();
        const value = (outcome as { value: unknown }).value;
        assertInert(value);
        expect(project(normalize(row.target, value), row.at)).toEqual(row.outcome.result());
      }
      // Assert: no built-in changed, nothing inherits a canary, no getter ran, no input changed or froze
      expect(builtinChanges(builtins)).toEqual([]);
      expect(canaryInherited()).toBeUndefined();
      expect(trappedGetterCalls()).toBe(0);
      expect(describeDeep(input)).toBe(shapeBefore);
    });
  }
});
