import { enablePatches, type Patch } from "immer";
import { finishDiff, type Touched } from "./diff-update.js";
import { diffResource } from "./internal/diff-resource.js";
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

/** Builds the trie of the paths immer's patches touched; a patch's own path marks its whole subtree. */
function touchedBy(patches: readonly Patch[]): Touched {
  const root: Touched = { all: false, children: new Map() };
  for (let p = 0; p < patches.length; p++) {
    const path = (patches[p] as Patch).path;
    let node = root;
    for (let i = 0; i < path.length && !node.all; i++) {
      const key = String(path[i]);
      let child = node.children.get(key);
      if (child === undefined) {
        child = { all: false, children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    (node as { all: boolean }).all = true;
  }
  return root;
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
  const raw = diffResource(
    RESOURCES.installation.grammar,
    installation,
    next,
    options?.subPaths === true,
    touchedBy(patches),
  );
  const { request, unexpressible } = finishDiff("installation", raw, installation, next);
  return { installation: next, request, unexpressible };
}
