// Every issue a bad request can produce, each pinned as the exact problem body a server would send.
import {
  AmpersandProblemError,
  applyUpdate,
  type InputValidationProblem,
  updateInstallation,
  validateUpdateInstallationRequest,
  validateUpdateRequest,
} from "@fieldmask/ampersand";
import { describe, expect, test } from "vitest";
import { exampleConnection, exampleInstallation, NOW } from "./fixtures.js";

/** The problem body of a request that must fail validation. */
function problemOf(body: unknown, strict = false): InputValidationProblem {
  const result = validateUpdateInstallationRequest(body, { strict });
  if (result.ok) throw new Error("expected the request to be rejected");
  return result.problem;
}

/** The problem body carried by the error updateInstallation throws. */
function thrownBy(run: () => unknown): InputValidationProblem {
  try {
    run();
  } catch (error) {
    if (error instanceof AmpersandProblemError) return error.problem;
    throw error;
  }
  throw new Error("expected an AmpersandProblemError");
}

const read = (objects: unknown) => ({ config: { content: { read: { objects } } } });

describe("request shape", () => {
  test("a body that is not an object", () => {
    expect(problemOf([1])).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "The request body must be a JSON object with updateMask and installation, got an array",
            "in": "body",
            "name": "",
            "title": "Invalid value",
            "type": "about:blank",
            "value": [
              1,
            ],
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("missing updateMask and installation", () => {
    expect(problemOf({})).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (2 issues).",
        "issues": [
          {
            "context": {
              "code": "missing_value",
            },
            "detail": "updateMask is required",
            "in": "body",
            "name": "updateMask",
            "title": "Missing value",
            "type": "about:blank",
          },
          {
            "context": {
              "code": "missing_value",
            },
            "detail": "installation is required",
            "in": "body",
            "name": "installation",
            "title": "Missing value",
            "type": "about:blank",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("installation that is not an object", () => {
    expect(problemOf({ updateMask: ["connectionId"], installation: "x" })).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "installation must be an object",
            "in": "body",
            "name": "installation",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "x",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("updateMask that is not an array", () => {
    expect(problemOf({ updateMask: "connectionId", installation: {} })).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "not_an_array",
            },
            "detail": "The mask is not an array of paths (got string)",
            "in": "body",
            "name": "updateMask",
            "title": "Update mask is not an array",
            "type": "about:blank",
            "value": "connectionId",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("an empty updateMask", () => {
    expect(problemOf({ updateMask: [], installation: {} })).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "empty_mask",
            },
            "detail": "The mask is empty; list at least one path",
            "in": "body",
            "name": "updateMask",
            "remedy": "List at least one path. Allowed paths: connectionId, config.createdBy, config.content.read.objects.<objectName>.**, config.content.write.objects.<objectName>, config.content.write.objects, config.content.subscribe.objects.<objectName>, config.content.subscribe.objects, config.content.proxy.enabled",
            "title": "Empty update mask",
            "type": "about:blank",
            "value": [],
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });
});

describe("path syntax and limits", () => {
  test("a path that is not a string", () => {
    expect(problemOf({ updateMask: [42], installation: {} })).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "not_a_string",
            },
            "detail": "Path 0 is not a string (got number)",
            "in": "body",
            "name": "updateMask[0]",
            "title": "Path is not a string",
            "type": "about:blank",
            "value": 42,
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("an empty path", () => {
    expect(problemOf({ updateMask: [""], installation: {} })).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "empty_path",
              "column": 1,
            },
            "detail": "Path 0 ("") is empty at column 1",
            "in": "body",
            "name": "updateMask[0]",
            "title": "Empty path",
            "type": "about:blank",
            "value": "",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("an empty segment, with its column", () => {
    expect(problemOf({ updateMask: ["config..createdBy"], installation: {} })).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "empty_segment",
              "column": 8,
            },
            "detail": "Path 0 ("config..createdBy") has an empty segment at column 8",
            "in": "body",
            "name": "updateMask[0]",
            "title": "Empty path segment",
            "type": "about:blank",
            "value": "config..createdBy",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a dangling escape", () => {
    expect(problemOf({ updateMask: ["config.createdBy\\"], installation: {} })).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "dangling_escape",
              "column": 17,
            },
            "detail": "Path 0 ("config.createdBy\\\\") ends with a lone backslash at column 17",
            "in": "body",
            "name": "updateMask[0]",
            "title": "Dangling escape",
            "type": "about:blank",
            "value": "config.createdBy\\",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a forbidden segment, escaped or not", () => {
    expect(
      problemOf({
        updateMask: ["config.content.read.objects.__proto__", "config.\\constructor"],
        installation: {},
      }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (2 issues).",
        "issues": [
          {
            "context": {
              "code": "forbidden_segment",
              "column": 29,
            },
            "detail": "Path 0 ("config.content.read.objects.__proto__") has the forbidden segment "__proto__" at column 29",
            "in": "body",
            "name": "updateMask[0]",
            "title": "Forbidden path segment",
            "type": "about:blank",
            "value": "config.content.read.objects.__proto__",
          },
          {
            "context": {
              "code": "forbidden_segment",
              "column": 8,
            },
            "detail": "Path 1 ("config.\\\\constructor") has the forbidden segment "constructor" at column 8",
            "in": "body",
            "name": "updateMask[1]",
            "title": "Forbidden path segment",
            "type": "about:blank",
            "value": "config.\\constructor",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("too many paths", () => {
    const body = { updateMask: ["connectionId", "config.createdBy"], installation: {} };
    const result = validateUpdateRequest("installation", body, { limits: { maxPaths: 1 } });
    expect(result.ok ? undefined : result.problem).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "limit_exceeded",
            },
            "detail": "The mask has 2 paths, more than the limit of 1",
            "in": "body",
            "name": "updateMask",
            "title": "Limit exceeded",
            "type": "about:blank",
            "value": [
              "connectionId",
              "config.createdBy",
            ],
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a path that is too long", () => {
    const body = { updateMask: [`config.content.read.objects.${"x".repeat(40)}`], installation: {} };
    const result = validateUpdateRequest("installation", body, { limits: { maxPathLength: 32 } });
    expect(result.ok ? undefined : result.problem).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "limit_exceeded",
              "column": 33,
            },
            "detail": "Path 0 ("config.content.read.objects.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") is longer than 32 characters at column 33",
            "in": "body",
            "name": "updateMask[0]",
            "title": "Limit exceeded",
            "type": "about:blank",
            "value": "config.content.read.objects.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });
});

describe("allow-list", () => {
  test("a path that is not allowed, with a suggestion", () => {
    expect(
      problemOf({ updateMask: ["config.content.proxy.enable"], installation: {} }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "not_allowed",
              "suggestion": "config.content.proxy.enabled",
            },
            "detail": "Path 0 ("config.content.proxy.enable") is not an allowed path; did you mean "config.content.proxy.enabled"?",
            "in": "body",
            "name": "updateMask[0]",
            "remedy": "Did you mean "config.content.proxy.enabled"?",
            "title": "Path not allowed",
            "type": "about:blank",
            "value": "config.content.proxy.enable",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a path that is not allowed, with the allowed list", () => {
    expect(problemOf({ updateMask: ["healthStatus"], installation: {} })).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "not_allowed",
            },
            "detail": "Path 0 ("healthStatus") is not an allowed path",
            "in": "body",
            "name": "updateMask[0]",
            "remedy": "Allowed paths: connectionId, config.createdBy, config.content.read.objects.<objectName>.**, config.content.write.objects.<objectName>, config.content.write.objects, config.content.subscribe.objects.<objectName>, config.content.subscribe.objects, config.content.proxy.enabled",
            "title": "Path not allowed",
            "type": "about:blank",
            "value": "healthStatus",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("the JWT key's `name` (the spec's prose) is refused with `label` suggested", () => {
    const result = validateUpdateRequest("jwtKey", { updateMask: ["name"], jwtKey: { name: "renamed" } });
    expect(result.ok ? undefined : result.problem).toMatchInlineSnapshot(`
      {
        "detail": "The updateJWTKey request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "not_allowed",
              "suggestion": "label",
            },
            "detail": "Path 0 ("name") is not an allowed path",
            "in": "body",
            "name": "updateMask[0]",
            "remedy": "Did you mean "label"?",
            "title": "Path not allowed",
            "type": "about:blank",
            "value": "name",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a duplicate path", () => {
    expect(
      problemOf({
        updateMask: ["config.createdBy", "config.createdBy"],
        installation: { config: { createdBy: "builder:b" } },
      }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "duplicate_path",
            },
            "detail": "Path 1 ("config.createdBy") repeats path 0",
            "in": "body",
            "name": "updateMask[1]",
            "remedy": "List each path once.",
            "title": "Duplicate path",
            "type": "about:blank",
            "value": "config.createdBy",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });
});

describe("values", () => {
  test("a masked path without a value", () => {
    expect(
      problemOf({ updateMask: ["config.content.proxy.enabled"], installation: { config: {} } }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "missing_value",
            },
            "detail": "Path 0 ("config.content.proxy.enabled") has no value in the body at config.content",
            "in": "body",
            "name": "installation.config.content",
            "remedy": "Add a value at installation.config.content, or remove the path from updateMask.",
            "title": "Missing value",
            "type": "about:blank",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a path through a non-object", () => {
    expect(
      problemOf({ updateMask: ["config.content.proxy.enabled"], installation: { config: "x" } }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "not_traversable",
            },
            "detail": "Path 0 ("config.content.proxy.enabled") goes through config, which is string; it has no fields",
            "in": "body",
            "name": "installation.config",
            "title": "Path not traversable",
            "type": "about:blank",
            "value": "x",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a wrong type: installation.config.content.proxy.enabled", () => {
    expect(
      problemOf({
        updateMask: ["config.content.proxy.enabled"],
        installation: { config: { content: { proxy: { enabled: "yes" } } } },
      }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.proxy.enabled") has an invalid value at config.content.proxy.enabled: expected a boolean, got string "yes"",
            "in": "body",
            "name": "installation.config.content.proxy.enabled",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "yes",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("createdBy must be consumer:… or builder:…", () => {
    expect(
      problemOf({ updateMask: ["config.createdBy"], installation: { config: { createdBy: "admin" } } }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.createdBy") has an invalid value at config.createdBy: expected "consumer:<consumer-id>" or "builder:<builder-id>", got "admin"",
            "in": "body",
            "name": "installation.config.createdBy",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "admin",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("schedule must be a cron expression", () => {
    expect(
      problemOf({
        updateMask: ["config.content.read.objects.contacts", "config.content.read.objects.leads"],
        installation: read({
          contacts: { schedule: "every 5 minutes" },
          leads: { schedule: "*/5 24 * * *" },
        }),
      }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (2 issues).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.read.objects.contacts") has an invalid value at config.content.read.objects.contacts.schedule: expected a cron expression with 5 fields (minute hour day-of-month month day-of-week), got 3",
            "in": "body",
            "name": "installation.config.content.read.objects.contacts.schedule",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "every 5 minutes",
          },
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 1 ("config.content.read.objects.leads") has an invalid value at config.content.read.objects.leads.schedule: cron hour value "24" is out of range 0-23",
            "in": "body",
            "name": "installation.config.content.read.objects.leads.schedule",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "*/5 24 * * *",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("enums and nested types in a read object", () => {
    expect(
      problemOf({
        updateMask: ["config.content.read.objects.contacts"],
        installation: read({
          contacts: {
            objectName: "contacts",
            selectedFields: { email: "yes" },
            selectedFieldsAuto: "some",
            backfill: { defaultPeriod: { days: -1 } },
            fieldFilters: [{ fieldName: "status", operator: "ne" }],
          },
        }),
      }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (4 issues).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.read.objects.contacts") has an invalid value at config.content.read.objects.contacts.selectedFields.email: expected a boolean, got string "yes"",
            "in": "body",
            "name": "installation.config.content.read.objects.contacts.selectedFields.email",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "yes",
          },
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.read.objects.contacts") has an invalid value at config.content.read.objects.contacts.selectedFieldsAuto: expected one of "all", got string "some"",
            "in": "body",
            "name": "installation.config.content.read.objects.contacts.selectedFieldsAuto",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "some",
          },
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.read.objects.contacts") has an invalid value at config.content.read.objects.contacts.backfill.defaultPeriod.days: expected a non-negative integer, got -1",
            "in": "body",
            "name": "installation.config.content.read.objects.contacts.backfill.defaultPeriod.days",
            "title": "Invalid value",
            "type": "about:blank",
            "value": -1,
          },
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.read.objects.contacts") has an invalid value at config.content.read.objects.contacts.fieldFilters.0.operator: expected one of "eq", got string "ne"",
            "in": "body",
            "name": "installation.config.content.read.objects.contacts.fieldFilters[0].operator",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "ne",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("required fields of write and subscribe objects", () => {
    expect(
      problemOf({
        updateMask: ["config.content.write.objects.leads", "config.content.subscribe.objects.leads"],
        installation: {
          config: {
            content: {
              write: { objects: { leads: {} } },
              subscribe: { objects: { leads: { objectName: "leads" } } },
            },
          },
        },
      }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (3 issues).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.write.objects.leads") has an invalid value at config.content.write.objects.leads.objectName: required property is missing",
            "in": "body",
            "name": "installation.config.content.write.objects.leads.objectName",
            "title": "Invalid value",
            "type": "about:blank",
          },
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 1 ("config.content.subscribe.objects.leads") has an invalid value at config.content.subscribe.objects.leads.destination: required property is missing",
            "in": "body",
            "name": "installation.config.content.subscribe.objects.leads.destination",
            "title": "Invalid value",
            "type": "about:blank",
          },
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 1 ("config.content.subscribe.objects.leads") has an invalid value at config.content.subscribe.objects.leads.inheritFieldsAndMappings: required property is missing",
            "in": "body",
            "name": "installation.config.content.subscribe.objects.leads.inheritFieldsAndMappings",
            "title": "Invalid value",
            "type": "about:blank",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a whole write-objects map is checked object by object", () => {
    expect(
      problemOf({
        updateMask: ["config.content.write.objects"],
        installation: {
          config: {
            content: { write: { objects: { leads: { objectName: "leads", deletionSettings: {} } } } },
          },
        },
      }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.write.objects") has an invalid value at config.content.write.objects.leads.deletionSettings.enabled: required property is missing",
            "in": "body",
            "name": "installation.config.content.write.objects.leads.deletionSettings.enabled",
            "title": "Invalid value",
            "type": "about:blank",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a value below a read object is checked against the read object's schema", () => {
    expect(
      problemOf({
        updateMask: [
          "config.content.read.objects.contacts.disabled",
          "config.content.read.objects.leads.selectedFields",
        ],
        installation: read({ contacts: { disabled: "true" }, leads: { selectedFields: { email: 1 } } }),
      }),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (2 issues).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.read.objects.contacts.disabled") has an invalid value at config.content.read.objects.contacts.disabled: expected a boolean, got string "true"",
            "in": "body",
            "name": "installation.config.content.read.objects.contacts.disabled",
            "title": "Invalid value",
            "type": "about:blank",
            "value": "true",
          },
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 1 ("config.content.read.objects.leads.selectedFields") has an invalid value at config.content.read.objects.leads.selectedFields.email: expected a boolean, got number 1",
            "in": "body",
            "name": "installation.config.content.read.objects.leads.selectedFields.email",
            "title": "Invalid value",
            "type": "about:blank",
            "value": 1,
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("strict: body fields outside the mask", () => {
    expect(
      problemOf(
        {
          updateMask: ["config.content.read.objects.contacts"],
          installation: {
            config: { content: { proxy: { enabled: true }, read: { objects: { contacts: {}, leads: {} } } } },
          },
          extra: 1,
        },
        true,
      ),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (3 issues).",
        "issues": [
          {
            "context": {
              "code": "ignored_field",
            },
            "detail": "extra is not part of an updateInstallation request, so the API would ignore it",
            "in": "body",
            "name": "extra",
            "remedy": "Leave the field out of the body.",
            "title": "Field not in update mask",
            "type": "about:blank",
            "value": 1,
          },
          {
            "context": {
              "code": "ignored_field",
            },
            "detail": "installation.config.content.proxy is not covered by any updateMask path, so the API would ignore it",
            "in": "body",
            "name": "installation.config.content.proxy",
            "remedy": "Add its path to updateMask, or leave the field out of the body.",
            "title": "Field not in update mask",
            "type": "about:blank",
            "value": {
              "enabled": true,
            },
          },
          {
            "context": {
              "code": "ignored_field",
            },
            "detail": "installation.config.content.read.objects.leads is not covered by any updateMask path, so the API would ignore it",
            "in": "body",
            "name": "installation.config.content.read.objects.leads",
            "remedy": "Add its path to updateMask, or leave the field out of the body.",
            "title": "Field not in update mask",
            "type": "about:blank",
            "value": {},
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("issues of several paths come in mask order", () => {
    const problem = problemOf({
      updateMask: ["config.content.read.objects.contacts.disabled", "nope", "config.createdBy"],
      installation: {
        config: { createdBy: 7, content: { read: { objects: { contacts: { disabled: 1 } } } } },
      },
    });
    expect(problem.issues?.map((issue) => issue.name)).toEqual([
      "installation.config.content.read.objects.contacts.disabled",
      "updateMask[1]",
      "installation.config.createdBy",
    ]);
  });
});

describe("applying", () => {
  test("connectionId without resolveConnection", () => {
    const request = { updateMask: ["connectionId"], installation: { connectionId: "connection-999" } };
    expect(thrownBy(() => updateInstallation(exampleInstallation(), request))).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "no_connection_resolver",
            },
            "detail": "Path 0 ("connectionId") switches the connection, but this server cannot look connections up",
            "in": "body",
            "name": "installation.connectionId",
            "remedy": "Pass options.resolveConnection to updateInstallation/applyUpdate.",
            "title": "Connection cannot be resolved",
            "type": "about:blank",
            "value": "connection-999",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("connectionId that resolves to nothing", () => {
    const request = { updateMask: ["connectionId"], installation: { connectionId: "connection-999" } };
    expect(
      thrownBy(() =>
        updateInstallation(exampleInstallation(), request, { resolveConnection: () => undefined }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "unknown_connection",
            },
            "detail": "Path 0 ("connectionId"): there is no connection "connection-999"",
            "in": "body",
            "name": "installation.connectionId",
            "remedy": "Use the ID of an existing connection of this project.",
            "title": "Unknown connection",
            "type": "about:blank",
            "value": "connection-999",
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a credential that does not match the connection's auth scheme", () => {
    const request = {
      updateMask: ["basicAuth"],
      connection: { basicAuth: { username: "u", password: "p" } },
    };
    expect(thrownBy(() => applyUpdate("connection", exampleConnection(), request))).toMatchInlineSnapshot(`
      {
        "detail": "The updateConnection request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("basicAuth") sets basicAuth credentials, but the connection's authScheme is "oauth2/authorizationCode", not "basic"",
            "in": "body",
            "name": "connection.basicAuth",
            "remedy": "Only a connection with authScheme "basic" takes basicAuth.",
            "title": "Invalid value",
            "type": "about:blank",
            "value": {
              "password": "p",
              "username": "u",
            },
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a path through a non-object of the current installation", () => {
    const current = exampleInstallation();
    (current.config.content as unknown as Record<string, unknown>).proxy = "on";
    const request = { updateMask: ["config.content.proxy.enabled"], installation: read({}) };
    (request.installation.config.content as Record<string, unknown>).proxy = { enabled: false };
    expect(thrownBy(() => updateInstallation(current, request, { now: NOW }))).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "not_traversable",
            },
            "detail": "Path 0 ("config.content.proxy.enabled") goes through config.content.proxy, which is not an object in the current installation",
            "in": "body",
            "name": "installation.config.content.proxy.enabled",
            "title": "Path not traversable",
            "type": "about:blank",
            "value": false,
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("a value that is not JSON data", () => {
    const request = {
      updateMask: ["config.content.read.objects.contacts"],
      installation: read({
        contacts: { fieldFilters: [{ fieldName: "score", operator: "eq", value: Number.NaN }] },
      }),
    };
    expect(thrownBy(() => updateInstallation(exampleInstallation(), request))).toMatchInlineSnapshot(`
      {
        "detail": "The updateInstallation request is invalid (1 issue).",
        "issues": [
          {
            "context": {
              "code": "invalid_value",
            },
            "detail": "Path 0 ("config.content.read.objects.contacts") has an invalid value at "config.content.read.objects.contacts.fieldFilters.0.value": NaN is not JSON data",
            "in": "body",
            "name": "installation.config.content.read.objects.contacts.fieldFilters[0].value",
            "title": "Invalid value",
            "type": "about:blank",
            "value": NaN,
          },
        ],
        "status": 400,
        "title": "Bad Request",
        "type": "about:blank",
      }
    `);
  });

  test("the error carries the problem and a message", () => {
    let caught: unknown;
    try {
      updateInstallation(exampleInstallation(), { updateMask: [], installation: {} });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AmpersandProblemError);
    expect((caught as AmpersandProblemError).name).toBe("AmpersandProblemError");
    expect((caught as AmpersandProblemError).message).toBe(
      "The updateInstallation request is invalid (1 issue).",
    );
  });
});
