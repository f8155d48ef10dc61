import { FieldMaskError, type MaskIssue } from "@fieldmask/core";
import { describe, expect, it } from "vitest";

const issue = (message: string): MaskIssue => ({
  code: "empty_segment",
  message,
  index: 0,
  input: "a..b",
  column: 3,
  segments: ["a"],
  valuePath: undefined,
  suggestion: undefined,
});

describe("FieldMaskError", () => {
  it("names itself and keeps every issue", () => {
    const error = new FieldMaskError([issue("first"), issue("second"), issue("third")]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("FieldMaskError");
    expect(error.issues).toHaveLength(3);
    expect(error.message).toMatchInlineSnapshot(`"first (and 2 more issues)"`);
  });

  it("says 'issue' for a single extra issue and has a message when empty", () => {
    expect(new FieldMaskError([issue("a"), issue("b")]).message).toBe("a (and 1 more issue)");
    expect(new FieldMaskError([issue("only")]).message).toBe("only");
    expect(new FieldMaskError([]).message).toBe("Invalid field mask");
  });
});
