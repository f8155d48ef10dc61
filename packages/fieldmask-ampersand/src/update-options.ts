import type { MaskIssueCode, MaskOptions, Unexpressible } from "@fieldmask/core";
import type { Connection } from "./types.js";

/**
 * The `context.code` of an issue in a problem body: a core {@link MaskIssueCode}, or one the adapter adds.
 * - `ignored_field`: a body field outside `updateMask` (only with `strict: true`);
 * - `no_connection_resolver`: `connectionId` is masked but no `resolveConnection` option was given;
 * - `unknown_connection`: `resolveConnection` found no connection with that ID.
 */
export type AmpersandIssueCode =
  | MaskIssueCode
  | "ignored_field"
  | "no_connection_resolver"
  | "unknown_connection";

/** Options of {@link validateUpdateRequest} and {@link validateUpdateInstallationRequest}. */
export interface ValidateOptions extends MaskOptions {
  /**
   * Report body fields outside `updateMask` as `ignored_field` issues. Default `false`: the API ignores them.
   */
  readonly strict?: boolean;
}

/** Options of {@link updateInstallation} and {@link applyUpdate}. */
export interface UpdateOptions extends ValidateOptions {
  /** The clock that stamps `updateTime` (installations only). Default `() => new Date()`. */
  readonly now?: () => Date;
  /**
   * Looks up the connection a `connectionId` path switches to; required when the mask has `connectionId`.
   * The returned object is placed in the result as is (not copied, never frozen).
   */
  readonly resolveConnection?: (id: string) => Connection | undefined;
  /**
   * Freeze what the update created: the new objects along each changed path and the values written.
   * Subtrees shared with `current` are never frozen, since they still belong to the caller. Default `false`.
   */
  readonly freeze?: boolean;
}

/** Options of {@link diffUpdate}, {@link diffInstallation} and {@link editInstallation}. */
export interface DiffUpdateOptions {
  /**
   * Installations: express a changed read object as sub-paths (`config.content.read.objects.contacts.disabled`)
   * instead of the whole object. Default `false`: one path per object, as Ampersand's own clients send.
   */
  readonly subPaths?: boolean;
}

/** A change the endpoint cannot express, with what to do about it. */
export interface UnexpressibleChange extends Unexpressible {
  /** What to do instead, when there is something to do. */
  readonly hint: string | undefined;
}
