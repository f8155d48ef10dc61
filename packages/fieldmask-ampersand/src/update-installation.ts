import { applyUpdate } from "./apply-update.js";
import type { Installation } from "./types.js";
import type { UpdateOptions } from "./update-options.js";

/**
 * Applies an updateInstallation request to an installation, as Ampersand's API does: {@link applyUpdate} for
 * `"installation"`. `connectionId` needs `options.resolveConnection`; `updateTime` comes from `options.now`.
 *
 * @param current - The installation as stored; never mutated or frozen.
 * @param request - The parsed JSON body of the PATCH, untrusted.
 * @param options - `now`, `resolveConnection`, `strict`, `freeze` (default `false`).
 * @returns The updated installation; untouched subtrees are the same objects as in `current`.
 * @throws {@link AmpersandProblemError} carrying the InputValidationProblem when the request is invalid.
 *
 * @example
 * ```ts
 * const updated = updateInstallation(installation, {
 *   updateMask: ["config.content.read.objects.contacts"],
 *   installation: { config: { content: { read: { objects: { contacts: { objectName: "contacts", schedule: "*\/30 * * * *" } } } } } },
 * });
 * updated.config.content.read?.objects.contacts?.schedule; // "*\/30 * * * *"
 * updated.config.content.write === installation.config.content.write; // true
 * ```
 */
export function updateInstallation(
  current: Installation,
  request: unknown,
  options?: UpdateOptions,
): Installation {
  return applyUpdate("installation", current, request, options);
}
