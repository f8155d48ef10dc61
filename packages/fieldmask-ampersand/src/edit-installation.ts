import {
  diffMask,
  type Grammar,
  type GrammarPattern,
  type MaskDiff,
  maskFromPatches,
  type PatchRecord,
  type PatternSegment,
  parsePath,
  type Segment,
} from "@fieldmask/core";
import { enablePatches, type Patch } from "immer";
import { finishDiff } from "./diff-update.js";
import { immer } from "./internal/immer.js";
import { RESOURCES } from "./resources.js";
import type { Installation, UpdateInstallationRequest } from "./types.js";
import type { DiffUpdateOptions, UnexpressibleChange } from "./update-options.js";

/** The outcome of {@link editInstallation}. */
export interface InstallationEdit {
  /** The edited installation (structurally shared with the input, not frozen). */
  readonly installation: Installation;
  /** The request that carries the edit, `null` when nothing expressible changed. */
  readonly request: UpdateInstallationRequest | null;
  /** What the edit changed that the endpoint cannot express. */
  readonly unexpressible: UnexpressibleChange[];
}

/** Whether an unexpressible change sits above some allowed path, where a deeper path may carry it. */
function reportsAboveAllowedPaths(diff: MaskDiff, grammar: Grammar): boolean {
  for (let u = 0; u < diff.unexpressible.length; u++) {
    let segments: Segment[];
    try {
      segments = parsePath((diff.unexpressible[u] as MaskDiff["unexpressible"][number]).path);
    } catch {
      continue;
    }
    for (let p = 0; p < grammar.patterns.length; p++) {
      const pattern = (grammar.patterns[p] as GrammarPattern).segments;
      if (pattern.length <= segments.length) continue;
      let fits = true;
      for (let i = 0; i < segments.length && fits; i++) {
        const part = pattern[i] as PatternSegment;
        fits = part.kind !== "literal" || part.value === segments[i];
      }
      if (fits) return true;
    }
  }
  return false;
}

/**
 * Edits an installation with an immer recipe and returns the edited installation together with the
 * updateInstallation request that carries the edit. The request is built from the patches immer records, so the
 * cost follows the size of the edit, not of the installation; it is the same request {@link diffInstallation}
 * gives for the same edit.
 *
 * @param installation - The installation to edit; never mutated or frozen.
 * @param recipe - An immer recipe: mutate the draft.
 * @param options - `subPaths` (default `false`).
 * @returns `{ installation, request, unexpressible }`.
 *
 * @example
 * ```ts
 * const { installation: next, request } = editInstallation(installation, (draft) => {
 *   draft.config.content.read!.objects.contacts!.disabled = true;
 * });
 * // request: { updateMask: ["config.content.read.objects.contacts"], installation: { config: { content: { read: { objects: { contacts: {…, disabled: true } } } } } } }
 * ```
 */
export function editInstallation(
  installation: Installation,
  recipe: (draft: Installation) => void,
  options?: DiffUpdateOptions,
): InstallationEdit {
  // immer's patch plugin is process-wide and only adds the ability to record patches (no configuration changes);
  // loading it here rather than at import keeps the package free of import-time side effects
  enablePatches();
  const [next, patches] = immer.produceWithPatches(installation, recipe as never) as unknown as [
    Installation,
    Patch[],
  ];
  if (patches.length === 0) return { installation: next, request: null, unexpressible: [] };
  const grammar = RESOURCES.installation.grammar;
  const subPaths = options?.subPaths === true;
  let diff = maskFromPatches(patches as readonly PatchRecord[], grammar, next, { subPaths });
  // maskFromPatches stops at the patch's own path: a patch that replaces an object above the allowed paths
  // (`draft.config.content.proxy = { enabled: false }`) comes out unexpressible, although a path below it
  // carries the change. diffMask looks below; it skips shared subtrees, so it still costs what the edit changed.
  if (reportsAboveAllowedPaths(diff, grammar)) diff = diffMask(installation, next, grammar, { subPaths });
  const { request, unexpressible } = finishDiff("installation", diff, installation, next);
  return { installation: next, request, unexpressible };
}
