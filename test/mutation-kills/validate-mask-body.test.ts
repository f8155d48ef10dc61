import { compileGrammar, validateMask } from "@fieldmask/core";
import { describe, expect, it } from "vitest";

// validateMask's walk through the body: every branch that reads a value (a key, a `*` over an object, a `*` over a
// list) refuses accessors without running them, and a `*` never hands out a forbidden key.

let calls = 0;
function withGetter<T extends object>(object: T, key: string): T {
  Object.defineProperty(object, key, {
    enumerable: true,
    get() {
      calls++;
      return { x: 1 };
    },
  });
  return object;
}

function issues(patterns: string[], mask: string[], body: unknown) {
  const result = validateMask(compileGrammar(patterns), mask, body);
  return result.ok ? [] : result.issues.map((issue) => ({ code: issue.code, valuePath: issue.valuePath }));
}

describe("validateMask body walk", () => {
  it("refuses an accessor reached by a key", () => {
    calls = 0;
    expect(issues(["a.b"], ["a.b"], { a: withGetter({}, "b") })).toEqual([
      { code: "invalid_value", valuePath: ["a", "b"] },
    ]);
    expect(calls).toBe(0);
  });

  it("refuses an accessor reached by * over an object, and keeps walking the other keys", () => {
    calls = 0;
    expect(issues(["m.<k>.x"], ["m.*.x"], { m: withGetter({ ok: { x: 1 }, no: {} }, "bad") })).toEqual([
      { code: "invalid_value", valuePath: ["m", "bad"] },
      { code: "missing_value", valuePath: ["m", "no", "x"] },
    ]);
    expect(calls).toBe(0);
  });

  it("refuses an accessor reached by * over a list", () => {
    calls = 0;
    const list = withGetter([{ x: 1 }] as unknown[], "1");
    expect(issues(["m.*.x"], ["m.*.x"], { m: list })).toEqual([
      { code: "invalid_value", valuePath: ["m", 1] },
    ]);
    expect(calls).toBe(0);
  });

  it("names the forbidden key a * reached, in order with the rest", () => {
    const body = JSON.parse('{"m":{"a":{},"__proto__":{},"constructor":{},"prototype":{},"b":{}}}');
    expect(issues(["m.<k>"], ["m.*"], body)).toEqual([
      { code: "forbidden_segment", valuePath: ["m", "__proto__"] },
      { code: "forbidden_segment", valuePath: ["m", "constructor"] },
      { code: "forbidden_segment", valuePath: ["m", "prototype"] },
    ]);
  });

  it("says why in the message", () => {
    const result = validateMask(compileGrammar(["m.<k>"]), ["m.*"], { m: withGetter({}, "g") });
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "Path 0 ("m.*") has an invalid value at m.g: an accessor property is not JSON data (its getter is never run)",
      ]
    `);
    const forbidden = validateMask(compileGrammar(["m.<k>"]), ["m.*"], JSON.parse('{"m":{"__proto__":1}}'));
    expect(forbidden.ok ? [] : forbidden.issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "Path 0 ("m.*") reaches the key "__proto__" through *, and that key is never read or written",
      ]
    `);
  });
});
