import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateUpdateRequest } from "@fieldmask/ampersand";
import { serve } from "@hono/node-server";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/create-app.js";
import { ResourceStore } from "../src/resource-store.js";

const EXAMPLES = new URL("../../ampersand/", import.meta.url);
const readExample = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, EXAMPLES), "utf8")) as Record<string, unknown>;

const INSTALLATION = readExample("installation.json") as {
  id: string;
  projectId: string;
  integrationId: string;
  config: { content: { read: { objects: Record<string, unknown> }; proxy: { enabled: boolean } } };
};
const SCOPE = `${INSTALLATION.projectId}/${INSTALLATION.integrationId}`;
const PATH = `/v1/projects/${INSTALLATION.projectId}/integrations/${INSTALLATION.integrationId}/installations/${INSTALLATION.id}`;

interface Running {
  readonly url: string;
  readonly store: ResourceStore;
  close(): Promise<void>;
}

/** Starts the app on a free loopback port over a store (a fresh in-memory one by default). */
function start(store: ResourceStore = seeded(new ResourceStore())): Promise<Running> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: createApp(store).fetch, port: 0, hostname: "127.0.0.1" },
      (info: AddressInfo) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          store,
          close: () =>
            new Promise<void>((done) => {
              // fetch keeps connections alive; drop them so close() does not wait for their timeout.
              (server as Server).closeAllConnections();
              server.close(() => {
                store.close();
                done();
              });
            }),
        }),
    );
  });
}

function stored(store: ResourceStore): { body: typeof INSTALLATION; version: number } {
  const row = store.get("installation", SCOPE, INSTALLATION.id);
  if (row === undefined) throw new Error("the installation is gone");
  return row as { body: typeof INSTALLATION; version: number };
}

function seeded(store: ResourceStore): ResourceStore {
  store.put("installation", SCOPE, INSTALLATION.id, INSTALLATION);
  store.put("project", "", "project-456", readExample("project.json"));
  return store;
}

function patch(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const readObject = (name: string) => ({
  updateMask: [`config.content.read.objects.${name}`],
  installation: {
    config: {
      content: {
        read: {
          objects: {
            [name]: {
              objectName: name,
              destination: "webhook",
              selectedFields: { id: true },
              selectedFieldMappings: {},
            },
          },
        },
      },
    },
  },
});

describe("example server over real HTTP", () => {
  let running: Running;
  afterEach(async () => {
    await running.close();
  });

  it("GETs an installation with an ETag", async () => {
    running = await start();
    const response = await fetch(`${running.url}${PATH}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"v1"');
    expect(await response.json()).toEqual(INSTALLATION);

    const again = await fetch(`${running.url}${PATH}`, { headers: { "If-None-Match": '"v1"' } });
    expect(again.status).toBe(304);
  });

  it("applies the seed page's request and persists it", async () => {
    // Arrange
    running = await start();
    const seed = readExample("seed-request.json") as typeof INSTALLATION & {
      installation: typeof INSTALLATION;
    };

    // Act
    const response = await patch(`${running.url}${PATH}`, seed, { "If-Match": '"v1"' });

    // Assert
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"v2"');
    const updated = (await response.json()) as typeof INSTALLATION;
    expect(updated.config.content.read.objects.contacts).toEqual(
      seed.installation.config.content.read.objects.contacts,
    );
    // Everything outside the mask is untouched.
    expect(updated.config.content.read.objects.deals).toEqual(INSTALLATION.config.content.read.objects.deals);
    expect(stored(running.store)).toEqual({ body: updated, version: 2 });
  });

  it("rejects a bad mask with the adapter's problem+json, and changes nothing", async () => {
    running = await start();
    const rejected = readExample("rejected-request.json");

    const response = await patch(`${running.url}${PATH}`, rejected);

    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const expected = validateUpdateRequest("installation", rejected);
    expect(expected.ok).toBe(false);
    expect(await response.json()).toEqual(expected.ok ? undefined : expected.problem);
    expect(stored(running.store).version).toBe(1);
  });

  it("answers malformed JSON with 400, unknown ids with 404, a stale If-Match with 412", async () => {
    running = await start();
    const seed = readExample("seed-request.json");

    const malformed = await patch(`${running.url}${PATH}`, '{"updateMask": [');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toBe("application/problem+json");
    expect(await malformed.json()).toMatchObject({ title: "Bad Request", status: 400 });

    const unknown = await patch(
      `${running.url}${PATH.replace(INSTALLATION.id, "no-such-installation")}`,
      seed,
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ title: "Not Found", status: 404 });
    expect((await fetch(`${running.url}/v1/projects/nope`)).status).toBe(404);

    const stale = await patch(`${running.url}${PATH}`, seed, { "If-Match": '"v0"' });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ title: "Precondition Failed", status: 412 });
    expect(stored(running.store).version).toBe(1);
  });

  it("loses none of many concurrent PATCHes to one installation", async () => {
    running = await start();
    const names = Array.from({ length: 40 }, (_, i) => `object${i}`);

    const responses = await Promise.all(
      names.map((name) => patch(`${running.url}${PATH}`, readObject(name))),
    );

    expect(responses.map((r) => r.status)).toEqual(names.map(() => 200));
    const tags = new Set(responses.map((r) => r.headers.get("etag")));
    expect(tags.size).toBe(names.length); // every write saw its own version
    const row = stored(running.store);
    expect(row.version).toBe(names.length + 1);
    const objects = row.body.config.content.read.objects;
    for (const name of names) expect(objects[name]).toMatchObject({ objectName: name });
    // The objects that were there before are still there.
    for (const name of Object.keys(INSTALLATION.config.content.read.objects))
      expect(objects[name]).toBeDefined();
  });

  it("lets exactly one of many PATCHes with the same If-Match win", async () => {
    running = await start();
    const names = Array.from({ length: 12 }, (_, i) => `race${i}`);

    const responses = await Promise.all(
      names.map((name) => patch(`${running.url}${PATH}`, readObject(name), { "If-Match": '"v1"' })),
    );

    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...names.slice(1).map(() => 412)]);
    const winner = names[responses.findIndex((r) => r.status === 200)] as string;
    const objects = stored(running.store).body.config.content.read.objects;
    expect(names.filter((name) => name in objects)).toEqual([winner]);
  });

  it("updates the other resources at their Ampersand URLs", async () => {
    running = await start();
    const response = await patch(
      `${running.url}/v1/projects/project-456`,
      readExample("project-request.json"),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ appName: "MailMonkey Pro", name: "mailmonkey-staging" });

    const rejected = await patch(`${running.url}/v1/projects/project-456`, {
      updateMask: ["orgId"],
      project: { orgId: "another-org" },
    });
    expect(rejected.status).toBe(400);
    expect(await rejected.json()).toMatchObject({ status: 400, issues: [{ name: "updateMask[0]" }] });
  });
});

describe("restart over the same database file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "fieldmask-server-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every accepted change", async () => {
    // Arrange: a first server writes to the file.
    const file = join(dir, "installations.db");
    const first = await start(seeded(new ResourceStore(file)));
    const names = ["alpha", "beta", "gamma", "delta"];
    const responses = await Promise.all(names.map((name) => patch(`${first.url}${PATH}`, readObject(name))));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const before = await (await fetch(`${first.url}${PATH}`)).json();
    await first.close();

    // The row is on disk, as a second connection sees it.
    const db = new Database(file, { readonly: true });
    const row = db.prepare("SELECT version FROM resources WHERE kind = 'installation'").get() as {
      version: number;
    };
    db.close();
    expect(row.version).toBe(5);

    // Act: a second server over the same file.
    const second = await start(new ResourceStore(file));
    const response = await fetch(`${second.url}${PATH}`);

    // Assert
    expect(response.headers.get("etag")).toBe('"v5"');
    expect(await response.json()).toEqual(before);
    const next = await patch(`${second.url}${PATH}`, readObject("epsilon"), { "If-Match": '"v5"' });
    expect(next.status).toBe(200);
    expect(next.headers.get("etag")).toBe('"v6"');
    await second.close();
  });
});
