import {
  FieldMaskError,
  type FieldPath,
  type MaskIssue,
  type MaskPath,
  pickMask,
  type Segment,
  WILDCARD,
} from "@fieldmask/core";
import { AmpersandProblemError } from "./ampersand-problem-error.js";
import { freezeNew } from "./internal/freeze-new.js";
import { immer } from "./internal/immer.js";
import { formatName, fromMaskIssue, makeProblem, makeProblemIssue, quote } from "./internal/problem.js";
import type { ResourceTypes } from "./resource-types.js";
import { RESOURCES, type ResourceName } from "./resources.js";
import type { InputValidationIssue } from "./types.js";
import type { UpdateOptions } from "./update-options.js";
import { validateUpdateRequest } from "./validate-update-request.js";

// updateConnection's credential paths only apply to a connection with the matching auth scheme (spec: "Credential
// fields … must match the connection's existing auth scheme").
const AUTH_SCHEMES: Readonly<Record<string, string>> = {
  apiKey: "apiKey",
  basicAuth: "basic",
  oauth2ClientCredentials: "oauth2/clientCredentials",
  oauth2PasswordCredentials: "oauth2/password",
};

type Json = Record<string, unknown>;

/** One value to write: a concrete path (wildcards expanded) and the mask entry it came from. */
interface Write {
  readonly path: string[];
  readonly index: number;
  readonly input: string;
}

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(value: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor === undefined ? undefined : descriptor.value;
}

/** Expands `*` segments against the copied body: one concrete path per key present there. */
function expand(copy: unknown, segments: FieldPath, out: string[][]): void {
  // without a `*` the path is its own single expansion (validation has made sure the body has a value there)
  if (!segments.includes(WILDCARD)) {
    out.push(segments as string[]);
    return;
  }
  let partial: { path: string[]; node: unknown }[] = [{ path: [], node: copy }];
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s] as Segment;
    const next: { path: string[]; node: unknown }[] = [];
    for (let p = 0; p < partial.length; p++) {
      const { path, node } = partial[p] as { path: string[]; node: unknown };
      if (!isRecord(node)) continue;
      const keys = segment === WILDCARD ? Object.keys(node) : [segment];
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as string;
        if (Object.hasOwn(node, key)) next.push({ path: [...path, key], node: own(node, key) });
      }
    }
    partial = next;
  }
  for (let p = 0; p < partial.length; p++) out.push((partial[p] as { path: string[] }).path);
}

/** Reads the copied value at a concrete path. */
function copiedAt(copy: unknown, path: readonly string[]): unknown {
  let node = copy;
  for (let i = 0; i < path.length; i++) node = own(node as object, path[i] as string);
  return node;
}

/**
 * Sets `value` at `path` in an immer draft, creating missing (or `null`) intermediate objects. Keys were checked by
 * the parser (no `__proto__`, `constructor`, `prototype`), and only own properties are followed, so an inherited
 * `toString` is never walked into. Returns the depth at which a non-object blocked the path, or -1.
 */
function setIn(draft: Json, path: readonly string[], value: unknown): number {
  let node = draft;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const key = path[i] as string;
    // a plain read first: hasOwn on an immer draft goes through a proxy trap. An object found this way is an
    // own property (Object.prototype holds no plain objects, and forbidden keys never get here); anything else
    // is checked for ownership before it is judged.
    const child = node[key];
    if (isRecord(child)) {
      node = child;
    } else if (child === undefined || child === null || !Object.hasOwn(node, key)) {
      const created: Json = {};
      node[key] = created;
      node = node[key] as Json;
    } else {
      return i;
    }
  }
  node[path[last] as string] = value;
  return -1;
}

function fail(operationId: string, issues: InputValidationIssue[]): never {
  throw new AmpersandProblemError(makeProblem(operationId, issues));
}

/**
 * Applies an update request to a resource the way Ampersand's API does, with immer: validates the request (as
 * {@link validateUpdateRequest}), then replaces the value at each masked path with a copy of the body's value and
 * returns the new resource. Untouched subtrees keep their identity (structural sharing); body fields outside the
 * mask are ignored (`strict: true` rejects them instead). Installations: `connectionId` replaces `connection` with
 * `options.resolveConnection(id)`. Every resource with an `updateTime` gets it from `options.now`.
 *
 * Neither `current` nor `request` is ever mutated or frozen; the result shares no object with `request`. When
 * anything is wrong nothing is returned: the call throws, having changed nothing.
 *
 * @param resource - Which endpoint, e.g. `"installation"`.
 * @param current - The resource as stored.
 * @param request - The parsed JSON body of the PATCH, untrusted.
 * @param options - `now`, `resolveConnection`, `strict`, `freeze` (default `false`: the result is not frozen).
 * @returns The updated resource.
 * @throws {@link AmpersandProblemError} carrying the InputValidationProblem when the request is invalid.
 * @throws TypeError when `resource` is unknown or `current` is not an object (programmer errors).
 *
 * @example
 * ```ts
 * const updated = applyUpdate("jwtKey", key, { updateMask: ["active"], jwtKey: { active: false } }, {
 *   now: () => new Date("2026-01-01T00:00:00Z"),
 * });
 * updated.active;     // false
 * updated.updateTime; // "2026-01-01T00:00:00.000Z"
 * ```
 */
export function applyUpdate<R extends ResourceName>(
  resource: R,
  current: ResourceTypes[R],
  request: unknown,
  options?: UpdateOptions,
): ResourceTypes[R] {
  const checked = validateUpdateRequest(resource, request, options);
  if (!isRecord(current)) throw new TypeError(`applyUpdate: current ${resource} must be an object`);
  const { bodyKey, operationId } = RESOURCES[resource];
  if (!checked.ok) throw new AmpersandProblemError(checked.problem);
  const paths: readonly MaskPath[] = checked.paths;
  const body = own(checked.request as object, bodyKey) as Json;

  const mask: string[] = [];
  for (let i = 0; i < paths.length; i++) mask.push((paths[i] as MaskPath).input);
  // 1. Copy the masked values out of the body as JSON data, so the result never aliases the request.
  let copy: Json;
  try {
    copy = pickMask(body, mask, options);
  } catch (error) {
    if (!(error instanceof FieldMaskError)) throw error;
    const where = { updateMask: own(checked.request as object, "updateMask"), resource: body };
    const issues: InputValidationIssue[] = [];
    for (let i = 0; i < error.issues.length; i++) {
      issues.push(fromMaskIssue(error.issues[i] as MaskIssue, bodyKey, where, [], undefined));
    }
    return fail(operationId, issues);
  }
  const issues: InputValidationIssue[] = [];
  const writes: Write[] = [];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as MaskPath;
    const concrete: string[][] = [];
    expand(copy, path.segments, concrete);
    for (let c = 0; c < concrete.length; c++) {
      writes.push({ path: concrete[c] as string[], index: path.index, input: path.input });
    }
  }

  // 2. Resolve everything that can fail before immer runs, so a failure leaves nothing half-done.
  let connection: unknown;
  let switchConnection = false;
  for (let w = 0; w < writes.length; w++) {
    const { path, index } = writes[w] as Write;
    if (path.length !== 1) continue;
    const field = path[0] as string;
    const value = copiedAt(copy, path);
    if (resource === "installation" && field === "connectionId") {
      const name = `${bodyKey}.connectionId`;
      const resolve = options?.resolveConnection;
      if (resolve === undefined) {
        issues.push(
          makeProblemIssue(
            "no_connection_resolver",
            `Path ${index} ("connectionId") switches the connection, but this server cannot look connections up`,
            name,
            value,
            undefined,
            undefined,
            "Pass options.resolveConnection to updateInstallation/applyUpdate.",
          ),
        );
        continue;
      }
      connection = resolve(value as string);
      if (!isRecord(connection)) {
        issues.push(
          makeProblemIssue(
            "unknown_connection",
            `Path ${index} ("connectionId"): there is no connection ${JSON.stringify(value)}`,
            name,
            value,
            undefined,
            undefined,
            "Use the ID of an existing connection of this project.",
          ),
        );
        continue;
      }
      switchConnection = true;
    } else if (resource === "connection" && Object.hasOwn(AUTH_SCHEMES, field)) {
      const scheme = AUTH_SCHEMES[field] as string;
      const actual = own(current, "authScheme");
      if (actual !== scheme) {
        issues.push(
          makeProblemIssue(
            "invalid_value",
            `Path ${index} (${JSON.stringify(field)}) sets ${field} credentials, but the connection's authScheme is ${JSON.stringify(actual)}, not ${JSON.stringify(scheme)}`,
            formatName(bodyKey, [field]),
            value,
            undefined,
            undefined,
            `Only a connection with authScheme ${JSON.stringify(scheme)} takes ${field}.`,
          ),
        );
      }
    }
  }
  if (issues.length > 0) fail(operationId, issues);

  // 3. Write. Every value written is this call's own copy; the recipe only assigns.
  const stamp = Object.hasOwn(STAMPED, resource) ? (options?.now ?? defaultNow)().toISOString() : undefined;
  const blocked: { input: string; index: number; path: string[]; depth: number }[] = [];
  const result = immer.produce(current as Json, (draft: Json) => {
    for (let w = 0; w < writes.length; w++) {
      const { path, index, input } = writes[w] as Write;
      if (
        switchConnection &&
        resource === "installation" &&
        path.length === 1 &&
        path[0] === "connectionId"
      ) {
        draft.connection = connection;
        continue;
      }
      const depth = setIn(draft, path, copiedAt(copy, path));
      if (depth >= 0) blocked.push({ input, index, path, depth });
    }
    if (stamp !== undefined) draft.updateTime = stamp;
  });
  if (blocked.length > 0) {
    // the recipe ran to its end, but the result is dropped: `current` was never touched, so nothing is half-done
    for (let b = 0; b < blocked.length; b++) {
      const { input, index, path, depth } = blocked[b] as {
        input: string;
        index: number;
        path: string[];
        depth: number;
      };
      const at = path.slice(0, depth + 1);
      issues.push(
        makeProblemIssue(
          "not_traversable",
          `Path ${index} (${quote(input)}) goes through ${at.join(".")}, which is not an object in the current ${resource}`,
          formatName(bodyKey, path),
          copiedAt(copy, path),
          undefined,
          undefined,
          undefined,
        ),
      );
    }
    fail(operationId, issues);
  }
  if (options?.freeze === true) freezeNew(result, current, new Set([connection]));
  return result as ResourceTypes[R];
}

// The resources whose schema has a server-set `updateTime` (all but apiKey).
const STAMPED: Readonly<Record<string, true>> = {
  installation: true,
  connection: true,
  project: true,
  providerApp: true,
  destination: true,
  org: true,
  jwtKey: true,
};

function defaultNow(): Date {
  return new Date();
}
