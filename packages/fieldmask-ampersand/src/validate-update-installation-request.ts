import type { ResourceName } from "./resources.js";
import type { ValidateOptions } from "./update-options.js";
import { type ValidateUpdateResult, validateUpdateRequest } from "./validate-update-request.js";

/**
 * Checks the body of `PATCH …/installations/{installationId}` (updateInstallation) as Ampersand's API would:
 * {@link validateUpdateRequest} for `"installation"`.
 *
 * @param body - The parsed JSON body, untrusted.
 * @param options - `strict: true` also reports body fields outside the mask.
 * @returns `{ ok: true, request, paths }` or `{ ok: false, problem }`; never throws.
 *
 * @example
 * ```ts
 * const result = validateUpdateInstallationRequest({
 *   updateMask: ["config.content.proxy.enabled"],
 *   installation: { config: { content: { proxy: { enabled: "yes" } } } },
 * });
 * if (!result.ok) result.problem.issues?.[0]?.name; // "installation.config.content.proxy.enabled"
 * ```
 */
export function validateUpdateInstallationRequest(
  body: unknown,
  options?: ValidateOptions,
): ValidateUpdateResult<"installation" & ResourceName> {
  return validateUpdateRequest("installation", body, options);
}
