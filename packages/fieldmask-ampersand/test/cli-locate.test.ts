import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonValue } from "../src/cli/locate-json-value.js";
import { locateMaskEntry } from "../src/cli/locate-mask-entry.js";

/** Every (name, value) pair in a JSON value, named the way the adapter names issue locations. */
function namedValues(value: unknown, name: string, out: [string, unknown][]): [string, unknown][] {
  out.push([name, value]);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) namedValues(value[i], `${name}[${i}]`, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      // `[` would read as an index: such keys cannot be named unambiguously, so they are not asked for.
      if (key.includes("[")) continue;
      namedValues(inner, `${name}.${key.replace(/[.\\]/g, "\\$&")}`, out);
    }
  }
  return out;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = text.indexOf("\n", offset) + 1;
  return offset + column - 1;
}

describe("locateJsonValue", () => {
  it("points at a value in a pretty-printed request", () => {
    const text = '{\n  "jwtKey": {\n    "label": "x",\n    "scopes": ["a", 7, {"b.c": true}]\n  }\n}\n';
    expect(locateJsonValue(text, "jwtKey.label")).toEqual({ line: 3, column: 14 });
    expect(locateJsonValue(text, "jwtKey.scopes[1]")).toEqual({ line: 4, column: 21 });
    expect(locateJsonValue(text, "jwtKey.scopes[2].b\\.c")).toEqual({ line: 4, column: 32 });
    expect(locateJsonValue(text, "jwtKey.missing")).toBeUndefined();
    expect(locateJsonValue(text, "jwtKey.scopes[3]")).toBeUndefined();
    expect(locateJsonValue(text, "jwtKey.label.deeper")).toBeUndefined();
  });

  it("takes the last of duplicate keys, as JSON.parse does", () => {
    expect(locateJsonValue('{"a": 1, "a": 2}', "a")).toEqual({ line: 1, column: 15 });
  });

  it("finds every value of any JSON document, compact or indented", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
        (value) => {
          const compact = JSON.stringify({ body: value });
          const indented = JSON.stringify({ body: value }, null, 2);
          for (const [name, inner] of namedValues(value, "body", [])) {
            const expected = JSON.stringify(inner);
            const a = locateJsonValue(compact, name);
            expect(a).toBeDefined();
            expect(compact.startsWith(expected, offsetOf(compact, a?.line ?? 0, a?.column ?? 0))).toBe(true);
            const b = locateJsonValue(indented, name);
            expect(b).toBeDefined();
            expect(indented[offsetOf(indented, b?.line ?? 0, b?.column ?? 0)]).toBe(expected[0]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("locateMaskEntry", () => {
  it("maps a decoded column through JSON escapes", () => {
    const text = '{\n  "updateMask": ["a", "x\\\\.y..z", "a"]\n}';
    // Entry 1 is `x\.y..z`; its 6th character (the second of the two dots) is at raw column 30.
    expect(locateMaskEntry(text, ["a", "x\\.y..z", "a"], 1, 6)).toEqual({ line: 2, column: 30 });
    // The duplicate "a" at index 2 is found at its own occurrence.
    expect(locateMaskEntry(text, ["a", "x\\.y..z", "a"], 2, 1)).toEqual({ line: 2, column: 36 });
    expect(locateMaskEntry('{"mask": []}', [], 0, 1)).toBeUndefined();
  });
});
