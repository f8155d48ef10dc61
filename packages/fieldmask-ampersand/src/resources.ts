import type { Grammar } from "@fieldmask/core";
import { grammarOf } from "./internal/grammar-of.js";
import {
  API_KEY_PATHS,
  CONNECTION_PATHS,
  DESTINATION_PATHS,
  INSTALLATION_PATHS,
  JWT_KEY_PATHS,
  ORG_PATHS,
  PROJECT_PATHS,
  PROVIDER_APP_PATHS,
} from "./internal/resource-schemas.js";

/** The eight Ampersand resources whose PATCH endpoint takes an `updateMask`. */
export type ResourceName =
  | "installation"
  | "connection"
  | "project"
  | "providerApp"
  | "destination"
  | "org"
  | "apiKey"
  | "jwtKey";

/** What the adapter knows about one updateMask endpoint. */
export interface ResourceInfo {
  /** The key of the resource object in the request body, next to `updateMask` (e.g. `"installation"`). */
  readonly bodyKey: string;
  /** The spec's `operationId` (e.g. `"updateInstallation"`). */
  readonly operationId: string;
  /** The compiled allow-list of `updateMask` paths, each with its description and value validator. */
  readonly grammar: Grammar;
}

/**
 * updateInstallation's paths: `connectionId`, `config.createdBy`, `config.content.read.objects.<objectName>` and
 * everything below it, `config.content.write.objects[.<objectName>]`, `config.content.subscribe.objects[.<objectName>]`,
 * `config.content.proxy.enabled`.
 */
export const INSTALLATION_GRAMMAR: Grammar = /* @__PURE__ */ grammarOf(INSTALLATION_PATHS);
/** updateConnection's paths: the spec's `updateMask` enum. */
export const CONNECTION_GRAMMAR: Grammar = /* @__PURE__ */ grammarOf(CONNECTION_PATHS);
/** updateProject's paths: `appName`, `name`. */
export const PROJECT_GRAMMAR: Grammar = /* @__PURE__ */ grammarOf(PROJECT_PATHS);
/** updateProviderApp's paths: `externalRef`, `clientId`, `clientSecret`, `provider`, `scopes`, `metadata`. */
export const PROVIDER_APP_GRAMMAR: Grammar = /* @__PURE__ */ grammarOf(PROVIDER_APP_PATHS);
/** updateDestination's paths: `name`, `metadata.<field>` and `secrets.<field>` for each documented field. */
export const DESTINATION_GRAMMAR: Grammar = /* @__PURE__ */ grammarOf(DESTINATION_PATHS);
/** updateOrg's paths: `label`. */
export const ORG_GRAMMAR: Grammar = /* @__PURE__ */ grammarOf(ORG_PATHS);
/** updateApiKey's paths: `active`, `label`, `scopes`. */
export const API_KEY_GRAMMAR: Grammar = /* @__PURE__ */ grammarOf(API_KEY_PATHS);
/**
 * updateJWTKey's paths: `active`, `label`. The spec's prose and examples say `name`, but its `updateMask` enum, the
 * `jwtKey` body schema and the JWTKey resource say `label`; this adapter follows the schema.
 */
export const JWT_KEY_GRAMMAR: Grammar = /* @__PURE__ */ grammarOf(JWT_KEY_PATHS);

/** Every {@link ResourceName}, in the order the README lists them. */
export const RESOURCE_NAMES: readonly ResourceName[] = [
  "installation",
  "connection",
  "project",
  "providerApp",
  "destination",
  "org",
  "apiKey",
  "jwtKey",
];

/**
 * Body key, operation ID and grammar of each updateMask endpoint.
 *
 * @example
 * ```ts
 * RESOURCES.installation.grammar.match("config.content.read.objects.contacts")?.captures; // { objectName: "contacts" }
 * RESOURCES.jwtKey.bodyKey; // "jwtKey"
 * ```
 */
export const RESOURCES: Readonly<Record<ResourceName, ResourceInfo>> = {
  installation: { bodyKey: "installation", operationId: "updateInstallation", grammar: INSTALLATION_GRAMMAR },
  connection: { bodyKey: "connection", operationId: "updateConnection", grammar: CONNECTION_GRAMMAR },
  project: { bodyKey: "project", operationId: "updateProject", grammar: PROJECT_GRAMMAR },
  providerApp: { bodyKey: "providerApp", operationId: "updateProviderApp", grammar: PROVIDER_APP_GRAMMAR },
  destination: { bodyKey: "destination", operationId: "updateDestination", grammar: DESTINATION_GRAMMAR },
  org: { bodyKey: "org", operationId: "updateOrg", grammar: ORG_GRAMMAR },
  apiKey: { bodyKey: "apiKey", operationId: "updateApiKey", grammar: API_KEY_GRAMMAR },
  jwtKey: { bodyKey: "jwtKey", operationId: "updateJWTKey", grammar: JWT_KEY_GRAMMAR },
};
