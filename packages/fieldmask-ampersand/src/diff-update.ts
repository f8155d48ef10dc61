import { diffMask } from "@fieldmask/core";
import { finishDiff } from "./internal/finish-diff.js";
import type { ResourceTypes, UpdateRequestTypes } from "./resource-types.js";
import { RESOURCES, type ResourceName } from "./resources.js";
import type { DiffUpdateOptions, UnexpressibleChange } from "./update-options.js";

/** The outcome of {@link diffUpdate}: the request to send (`null` when nothing expressible changed) and the rest. */
export interface UpdateDiff<R extends ResourceName> {
  /** `{ updateMask, <bodyKey> }`, ready to send; `null` when there is nothing to send. */
  readonly request: UpdateRequestTypes[R] | null;
  /** Changes the endpoint cannot express (never sent), each with a hint when there is something to do. */
  readonly unexpressible: UnexpressibleChange[];
}

/**
 * The update request that turns `before` into `after` for one of the eight endpoints, and the changes it cannot
 * carry. Each changed value goes under the most specific allowed path (one path per changed map entry); a
 * removed entry falls back to the whole map where the endpoint allows that, and is reported otherwise, as are
 * read-only and server-set fields. Neither input is mutated; the body holds copies.
 *
 * @param resource - Which endpoint, e.g. `"jwtKey"`.
 * @param before - The resource as stored.
 * @param after - The resource as wanted.
 * @param options - `subPaths`: send a changed read object as sub-paths (installations).
 * @returns `{ request, unexpressible }`; `request` is `null` when nothing expressible changed.
 *
 * @example
 * ```ts
 * const { request } = diffUpdate("jwtKey", key, { ...key, active: false });
 * // { updateMask: ["active"], jwtKey: { active: false } }
 * ```
 */
export function diffUpdate<R extends ResourceName>(
  resource: R,
  before: ResourceTypes[R],
  after: ResourceTypes[R],
  options?: DiffUpdateOptions,
): UpdateDiff<R> {
  const info = Object.hasOwn(RESOURCES, resource) ? RESOURCES[resource] : undefined;
  if (info === undefined) throw new TypeError(`diffUpdate: unknown resource ${JSON.stringify(resource)}`);
  const diff = diffMask(before, after, info.grammar, { subPaths: options?.subPaths === true });
  return finishDiff(resource, diff, before, after);
}
