import { applyUpdate, type Installation, updateInstallation } from "@fieldmask/ampersand";
import { describe, expect, test } from "vitest";
import {
  deepFreeze,
  exampleConnection,
  exampleInstallation,
  exampleJwtKey,
  NOW,
  nothingFrozen,
} from "./fixtures.js";

// The example request of the "Update an installation" reference page, verbatim.
const SEED_REQUEST = {
  updateMask: ["config.content.read.objects.contacts"],
  installation: {
    config: {
      content: {
        read: {
          objects: {
            contacts: {
              objectName: "contacts",
              schedule: "*/30 * * * *",
              destination: "contactsWebhook",
              selectedFields: { email: true, phone: true },
            },
          },
        },
      },
    },
  },
};

describe("the reference page's example", () => {
  test("replaces the contacts read config and nothing else", () => {
    // Arrange
    const before = exampleInstallation();
    const snapshot = structuredClone(before);
    // Act
    const after = updateInstallation(before, SEED_REQUEST, { now: NOW });
    // Assert: the documented result, i.e. the whole contacts object replaced (not merged) …
    expect(after.config.content.read?.objects.contacts).toEqual({
      objectName: "contacts",
      schedule: "*/30 * * * *",
      destination: "contactsWebhook",
      selectedFields: { email: true, phone: true },
    });
    expect(after.updateTime).toBe("2026-01-02T03:04:05.000Z");
    // … every other field as it was, and untouched subtrees shared by reference
    expect({ ...after, updateTime: snapshot.updateTime }).toEqual({
      ...snapshot,
      config: {
        ...snapshot.config,
        content: {
          ...snapshot.config.content,
          read: {
            objects: {
              ...snapshot.config.content.read?.objects,
              contacts: after.config.content.read?.objects.contacts,
            },
          },
        },
      },
    });
    expect(after.connection).toBe(before.connection);
    expect(after.config.content.write).toBe(before.config.content.write);
    expect(after.config.content.subscribe).toBe(before.config.content.subscribe);
    expect(after.config.content.read?.objects.leads).toBe(before.config.content.read?.objects.leads);
    expect(before).toEqual(snapshot);
  });

  test("the result shares no object with the request", () => {
    const request = structuredClone(SEED_REQUEST);
    const after = updateInstallation(exampleInstallation(), request, { now: NOW });
    const written = after.config.content.read?.objects.contacts;
    expect(written).not.toBe(request.installation.config.content.read.objects.contacts);
    expect(written?.selectedFields).not.toBe(
      request.installation.config.content.read.objects.contacts.selectedFields,
    );
    request.installation.config.content.read.objects.contacts.selectedFields.email = false;
    expect(written?.selectedFields?.email).toBe(true);
  });
});

describe("the request shapes Ampersand's clients send", () => {
  test("one path per read object, with the whole draft content as the body", () => {
    const before = exampleInstallation();
    const draft = structuredClone(before.config.content) as Installation["config"]["content"];
    const objects = draft.read?.objects ?? {};
    (objects.leads as { schedule: string }).schedule = "*/10 * * * *";
    (objects.contacts as { schedule: string }).schedule = "0 0 * * *"; // edited in the draft, but not masked
    (draft.proxy as { enabled: boolean }).enabled = false; // likewise
    const after = updateInstallation(
      before,
      { updateMask: ["config.content.read.objects.leads"], installation: { config: { content: draft } } },
      { now: NOW },
    );
    expect(after.config.content.read?.objects.leads?.schedule).toBe("*/10 * * * *");
    expect(after.config.content.read?.objects.contacts).toBe(before.config.content.read?.objects.contacts);
    expect(after.config.content.proxy).toBe(before.config.content.proxy);
  });

  test("config.content.write.objects with {} clears every write object", () => {
    const before = exampleInstallation();
    const after = updateInstallation(
      before,
      {
        updateMask: ["config.content.write.objects"],
        installation: { config: { content: { write: { objects: {} } } } },
      },
      { now: NOW },
    );
    expect(after.config.content.write).toEqual({ objects: {} });
    expect(before.config.content.write?.objects).toHaveProperty("notes");
  });

  test("a body that carries proxy without a proxy path: proxy is ignored", () => {
    const before = exampleInstallation();
    const after = updateInstallation(
      before,
      {
        updateMask: ["config.content.write.objects.deals"],
        installation: {
          config: {
            content: { proxy: { enabled: false }, write: { objects: { deals: { objectName: "deals" } } } },
          },
        },
      },
      { now: NOW },
    );
    expect(after.config.content.proxy).toBe(before.config.content.proxy);
    expect(after.config.content.proxy?.enabled).toBe(true);
    expect(after.config.content.write?.objects?.deals).toEqual({ objectName: "deals" });
  });

  test("config.content.read.objects.<objectName>.disabled pauses one object", () => {
    const before = exampleInstallation();
    const after = updateInstallation(
      before,
      {
        updateMask: ["config.content.read.objects.contacts.disabled"],
        installation: { config: { content: { read: { objects: { contacts: { disabled: true } } } } } },
      },
      { now: NOW },
    );
    expect(after.config.content.read?.objects.contacts).toEqual({
      ...before.config.content.read?.objects.contacts,
      disabled: true,
    });
    expect(after.config.content.read?.objects.contacts?.selectedFields).toBe(
      before.config.content.read?.objects.contacts?.selectedFields,
    );
  });

  test("the proxy switch and the config's author", () => {
    const after = updateInstallation(
      exampleInstallation(),
      {
        updateMask: ["config.content.proxy.enabled", "config.createdBy"],
        installation: {
          config: { createdBy: "consumer:consumer-9", content: { proxy: { enabled: false } } },
        },
      },
      { now: NOW },
    );
    expect(after.config.content.proxy).toEqual({ enabled: false });
    expect(after.config.createdBy).toBe("consumer:consumer-9");
  });

  test("a `*` path replaces each object the body has, and keeps the others", () => {
    const before = exampleInstallation();
    const after = updateInstallation(
      before,
      {
        updateMask: ["config.content.read.objects.*.disabled"],
        installation: { config: { content: { read: { objects: { leads: { disabled: true } } } } } },
      },
      { now: NOW },
    );
    expect(after.config.content.read?.objects.leads?.disabled).toBe(true);
    expect(after.config.content.read?.objects.contacts).toBe(before.config.content.read?.objects.contacts);
  });

  test("a path into a section the installation does not have yet creates it", () => {
    const before = exampleInstallation();
    delete before.config.content.subscribe;
    const object = { objectName: "leads", destination: "leadsWebhook", inheritFieldsAndMappings: false };
    const after = updateInstallation(
      before,
      {
        updateMask: ["config.content.subscribe.objects.leads"],
        installation: { config: { content: { subscribe: { objects: { leads: object } } } } },
      },
      { now: NOW },
    );
    expect(after.config.content.subscribe).toEqual({ objects: { leads: object } });
  });
});

describe("connectionId", () => {
  test("replaces the connection with the resolved one", () => {
    const other = exampleConnection("connection-456");
    const seen: string[] = [];
    const after = updateInstallation(
      exampleInstallation(),
      { updateMask: ["connectionId"], installation: { connectionId: "connection-456" } },
      {
        now: NOW,
        resolveConnection: (id) => {
          seen.push(id);
          return id === other.id ? other : undefined;
        },
      },
    );
    expect(seen).toEqual(["connection-456"]);
    expect(after.connection).toBe(other);
  });
});

describe("options", () => {
  test("freeze: false (the default) freezes nothing", () => {
    const after = updateInstallation(exampleInstallation(), SEED_REQUEST, { now: NOW });
    expect(nothingFrozen(after)).toBe(true);
  });

  test("freeze: true freezes what the update made, never what it shares with the input", () => {
    const before = exampleInstallation();
    const other = exampleConnection("connection-456");
    const after = updateInstallation(
      before,
      {
        updateMask: ["config.content.read.objects.contacts", "connectionId"],
        installation: { ...SEED_REQUEST.installation, connectionId: "connection-456" },
      },
      { now: NOW, freeze: true, resolveConnection: () => other },
    );
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.config.content.read?.objects)).toBe(true);
    expect(Object.isFrozen(after.config.content.read?.objects.contacts?.selectedFields)).toBe(true);
    expect(nothingFrozen(before)).toBe(true);
    expect(nothingFrozen(other)).toBe(true);
  });

  test("a frozen input is fine: it is never written", () => {
    const before = deepFreeze(exampleInstallation());
    const after = updateInstallation(before, SEED_REQUEST, { now: NOW });
    expect(after.config.content.read?.objects.contacts?.schedule).toBe("*/30 * * * *");
  });

  test("now defaults to the current time", () => {
    const start = Date.now();
    const after = updateInstallation(exampleInstallation(), SEED_REQUEST);
    const stamped = Date.parse(after.updateTime ?? "");
    expect(stamped).toBeGreaterThanOrEqual(start);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  test("strict rejects what the default ignores", () => {
    const request = { ...SEED_REQUEST, installation: { ...SEED_REQUEST.installation, connectionId: "x" } };
    expect(() => updateInstallation(exampleInstallation(), request, { now: NOW })).not.toThrow();
    expect(() => updateInstallation(exampleInstallation(), request, { now: NOW, strict: true })).toThrow(
      "The updateInstallation request is invalid (1 issue).",
    );
  });
});

describe("the other seven endpoints", () => {
  test("updateJWTKey: deactivate and relabel", () => {
    const before = exampleJwtKey();
    const after = applyUpdate(
      "jwtKey",
      before,
      { updateMask: ["active", "label"], jwtKey: { active: false, label: "deprecated-key" } },
      { now: NOW },
    );
    expect(after).toEqual({
      ...before,
      active: false,
      label: "deprecated-key",
      updateTime: "2026-01-02T03:04:05.000Z",
    });
  });

  test("updateConnection: the credential of the connection's own auth scheme", () => {
    const before = { ...exampleConnection(), authScheme: "apiKey" as const, apiKey: "old" };
    const after = applyUpdate(
      "connection",
      before,
      { updateMask: ["apiKey"], connection: { apiKey: "new" } },
      { now: NOW },
    );
    expect(after.apiKey).toBe("new");
    expect(after.group).toBe(before.group);
  });

  test("updateDestination: one metadata field, the rest of metadata kept", () => {
    const before = {
      id: "d1",
      name: "leadConvertedWebhook",
      type: "webhook",
      metadata: { url: "https://a.example", headers: { Authorization: "Bearer 1" } },
      createTime: "2024-01-01T00:00:00Z",
    };
    const after = applyUpdate(
      "destination",
      before,
      { updateMask: ["metadata.url"], destination: { metadata: { url: "https://b.example" } } },
      { now: NOW },
    );
    expect(after.metadata).toEqual({ url: "https://b.example", headers: { Authorization: "Bearer 1" } });
    expect(after.metadata.headers).toBe(before.metadata.headers);
  });

  test("updateApiKey has no updateTime to stamp", () => {
    const before = { key: "k", projectId: "p", label: "old", scopes: ["full"], active: true };
    const after = applyUpdate(
      "apiKey",
      before,
      { updateMask: ["scopes"], apiKey: { scopes: ["frontend"] } },
      { now: NOW },
    );
    expect(after).toEqual({ ...before, scopes: ["frontend"] });
  });
});
