// Both packages, imported by name, in whatever runtime runs this file: Node (project "unit") and headless
// Chromium (project "browser"). No node: imports here, so nothing in either package's graph may need them.
import { applyUpdate, RESOURCE_NAMES, validateUpdateRequest } from "@fieldmask/ampersand";
import { FieldMaskError, parsePath, WILDCARD } from "@fieldmask/core";
import { describe, expect, it } from "vitest";
import installation from "../examples/ampersand/installation.json";
import rejected from "../examples/ampersand/rejected-request.json";
import seed from "../examples/ampersand/seed-request.json";

describe("both packages in this runtime", () => {
  it("parses paths with @fieldmask/core", () => {
    expect(parsePath("config.content.read.objects.*")).toEqual([
      "config",
      "content",
      "read",
      "objects",
      WILDCARD,
    ]);
    expect(() => parsePath("config..read")).toThrow(FieldMaskError);
  });

  it("validates and applies the seed request with @fieldmask/ampersand", () => {
    // Arrange
    const before = structuredClone(installation);

    // Act
    const checked = validateUpdateRequest("installation", seed);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problem));
    const updated = applyUpdate("installation", installation as never, checked.request, {
      now: () => new Date("2026-01-15T09:30:00Z"),
    }) as unknown as typeof installation;

    // Assert
    expect(updated.config.content.read.objects.contacts).toEqual(
      seed.installation.config.content.read.objects.contacts,
    );
    expect(updated.config.content.read.objects.deals).toBe(installation.config.content.read.objects.deals);
    expect(installation).toEqual(before);
    expect(RESOURCE_NAMES).toContain("installation");
  });

  it("rejects a misspelt path with a did-you-mean", () => {
    const checked = validateUpdateRequest("installation", rejected);
    expect(checked.ok).toBe(false);
    const issues = checked.ok ? [] : (checked.problem.issues ?? []);
    expect(issues.find((issue) => issue.name === "updateMask[1]")).toMatchObject({
      in: "body",
      context: { code: "not_allowed", suggestion: "config.content.proxy.enabled" },
    });
  });
});
