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
import { finishDiff } from "./internal/finish-diff.js";
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

/** Whether some allowed path lies strictly below `segments` (a `.**` sub-path only with `subPaths`). */
function allowedBelow(segments: readonly Segment[], grammar: Grammar, subPaths: boolean): boolean {
  for (let p = 0; p < grammar.patterns.length; p++) {
    const pattern = grammar.patterns[p] as GrammarPattern;
    const parts = pattern.segments;
    const deeper = parts.length > segments.length || (subPaths && pattern.subPaths);
    if (!deeper) continue;
    let fits = true;
    for (let i = 0; i < segments.length && i < parts.length && fits; i++) {
      const part = parts[i] as PatternSegment;
      fits = part.kind !== "literal" || part.value === segments[i];
    }
    if (fits) return true;
  }
  return false;
}

/** Deep equality of JSON data, with a work list. */
function sameJson(a: unknown, b: unknown): boolean {
  const work: unknown[] = [a, b];
  while (work.length > 0) {
    const y = work.pop();
    const x = work.pop();
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!Object.hasOwn(y, key)) return false;
      work.push((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]);
    }
  }
  return true;
}

function valueAt(root: unknown, segments: readonly Segment[]): unknown {
  let node = root;
  for (let i = 0; i < segments.length && typeof node === "object" && node !== null; i++) {
    const key = segments[i] as string;
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/**
 * Whether the answer from the patches may differ from what diffMask gives. maskFromPatches takes the deepest
 * allowed path at or above each patch and does not compare values, so: a patch that replaces a whole object
 * yields that object's path (or, above the allowed paths, an unexpressible change) where diffMask looks inside
 * (`draft.config.content.proxy = { enabled: false }`, a write-objects map created in one go); and a value
 * replaced by an equal one (`draft.connection = structuredClone(draft.connection)`) still counts as a change.
 * The checks only touch the paths the patches named, so they cost what the edit costs.
 */
function mayDiffer(
  diff: MaskDiff,
  grammar: Grammar,
  subPaths: boolean,
  before: unknown,
  after: unknown,
): boolean {
  if (diff.unexpressible.length > 0) return true;
  for (let i = 0; i < diff.mask.length; i++) {
    let segments: Segment[];
    try {
      segments = parsePath(diff.mask[i] as string);
    } catch {
      return true;
    }
    if (allowedBelow(segments, grammar, subPaths)) return true;
    if (sameJson(valueAt(before, segments), valueAt(after, segments))) return true;
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
  // the patches give the answer in time proportional to the edit; where they may be too coarse, diffMask looks
  // inside, still in time proportional to the edit, since it skips the subtrees immer left shared
  if (mayDiffer(diff, grammar, subPaths, installation, next)) {
    diff = diffMask(installation, next, grammar, { subPaths });
  }
  const { request, unexpressible } = finishDiff("installation", diff, installation, next);
  return { installation: next, request, unexpressible };
}
