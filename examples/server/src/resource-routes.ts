import type { ResourceName } from "@fieldmask/ampersand";

/** Where one updatable resource lives in Ampersand's URL space (below `/v1`). */
export interface ResourceRoute {
  readonly resource: ResourceName;
  /** Hono path pattern. */
  readonly path: string;
  /** The path parameter holding the resource's own id. */
  readonly idParam: string;
  /** The path parameters naming its parents, joined with `/` into the storage scope. */
  readonly scopeParams: readonly string[];
}

/** Ampersand's GET/PATCH URL shapes for the eight updateMask resources (api.yaml, commit 0e80f6a). */
export const RESOURCE_ROUTES: readonly ResourceRoute[] = [
  {
    resource: "installation",
    path: "/projects/:projectIdOrName/integrations/:integrationId/installations/:installationId",
    idParam: "installationId",
    scopeParams: ["projectIdOrName", "integrationId"],
  },
  { resource: "project", path: "/projects/:projectIdOrName", idParam: "projectIdOrName", scopeParams: [] },
  {
    resource: "connection",
    path: "/projects/:projectIdOrName/connections/:connectionId",
    idParam: "connectionId",
    scopeParams: ["projectIdOrName"],
  },
  {
    resource: "providerApp",
    path: "/projects/:projectIdOrName/provider-apps/:providerAppId",
    idParam: "providerAppId",
    scopeParams: ["projectIdOrName"],
  },
  {
    resource: "destination",
    path: "/projects/:projectIdOrName/destinations/:destination",
    idParam: "destination",
    scopeParams: ["projectIdOrName"],
  },
  { resource: "org", path: "/orgs/:orgId", idParam: "orgId", scopeParams: [] },
  {
    resource: "apiKey",
    path: "/projects/:projectIdOrName/api-keys/:apiKey",
    idParam: "apiKey",
    scopeParams: ["projectIdOrName"],
  },
  {
    resource: "jwtKey",
    path: "/projects/:projectIdOrName/jwt-keys/:keyId",
    idParam: "keyId",
    scopeParams: ["projectIdOrName"],
  },
];
