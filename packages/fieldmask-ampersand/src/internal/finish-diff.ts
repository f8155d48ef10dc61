import {
  formatPath,
  type Grammar,
  type MaskDiff,
  parsePath,
  pickMask,
  type Segment,
  type Unexpressible,
} from "@fieldmask/core";
import type { UpdateDiff } from "../diff-update.js";
import type { UpdateRequestTypes } from "../resource-types.js";
import { RESOURCES, type ResourceName } from "../resources.js";
import type { UnexpressibleChange } from "../update-options.js";

// Fields the server owns, by the first segment of their path.
const SERVER_SET: Readonly<Record<string, string>> = {
  id: "read-only: assigned by Ampersand",
  projectId: "read-only: the resource's project",
  integrationId: "read-only: the installation's integration",
  orgId: "read-only: the project's organization",
  createTime: "read-only: set by Ampersand on creation",
  updateTime: "set by the server on every update",
  createdBy: "read-only: who created the resource",
  healthStatus: "read-only: computed by Ampersand",
  lastOperationStatus: "read-only: computed by Ampersand",
  group: "read-only: the installation's group",
  key: "read-only: the key itself",
  algorithm: "read-only: fixed when the key was created",
  publicKeyPem: "read-only: fixed when the key was created",
  type: "read-only: fixed when the destination was created",
  status: "read-only: computed by Ampersand",
  authScheme: "read-only: fixed when the connection was created",
};

const CONFIG_READ_ONLY: Readonly<Record<string, string>> = {
  id: "read-only: assigned by Ampersand",
  revisionId: "set by the server to the latest revision (deprecated in requests)",
  createTime: "read-only: set by Ampersand on creation",
};

function reasonAndHint(
  resource: ResourceName,
  segments: readonly string[],
  kind: UnexpressibleChange["kind"],
  reason: string,
): [string, string | undefined] {
  const first = segments[0] as string;
  if (segments.length === 1 && Object.hasOwn(SERVER_SET, first))
    return [SERVER_SET[first] as string, undefined];
  if (resource !== "installation") return [reason, undefined];
  const path = segments.join(".");
  if (first === "connection") {
    return [
      "the connection's own fields are not part of an installation update",
      "Update the connection itself with updateConnection, or switch connections with connectionId.",
    ];
  }
  if (segments.length === 2 && first === "config" && Object.hasOwn(CONFIG_READ_ONLY, segments[1] as string)) {
    return [CONFIG_READ_ONLY[segments[1] as string] as string, undefined];
  }
  if (path === "config.content.provider") return ["read-only: fixed by the integration", undefined];
  if (segments.length === 5 && path.startsWith("config.content.read.objects.") && kind === "removed") {
    const name = formatPath(segments);
    return [
      "updateInstallation cannot remove a read object: its path takes a value",
      `Set ${name}.disabled to true to pause it, or remove it with the per-object config-content endpoint ` +
        `(PATCH …/objects/{objectName}/config-content, action "read"), whose JSON Patch operations toJsonPatch can produce.`,
    ];
  }
  if ((path === "config.content.write" || path === "config.content.subscribe") && kind === "removed") {
    return [reason, `Send ${path}.objects as {} to remove every object.`];
  }
  if (path.startsWith("config.content.proxy") && kind === "removed") {
    return [reason, "Set config.content.proxy.enabled to false instead."];
  }
  return [reason, undefined];
}

function segmentsOf(path: string): Segment[] | undefined {
  try {
    return parsePath(path);
  } catch {
    return undefined; // an empty key: core reports it with its own reason
  }
}

/** Canonical path order: segment by segment, by UTF-16 code units, a prefix first (core's mask order). */
function byPath(a: UnexpressibleChange, b: UnexpressibleChange): number {
  const x = segmentsOf(a.path) ?? [a.path];
  const y = segmentsOf(b.path) ?? [b.path];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * With `subPaths`, core's diffMask sends a newly added read object as one sub-path per key, while maskFromPatches
 * sends the object's own path. The object's path is the natural request for a new object (and makes an edit and a
 * diff agree), so sub-paths under a `.**` base that `before` does not have are folded into that base.
 */
function collapseNewBases(mask: readonly string[], grammar: Grammar, before: unknown): string[] {
  const out: string[] = [];
  for (let i = 0; i < mask.length; i++) {
    const path = mask[i] as string;
    const match = grammar.match(path);
    const segments = match?.subPath === true ? segmentsOf(path) : undefined;
    if (match === undefined || segments === undefined) {
      out.push(path);
      continue;
    }
    const base = segments.slice(0, match.pattern.segments.length);
    let node: unknown = before;
    for (let s = 0; s < base.length && node !== undefined; s++) {
      node =
        typeof node === "object" && node !== null && Object.hasOwn(node, base[s] as string)
          ? (node as Record<string, unknown>)[base[s] as string]
          : undefined;
    }
    const text = node === undefined ? formatPath(base) : path;
    // a base sorts just before its own sub-paths, so the canonical order holds
    if (out[out.length - 1] !== text) out.push(text);
  }
  return out;
}

/**
 * Turns core's diff into the endpoint's request and the unexpressible list: a new `connection.id` becomes
 * `connectionId`, reasons and hints are the adapter's, and the body is a deep copy (via `pickMask`).
 * @internal
 */
export function finishDiff<R extends ResourceName>(
  resource: R,
  diff: MaskDiff,
  before: unknown,
  after: unknown,
): UpdateDiff<R> {
  const { bodyKey } = RESOURCES[resource];
  const mask: string[] = [];
  const unexpressible: UnexpressibleChange[] = [];
  let connectionId: string | undefined;
  for (let i = 0; i < diff.unexpressible.length; i++) {
    const change = diff.unexpressible[i] as Unexpressible;
    const segments = segmentsOf(change.path);
    if (resource === "installation" && segments?.[0] === "connection") {
      const beforeId = (before as { connection?: { id?: unknown } }).connection?.id;
      const afterId = (after as { connection?: { id?: unknown } }).connection?.id;
      // another connection: the server swaps it in whole, so its fields are not changes of their own
      if (typeof afterId === "string" && afterId !== beforeId) {
        connectionId = afterId;
        continue;
      }
    }
    const [reason, hint] =
      segments === undefined
        ? [change.reason, undefined]
        : reasonAndHint(resource, segments as string[], change.kind, change.reason);
    unexpressible.push({ path: change.path, kind: change.kind, reason, hint });
  }
  // core's diffMask lists changes in canonical path order, maskFromPatches in patch order: one order for both
  unexpressible.sort(byPath);
  const paths = collapseNewBases(diff.mask, RESOURCES[resource].grammar, before);
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as string;
    // keep core's canonical order: connectionId goes before the first path whose first segment sorts after it
    if (
      connectionId !== undefined &&
      !mask.includes("connectionId") &&
      (segmentsOf(path)?.[0] as string) > "connectionId"
    ) {
      mask.push("connectionId");
    }
    mask.push(path);
  }
  if (connectionId !== undefined && !mask.includes("connectionId")) mask.push("connectionId");
  if (mask.length === 0) return { request: null, unexpressible };
  // a deep copy: the request must not share objects with `after`, which the caller may go on editing
  const body = pickMask(after, paths);
  if (connectionId !== undefined) body.connectionId = connectionId;
  return {
    request: { updateMask: mask, [bodyKey]: body } as unknown as UpdateRequestTypes[R],
    unexpressible,
  };
}
