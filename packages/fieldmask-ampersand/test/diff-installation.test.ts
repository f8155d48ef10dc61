import {
  diffInstallation,
  diffUpdate,
  editInstallation,
  type Installation,
  updateInstallation,
} from "@fieldmask/ampersand";
import { describe, expect, test } from "vitest";
import { exampleConnection, exampleInstallation, exampleJwtKey, NOW } from "./fixtures.js";

/** A copy of the example installation, edited in place by `edit`. */
function edited(edit: (installation: Installation) => void): [Installation, Installation] {
  const before = exampleInstallation();
  const after = structuredClone(before);
  edit(after);
  return [before, after];
}

describe("diffInstallation", () => {
  test("nothing changed: no request", () => {
    expect(diffInstallation(exampleInstallation(), exampleInstallation())).toEqual({
      request: null,
      unexpressible: [],
    });
  });

  test("one path per changed read object, with only that object in the body", () => {
    const [before, after] = edited((i) => {
      const objects = i.config.content.read?.objects ?? {};
      (objects.contacts as { schedule: string }).schedule = "0 * * * *";
      objects.accounts = { objectName: "accounts", selectedFields: {}, selectedFieldMappings: {} };
    });
    expect(diffInstallation(before, after)).toMatchInlineSnapshot(`
      {
        "request": {
          "installation": {
            "config": {
              "content": {
                "read": {
                  "objects": {
                    "accounts": {
                      "objectName": "accounts",
                      "selectedFieldMappings": {},
                      "selectedFields": {},
                    },
                    "contacts": {
                      "backfill": {
                        "defaultPeriod": {
                          "days": 30,
                        },
                      },
                      "destination": "contactsWebhook",
                      "objectName": "contacts",
                      "schedule": "0 * * * *",
                      "selectedFieldMappings": {
                        "companyName": "company",
                      },
                      "selectedFields": {
                        "email": true,
                        "firstname": true,
                      },
                    },
                  },
                },
              },
            },
          },
          "updateMask": [
            "config.content.read.objects.accounts",
            "config.content.read.objects.contacts",
          ],
        },
        "unexpressible": [],
      }
    `);
  });

  test("a removed read object is unexpressible, with a hint", () => {
    const [before, after] = edited((i) => {
      delete i.config.content.read?.objects.leads;
    });
    expect(diffInstallation(before, after)).toMatchInlineSnapshot(`
      {
        "request": null,
        "unexpressible": [
          {
            "hint": "Set config.content.read.objects.leads.disabled to true to pause it, or remove it with the per-object config-content endpoint (PATCH …/objects/{objectName}/config-content, action "read"), whose JSON Patch operations toJsonPatch can produce.",
            "kind": "removed",
            "path": "config.content.read.objects.leads",
            "reason": "updateInstallation cannot remove a read object: its path takes a value",
          },
        ],
      }
    `);
  });

  test("a removed write object sends the whole write map", () => {
    const [before, after] = edited((i) => {
      const objects = i.config.content.write?.objects ?? {};
      delete objects.notes;
      (objects.contacts as { deletionSettings: { enabled: boolean } }).deletionSettings.enabled = true;
    });
    expect(diffInstallation(before, after).request).toMatchInlineSnapshot(`
      {
        "installation": {
          "config": {
            "content": {
              "write": {
                "objects": {
                  "contacts": {
                    "deletionSettings": {
                      "enabled": true,
                    },
                    "objectName": "contacts",
                  },
                },
              },
            },
          },
        },
        "updateMask": [
          "config.content.write.objects",
        ],
      }
    `);
  });

  test("removing every subscribe object sends {}", () => {
    const [before, after] = edited((i) => {
      i.config.content.subscribe = { objects: {} };
    });
    expect(diffInstallation(before, after).request).toEqual({
      updateMask: ["config.content.subscribe.objects"],
      installation: { config: { content: { subscribe: { objects: {} } } } },
    });
  });

  test("proxy, createdBy and a new connection", () => {
    const [before, after] = edited((i) => {
      i.config.content.proxy = { enabled: false };
      i.config.createdBy = "consumer:consumer-9";
      i.connection = exampleConnection("connection-456");
    });
    expect(diffInstallation(before, after).request).toEqual({
      updateMask: ["config.content.proxy.enabled", "config.createdBy", "connectionId"],
      installation: {
        connectionId: "connection-456",
        config: { createdBy: "consumer:consumer-9", content: { proxy: { enabled: false } } },
      },
    });
  });

  test("read-only and server-set fields are reported, never sent", () => {
    const [before, after] = edited((i) => {
      i.healthStatus = "unhealthy";
      i.updateTime = "2030-01-01T00:00:00Z";
      i.config.revisionId = "revision-2";
      i.config.content.provider = "hubspot";
      i.connection.status = "bad_credentials";
      delete i.config.content.proxy;
    });
    expect(diffInstallation(before, after)).toMatchInlineSnapshot(`
      {
        "request": null,
        "unexpressible": [
          {
            "hint": undefined,
            "kind": "changed",
            "path": "config.content.provider",
            "reason": "read-only: fixed by the integration",
          },
          {
            "hint": "Set config.content.proxy.enabled to false instead.",
            "kind": "removed",
            "path": "config.content.proxy",
            "reason": "no allowed path covers this field or a parent of it",
          },
          {
            "hint": undefined,
            "kind": "changed",
            "path": "config.revisionId",
            "reason": "set by the server to the latest revision (deprecated in requests)",
          },
          {
            "hint": "Update the connection itself with updateConnection, or switch connections with connectionId.",
            "kind": "changed",
            "path": "connection.status",
            "reason": "the connection's own fields are not part of an installation update",
          },
          {
            "hint": undefined,
            "kind": "changed",
            "path": "healthStatus",
            "reason": "read-only: computed by Ampersand",
          },
          {
            "hint": undefined,
            "kind": "changed",
            "path": "updateTime",
            "reason": "set by the server on every update",
          },
        ],
      }
    `);
  });

  test("object names that need escaping", () => {
    const [before, after] = edited((i) => {
      const objects = i.config.content.read?.objects ?? {};
      objects["a.b"] = { objectName: "a.b", selectedFields: {}, selectedFieldMappings: {} };
      objects["*"] = { objectName: "*", selectedFields: {}, selectedFieldMappings: {} };
    });
    expect(diffInstallation(before, after).request?.updateMask).toEqual([
      "config.content.read.objects.\\*",
      "config.content.read.objects.a\\.b",
    ]);
  });

  test("subPaths: one path per changed key of a read object", () => {
    const [before, after] = edited((i) => {
      const contacts = i.config.content.read?.objects.contacts as { disabled?: boolean; schedule?: string };
      contacts.disabled = true;
      contacts.schedule = "0 0 * * *";
    });
    expect(diffInstallation(before, after, { subPaths: true }).request).toEqual({
      updateMask: [
        "config.content.read.objects.contacts.disabled",
        "config.content.read.objects.contacts.schedule",
      ],
      installation: {
        config: { content: { read: { objects: { contacts: { schedule: "0 0 * * *", disabled: true } } } } },
      },
    });
  });

  test("subPaths: a removed key sends the whole object", () => {
    const [before, after] = edited((i) => {
      delete ((i.config.content.read?.objects.contacts ?? {}) as { backfill?: unknown }).backfill;
    });
    expect(diffInstallation(before, after, { subPaths: true }).request?.updateMask).toEqual([
      "config.content.read.objects.contacts",
    ]);
  });

  test("the request applies back to the wanted installation", () => {
    const [before, after] = edited((i) => {
      const read = i.config.content.read?.objects ?? {};
      (read.leads as { disabled?: boolean }).disabled = true;
      delete i.config.content.write?.objects?.contacts;
      i.connection = exampleConnection("connection-456");
    });
    const { request, unexpressible } = diffInstallation(before, after);
    expect(unexpressible).toEqual([]);
    const applied = updateInstallation(before, request, {
      now: NOW,
      resolveConnection: () => after.connection,
    });
    expect({ ...applied, updateTime: after.updateTime }).toEqual(after);
  });

  test("inputs are left as they were, and the body shares nothing with `after`", () => {
    const [before, after] = edited((i) => {
      (i.config.content.read?.objects.contacts as { schedule: string }).schedule = "0 * * * *";
    });
    const copies = [structuredClone(before), structuredClone(after)];
    const { request } = diffInstallation(before, after);
    expect([before, after]).toEqual(copies);
    const sent = request?.installation.config?.content?.read?.objects?.contacts;
    expect(sent).toEqual(after.config.content.read?.objects.contacts);
    expect(sent).not.toBe(after.config.content.read?.objects.contacts);
  });
});

describe("diffUpdate on other endpoints", () => {
  test("a JWT key", () => {
    const before = exampleJwtKey();
    expect(
      diffUpdate("jwtKey", before, { ...before, active: false, label: "old-key", algorithm: "RSA" }),
    ).toEqual({
      request: { updateMask: ["active", "label"], jwtKey: { active: false, label: "old-key" } },
      unexpressible: [],
    });
  });

  test("a destination: one path per metadata field; the type is read-only", () => {
    const before = {
      id: "d1",
      name: "hook",
      type: "webhook",
      metadata: { url: "https://a.example", headers: { A: "1" } },
      createTime: "2024-01-01T00:00:00Z",
    };
    const after = {
      ...before,
      type: "kinesis",
      metadata: { url: "https://a.example", headers: { A: "2" }, region: "eu" },
    };
    expect(diffUpdate("destination", before, after)).toMatchInlineSnapshot(`
      {
        "request": {
          "destination": {
            "metadata": {
              "headers": {
                "A": "2",
              },
              "region": "eu",
            },
          },
          "updateMask": [
            "metadata.headers",
            "metadata.region",
          ],
        },
        "unexpressible": [
          {
            "hint": undefined,
            "kind": "changed",
            "path": "type",
            "reason": "read-only: fixed when the destination was created",
          },
        ],
      }
    `);
  });
});

describe("editInstallation", () => {
  test("edits with immer and returns the request", () => {
    const before = exampleInstallation();
    const result = editInstallation(before, (draft) => {
      (draft.config.content.read?.objects.contacts as { disabled?: boolean }).disabled = true;
      draft.config.content.proxy = { enabled: false };
    });
    expect(result.installation.config.content.read?.objects.contacts?.disabled).toBe(true);
    expect(before.config.content.read?.objects.contacts?.disabled).toBeUndefined();
    expect(result.installation.config.content.write).toBe(before.config.content.write);
    expect(result.request?.updateMask).toEqual([
      "config.content.proxy.enabled",
      "config.content.read.objects.contacts",
    ]);
    expect(result.unexpressible).toEqual([]);
  });

  test("an edit that changes nothing", () => {
    const before = exampleInstallation();
    const result = editInstallation(before, () => {});
    expect(result).toEqual({ installation: before, request: null, unexpressible: [] });
    expect(result.installation).toBe(before);
  });

  test("replacing a value with an equal copy is no change", () => {
    const result = editInstallation(exampleInstallation(), (draft) => {
      // (a draft is a proxy, which structuredClone refuses; JSON copies it)
      draft.connection = JSON.parse(JSON.stringify(draft.connection));
      const objects = draft.config.content.read?.objects ?? {};
      objects.leads = JSON.parse(JSON.stringify(objects.leads));
    });
    expect(result.request).toBeNull();
    expect(result.unexpressible).toEqual([]);
  });

  test("an unexpressible edit", () => {
    const result = editInstallation(exampleInstallation(), (draft) => {
      delete draft.config.content.read?.objects.leads;
      draft.healthStatus = "unhealthy";
    });
    expect(result.request).toBeNull();
    expect(result.unexpressible.map((change) => change.path)).toEqual([
      "config.content.read.objects.leads",
      "healthStatus",
    ]);
  });
});
