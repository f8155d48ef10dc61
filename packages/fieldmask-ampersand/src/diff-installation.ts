import { diffUpdate, type UpdateDiff } from "./diff-update.js";
import type { Installation } from "./types.js";
import type { DiffUpdateOptions } from "./update-options.js";

/**
 * The updateInstallation request that turns `before` into `after`, and the changes it cannot carry:
 * {@link diffUpdate} for `"installation"`.
 *
 * - One `config.content.read.objects.<name>` path per added or changed read object, with only that object in the
 *   body (with `subPaths: true`, one path per changed key of the object instead, unless a key was removed).
 * - The same for write and subscribe objects; when one was removed, the whole `config.content.write.objects`
 *   (or `subscribe`) map is sent instead, with the full new map (`{}` included).
 * - A removed read object cannot be expressed: it is reported with a hint (set `disabled: true`, or use the
 *   per-object config-content JSON Patch endpoint). So are read-only and server-set fields (`id`,
 *   `healthStatus`, `createTime`, `updateTime`, `config.revisionId`, the connection's own fields …).
 * - A different `connection.id` becomes `connectionId`.
 *
 * @param before - The installation as stored.
 * @param after - The installation as wanted.
 * @param options - `subPaths` (default `false`).
 * @returns `{ request, unexpressible }`; `request` is `null` when nothing expressible changed.
 *
 * @example
 * ```ts
 * const after = structuredClone(before);
 * after.config.content.read!.objects.contacts!.schedule = "0 * * * *";
 * delete after.config.content.read!.objects.leads;
 * const { request, unexpressible } = diffInstallation(before, after);
 * // request: { updateMask: ["config.content.read.objects.contacts"], installation: { config: { content: { read: { objects: { contacts: {…} } } } } } }
 * // unexpressible: [{ path: "config.content.read.objects.leads", kind: "removed", reason: "…", hint: "Set … disabled to true …" }]
 * ```
 */
export function diffInstallation(
  before: Installation,
  after: Installation,
  options?: DiffUpdateOptions,
): UpdateDiff<"installation"> {
  return diffUpdate("installation", before, after, options);
}
