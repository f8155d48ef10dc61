import { FieldMaskError, maskFromJson, maskToJson } from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import { FROM_JSON_ROWS, TO_JSON_ROWS } from "./mask-json.testdata.js";

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FieldMaskError) return error.issues[0]?.code ?? "no issue";
    throw error;
  }
  return "no error";
}

describe("maskToJson golden rows", () => {
  for (const row of TO_JSON_ROWS) {
    it(row.id, () => {
      const run = () => maskToJson(row.mask, { camelCase: row.camelCase });
      if ("error" in row) expect(codeOf(run)).toBe(row.error);
      else expect(run()).toBe(row.expected);
    });
  }
});

describe("maskFromJson golden rows", () => {
  for (const row of FROM_JSON_ROWS) {
    it(row.id, () => {
      const run = () => maskFromJson(row.text, { camelCase: row.camelCase });
      if ("error" in row) expect(codeOf(run)).toBe(row.error);
      else expect(run()).toEqual(row.expected);
    });
  }
});

describe("JSON form", () => {
  it("pins the irreversible-key message", () => {
    let message = "";
    try {
      maskToJson(["user.displayName"], { camelCase: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatchInlineSnapshot(
      `"Path 0: "displayName" has an uppercase letter, which lowerCamelCase cannot keep"`,
    );
  });

  it("quotes commas in the backtick syntax (J14 open question)", () => {
    const options = { syntax: "backtick", camelCase: true } as const;
    const text = maskToJson(["`foo,bar`.baz_qux"], options);
    expect(text).toBe("`foo,bar`.bazQux");
    expect(maskFromJson(text, options)).toEqual(["`foo,bar`.baz_qux"]);
  });

  it("refuses a non-string", () => {
    expect(codeOf(() => maskFromJson(7 as unknown as string))).toBe("not_a_string");
  });

  it("counts pieces against the path limit while splitting", () => {
    expect(codeOf(() => maskFromJson("a,b,c", { limits: { maxPaths: 2 } }))).toBe("limit_exceeded");
    expect(maskFromJson("a,b", { limits: { maxPaths: 2 } })).toEqual(["a", "b"]);
  });
});
