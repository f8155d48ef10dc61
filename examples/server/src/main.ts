// Starts the example server: `FIELDMASK_DB=./data.db PORT=8787 pnpm --filter @fieldmask/example-server start`.
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./create-app.js";
import { ResourceStore } from "./resource-store.js";

const store = new ResourceStore(process.env.FIELDMASK_DB ?? ":memory:");
if (store.count("installation") === 0) {
  // An empty database gets the demo installation, so the server has something to GET and PATCH at once.
  const url = new URL("../../ampersand/installation.json", import.meta.url);
  const installation = JSON.parse(readFileSync(url, "utf8")) as {
    id: string;
    projectId: string;
    integrationId: string;
  };
  store.put(
    "installation",
    `${installation.projectId}/${installation.integrationId}`,
    installation.id,
    installation,
  );
}
const server = serve(
  { fetch: createApp(store).fetch, port: Number(process.env.PORT ?? 8787), hostname: "127.0.0.1" },
  (info: AddressInfo) => {
    console.log(`fieldmask example server on http://127.0.0.1:${info.port}/v1 (database: ${store.filename})`);
  },
);
process.on("SIGINT", () => server.close(() => store.close()));
process.on("SIGTERM", () => server.close(() => store.close()));
