// The diff round trip and edit ≡ diff, over installations and edits generated from the spec's schemas.

import {
  diffInstallation,
  editInstallation,
  type Installation,
  updateInstallation,
  validateUpdateInstallationRequest,
} from "@fieldmask/ampersand";
import { parsePath } from "@fieldmask/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  connection,
  installation,
  objectName,
  readConfigObject,
  subscribeConfigObject,
  writeConfigObject,
} from "./arbitraries.js";
import { nothingFrozen } from "./fixtures.js";

type Section = "read" | "write" | "subscribe";
type Edit =
  | { op: "set"; section: Section; name: string | number; value: unknown }
  | { op: "delete"; section: Section; name: string | number }
  | { op: "disable"; name: string | number; value: boolean }
  | { op: "proxy"; value: boolean | undefined }
  | { op: "createdBy"; value: string }
  | { op: "health"; value: "healthy" | "unhealthy" }
  | { op: "connection"; value: unknown }
  | { op: "connectionStatus"; value: "created" | "working" | "bad_credentials" };

// A name is a new object name, or (a number) the n-th existing object of the section.
const name = fc.oneof(objectName, fc.nat({ max: 5 }));
const section = fc.constantFrom<Section>("read", "write", "subscribe");
const VALUES = { read: readConfigObject, write: writeConfigObject, subscribe: subscribeConfigObject };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  section.chain((s) =>
    fc.record({ op: fc.constant("set" as const), section: fc.constant(s), name, value: VALUES[s] }),
  ),
  fc.record({ op: fc.constant("delete" as const), section, name }),
  fc.record({ op: fc.constant("disable" as const), name, value: fc.boolean() }),
  fc.record({ op: fc.constant("proxy" as const), value: fc.option(fc.boolean(), { nil: undefined }) }),
  fc.record({ op: fc.constant("createdBy" as const), value: fc.constantFrom("consumer:c-1", "builder:b-2") }),
  fc.record({
    op: fc.constant("health" as const),
    value: fc.constantFrom("healthy" as const, "unhealthy" as const),
  }),
  fc.record({ op: fc.constant("connection" as const), value: connection }),
  fc.record({
    op: fc.constant("connectionStatus" as const),
    value: fc.constantFrom("created" as const, "working" as const, "bad_credentials" as const),
  }),
);

/** Applies edits by plain mutation (on a copy, or on an immer draft). */
function applyEdits(target: Installation, edits: readonly Edit[]): void {
  const content = target.config.content as unknown as Record<
    string,
    { objects?: Record<string, unknown> } | undefined
  >;
  const objects = (s: Section) => {
    let part = content[s];
    if (part === undefined) {
      part = { objects: {} };
      content[s] = part;
    }
    if (part.objects === undefined) part.objects = {};
    return part.objects;
  };
  const pick = (s: Section, n: string | number) => {
    if (typeof n === "string") return n;
    const keys = Object.keys(objects(s));
    return keys.length === 0 ? "contacts" : (keys[n % keys.length] as string);
  };
  for (const e of edits) {
    if (e.op === "set") objects(e.section)[pick(e.section, e.name)] = structuredClone(e.value);
    else if (e.op === "delete") delete objects(e.section)[pick(e.section, e.name)];
    else if (e.op === "disable") {
      const object = objects("read")[pick("read", e.name)];
      if (typeof object === "object" && object !== null)
        (object as { disabled?: boolean }).disabled = e.value;
    } else if (e.op === "proxy")
      target.config.content.proxy = e.value === undefined ? {} : { enabled: e.value };
    else if (e.op === "createdBy") target.config.createdBy = e.value;
    else if (e.op === "health") target.healthStatus = e.value;
    else if (e.op === "connection")
      target.connection = structuredClone(e.value) as Installation["connection"];
    else target.connection.status = e.value;
  }
}

/** Writes `after`'s value (or its absence) at a reported path, so only the reported changes are filled in. */
function fillIn(result: Record<string, unknown>, after: unknown, path: string): void {
  const segments = parsePath(path) as string[];
  let from: unknown = after;
  let into: Record<string, unknown> = result;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i] as string;
    from = (from as Record<string, unknown> | undefined)?.[key];
    if (typeof into[key] !== "object" || into[key] === null) into[key] = {};
    into = into[key] as Record<string, unknown>;
  }
  const last = segments[segments.length - 1] as string;
  const value = (from as Record<string, unknown> | undefined)?.[last];
  if (value === undefined) delete into[last];
  else into[last] = structuredClone(value);
}

const withoutUpdateTime = (value: Installation) => ({ ...value, updateTime: undefined });
const RUNS = { numRuns: 80 };

describe("diffInstallation", () => {
  test("round trip: the request applied to `before` gives `after` on everything it did not report", () => {
    fc.assert(
      fc.property(installation, fc.array(edit, { maxLength: 6 }), fc.boolean(), (before, edits, subPaths) => {
        // Arrange
        const after = structuredClone(before);
        applyEdits(after, edits);
        const copies = [structuredClone(before), structuredClone(after)];
        // Act
        const { request, unexpressible } = diffInstallation(before, after, { subPaths });
        // Assert: a valid request, inputs untouched, and nothing lost silently
        expect([before, after]).toEqual(copies);
        let result = before;
        if (request !== null) {
          const checked = validateUpdateInstallationRequest(request);
          expect(checked.ok ? [] : checked.problem.issues).toEqual([]);
          result = updateInstallation(before, request, { resolveConnection: () => after.connection });
          expect(nothingFrozen(before)).toBe(true);
        }
        const filled = structuredClone(result) as unknown as Record<string, unknown>;
        for (const change of unexpressible) fillIn(filled, after, change.path);
        expect(withoutUpdateTime(filled as unknown as Installation)).toEqual(withoutUpdateTime(after));
      }),
      RUNS,
    );
  });

  test("reports nothing and sends nothing for an unchanged installation", () => {
    fc.assert(
      fc.property(installation, (before) => {
        expect(diffInstallation(before, structuredClone(before))).toEqual({
          request: null,
          unexpressible: [],
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe("editInstallation", () => {
  test("gives the same request and report as diffInstallation on the same edit", () => {
    fc.assert(
      fc.property(installation, fc.array(edit, { maxLength: 6 }), fc.boolean(), (before, edits, subPaths) => {
        const copy = structuredClone(before);
        const edited = editInstallation(before, (draft) => applyEdits(draft, edits), { subPaths });
        expect(before).toEqual(copy);
        expect(nothingFrozen(edited.installation)).toBe(true);
        const diffed = diffInstallation(before, edited.installation, { subPaths });
        expect(edited.request).toEqual(diffed.request);
        expect(edited.unexpressible).toEqual(diffed.unexpressible);
      }),
      RUNS,
    );
  });
});
