// Hostile input: prototype-pollution payloads, accessors and inherited names must never reach a built-in.
import {
  diffInstallation,
  updateInstallation,
  validateUpdateInstallationRequest,
} from "@fieldmask/ampersand";
import { afterEach, describe, expect, test } from "vitest";
import { exampleInstallation, NOW } from "./fixtures.js";

const BUILT_INS = [Object.prototype, Array.prototype, Function.prototype, Object, Array];
const snapshot = () => BUILT_INS.map((value) => Object.getOwnPropertyNames(value).sort().join(","));
const before = snapshot();

afterEach(() => {
  expect(snapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** The codes of a rejected request's issues, or "ok". */
function codes(body: unknown): string[] | "ok" {
  const result = validateUpdateInstallationRequest(body);
  return result.ok
    ? "ok"
    : (result.problem.issues ?? []).map((issue) => (issue.context as { code: string }).code);
}

describe("paths", () => {
  test.each([
    "config.content.read.objects.__proto__",
    "config.content.read.objects.constructor",
    "config.content.read.objects.prototype",
    "config.content.read.objects.\\_\\_proto\\_\\_",
    "__proto__.polluted",
    "constructor.prototype.polluted",
  ])("%s is a forbidden segment", (path) => {
    expect(codes({ updateMask: [path], installation: {} })).toEqual(["forbidden_segment"]);
  });

  test("a `*` path never reaches a __proto__ key JSON.parse made", () => {
    const body = JSON.parse(
      '{"updateMask":["config.content.read.objects.*"],"installation":{"config":{"content":{"read":{"objects":{"__proto__":{"polluted":true}}}}}}}',
    );
    expect(codes(body)).toContain("forbidden_segment");
    expect(() => updateInstallation(exampleInstallation(), body, { now: NOW })).toThrow();
  });

  test("an object named like an inherited method is an ordinary own key", () => {
    const after = updateInstallation(
      exampleInstallation(),
      {
        updateMask: [
          "config.content.read.objects.toString",
          "config.content.read.objects.hasOwnProperty.disabled",
        ],
        installation: {
          config: {
            content: {
              read: { objects: { toString: { objectName: "toString" }, hasOwnProperty: { disabled: true } } },
            },
          },
        },
      },
      { now: NOW },
    );
    const objects = after.config.content.read?.objects ?? {};
    expect(Object.hasOwn(objects, "toString")).toBe(true);
    expect(Object.hasOwn(objects, "hasOwnProperty")).toBe(true);
    expect(typeof Object.prototype.toString).toBe("function");
  });
});

describe("values", () => {
  test("a __proto__ key inside a value is refused, by validation and by apply alike", () => {
    const body = JSON.parse(
      '{"updateMask":["config.content.read.objects.contacts"],"installation":{"config":{"content":{"read":{"objects":{"contacts":{"selectedFields":{"__proto__":true,"email":true}}}}}}}}',
    );
    const result = validateUpdateInstallationRequest(body);
    expect(result.ok ? [] : result.problem.issues?.map((issue) => issue.name)).toEqual([
      "installation.config.content.read.objects.contacts.selectedFields.__proto__",
    ]);
    expect(() => updateInstallation(exampleInstallation(), body, { now: NOW })).toThrow();
  });

  test("getters in the body are never run", () => {
    let calls = 0;
    const installation = {};
    Object.defineProperty(installation, "config", {
      enumerable: true,
      get() {
        calls++;
        return { content: { proxy: { enabled: true } } };
      },
    });
    const body = { updateMask: ["config.content.proxy.enabled"], installation };
    expect(validateUpdateInstallationRequest(body, { strict: true }).ok).toBe(false);
    expect(() => updateInstallation(exampleInstallation(), body, { now: NOW })).toThrow();
    expect(calls).toBe(0);
  });

  test("a value nested 100,000 deep is refused without a stack overflow", () => {
    let deep: unknown = true;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const body = {
      updateMask: ["config.content.read.objects.contacts"],
      installation: {
        config: { content: { read: { objects: { contacts: { selectedValueMappings: deep } } } } },
      },
    };
    expect(validateUpdateInstallationRequest(body).ok).toBe(false);
    expect(() => updateInstallation(exampleInstallation(), body, { now: NOW })).toThrow();
  });
});

describe("diff", () => {
  test("a __proto__ object in `after` is reported, never sent", () => {
    const before = exampleInstallation();
    const after = structuredClone(before);
    const objects = JSON.parse(
      '{"__proto__":{"objectName":"x","selectedFields":{},"selectedFieldMappings":{}}}',
    );
    Object.defineProperty(after.config.content.read?.objects, "__proto__", {
      value: Object.getOwnPropertyDescriptor(objects, "__proto__")?.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const { request, unexpressible } = diffInstallation(before, after);
    expect(request).toBeNull();
    expect(unexpressible.map((change) => change.kind)).toEqual(["added"]);
  });
});
