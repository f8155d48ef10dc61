import {
  AmpersandProblemError,
  applyUpdate,
  type InputValidationProblem,
  validateUpdateRequest,
} from "@fieldmask/ampersand";
import { Hono } from "hono";
import { RESOURCE_ROUTES, type ResourceRoute } from "./resource-routes.js";
import type { ResourceStore } from "./resource-store.js";

/** The server's own problem+json bodies (404, 412, malformed JSON), in RFC 9457's basic shape. */
interface ServerProblem {
  readonly type: "about:blank";
  readonly title: string;
  readonly status: number;
  readonly detail: string;
}

/** A problem+json body: the adapter's, passed through untouched, or one of the server's own. */
type Problem = InputValidationProblem | ServerProblem;

/** Builds the example API over a store. Serve it with `@hono/node-server`'s `serve({ fetch: app.fetch })`. */
export function createApp(store: ResourceStore): Hono {
  const app = new Hono();
  for (let i = 0; i < RESOURCE_ROUTES.length; i++) {
    const route = RESOURCE_ROUTES[i] as ResourceRoute;
    app.get(`/v1${route.path}`, (c) => {
      const [scope, id] = locate(route, c.req.param() as Record<string, string>);
      const stored = store.get(route.resource, scope, id);
      if (stored === undefined) return problem(notFound(route, id));
      const etag = entityTag(stored.version);
      if (matches(c.req.header("If-None-Match"), etag))
        return new Response(null, { status: 304, headers: { ETag: etag } });
      return c.json(stored.body, 200, { ETag: etag });
    });
    app.patch(`/v1${route.path}`, async (c) => {
      const [scope, id] = locate(route, c.req.param() as Record<string, string>);
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (error) {
        return problem({
          type: "about:blank",
          title: "Bad Request",
          status: 400,
          detail: `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      const checked = validateUpdateRequest(route.resource, body);
      if (!checked.ok) return problem(checked.problem);
      const ifMatch = c.req.header("If-Match");
      // Read, apply and write in one IMMEDIATE transaction: no other PATCH can slip in between the read and the
      // write, so concurrent requests are serialized and none is lost.
      const outcome = store.transaction((): { problem: Problem } | { body: unknown; etag: string } => {
        const stored = store.get(route.resource, scope, id);
        if (stored === undefined) return { problem: notFound(route, id) };
        if (ifMatch !== undefined && !matches(ifMatch, entityTag(stored.version))) {
          return {
            problem: {
              type: "about:blank",
              title: "Precondition Failed",
              status: 412,
              detail: `If-Match ${ifMatch} does not match the current version ${entityTag(stored.version)}; GET it again`,
            },
          };
        }
        let updated: unknown;
        try {
          updated = applyUpdate(route.resource, stored.body as never, checked.request, {
            resolveConnection: (connectionId: string) =>
              store.get("connection", scope.split("/")[0] as string, connectionId)?.body as never,
          });
        } catch (error) {
          if (error instanceof AmpersandProblemError) return { problem: error.problem };
          throw error;
        }
        const version = store.replace(route.resource, scope, id, stored.version, updated);
        return { body: updated, etag: entityTag(version) };
      });
      if ("problem" in outcome) return problem(outcome.problem);
      return c.json(outcome.body, 200, { ETag: outcome.etag });
    });
  }
  app.notFound(() =>
    problem({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "No such endpoint in this example server",
    }),
  );
  app.onError((error) => {
    // Log for the operator; the client gets a problem body without internals.
    console.error(error);
    return problem({
      type: "about:blank",
      title: "Internal Server Error",
      status: 500,
      detail: "Unexpected error",
    });
  });
  return app;
}

function locate(route: ResourceRoute, params: Record<string, string>): [scope: string, id: string] {
  let scope = "";
  for (let i = 0; i < route.scopeParams.length; i++) {
    scope += `${i === 0 ? "" : "/"}${params[route.scopeParams[i] as string] ?? ""}`;
  }
  return [scope, params[route.idParam] ?? ""];
}

function entityTag(version: number): string {
  return `"v${version}"`;
}

/** If-Match / If-None-Match: a `*` or a comma-separated list of entity tags, compared strongly (RFC 9110). */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const tags = header.split(",");
  for (let i = 0; i < tags.length; i++) {
    const tag = (tags[i] as string).trim();
    if (tag === "*" || tag === etag) return true;
  }
  return false;
}

function notFound(route: ResourceRoute, id: string): Problem {
  return {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    detail: `No ${route.resource} with id "${id}"`,
  };
}

function problem(body: Problem): Response {
  return new Response(JSON.stringify(body), {
    status: typeof body.status === "number" ? body.status : 400,
    headers: { "Content-Type": "application/problem+json" },
  });
}
