// apply: applying an update mask immutably, core's applyMask against what users would write or install instead.
import { type BenchCase, check, exported, json, readPath, writePath } from "../case.js";
import { type Edit, type Installation, makeEdit, SIZES } from "../data.js";
import { loadCore } from "../packages.js";

type ApplyMask = <T>(target: T, source: unknown, mask: readonly string[]) => T;

/** One path (one read object) or ten paths (ten read objects) per update. */
const PATH_COUNTS = [1, 10] as const;

/**
 * Checks one result outside the timed region: every edited object holds its new value, no object was lost, and
 * the input was left alone.
 */
function checkResult(edit: Edit, result: Installation, before: string): void {
  check(result !== edit.current, "a new root");
  const objects = result.config.content.read.objects;
  check(Object.keys(objects).length === edit.n, "every read object kept");
  for (let i = 0; i < edit.names.length; i++) {
    check(json(objects[edit.names[i] as string]) === json(edit.values[i]), `new value of ${edit.names[i]}`);
  }
  check(
    editedJson(edit) === before && Object.keys(edit.current.config.content.read.objects).length === edit.n,
    "input not mutated",
  );
}

/** JSON of the stored values of the edited objects: the part of the input a mutating library would change. */
function editedJson(edit: Edit): string {
  const objects = edit.current.config.content.read.objects;
  return json(edit.names.map((name) => objects[name]));
}

/**
 * Defines one library's case: `make` builds the timed function from the edit, and the first result is checked.
 * Mask paths are split inside the timed function by every generic walker, as a server must do per request.
 */
function library(
  count: number,
  n: number,
  id: string,
  label: string,
  make: (edit: Edit) => Promise<() => Installation>,
): BenchCase {
  const variant = `${count === 1 ? "one-path" : "ten-paths"}-n${n}`;
  return {
    name: `apply/${variant}/${id}`,
    group: "apply",
    table: `apply/${count === 1 ? "one-path" : "ten-paths"}`,
    n,
    label,
    baseline: `apply/${variant}/spread`,
    setup: async () => {
      const edit = makeEdit(n, count);
      const before = editedJson(edit);
      const run = await make(edit);
      return { run, verify: (result) => checkResult(edit, result as Installation, before) };
    },
  };
}

/** The hand-written immutable update of exactly these paths: the least work possible, the baseline. */
async function spread(edit: Edit): Promise<() => Installation> {
  const { current, names, body } = edit;
  const values = body.config.content.read.objects;
  return () => {
    const objects = { ...current.config.content.read.objects };
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      objects[name] = values[name] as (typeof objects)[string];
    }
    return {
      ...current,
      config: {
        ...current.config,
        content: { ...current.config.content, read: { ...current.config.content.read, objects } },
      },
    };
  };
}

async function applyMaskCase(edit: Edit): Promise<() => Installation> {
  const applyMask = exported<ApplyMask>(await loadCore(), "@fieldmask/core", "applyMask");
  const { current, body, mask } = edit;
  // A fresh mask array per call, as each request brings its own (no identity-keyed cache can help).
  return () => applyMask(current, body, mask.slice());
}

async function immerCase(edit: Edit, autoFreeze: boolean): Promise<() => Installation> {
  const { Immer } = await import("immer");
  const immer = new Immer({ autoFreeze });
  const { current, body, mask } = edit;
  return () =>
    immer.produce(current, (draft) => {
      for (let i = 0; i < mask.length; i++) {
        const segments = (mask[i] as string).split(".");
        writePath(draft, segments, readPath(body, segments));
      }
    });
}

async function mutativeCase(edit: Edit): Promise<() => Installation> {
  const { create } = await import("mutative");
  const { current, body, mask } = edit;
  return () =>
    create(current, (draft) => {
      for (let i = 0; i < mask.length; i++) {
        const segments = (mask[i] as string).split(".");
        writePath(draft, segments, readPath(body, segments));
      }
    });
}

async function lodashCase(edit: Edit): Promise<() => Installation> {
  const { default: lodash } = await import("lodash");
  const { current, body, mask } = edit;
  return () => {
    const next = lodash.cloneDeep(current);
    for (let i = 0; i < mask.length; i++) {
      const path = mask[i] as string;
      lodash.set(next, path, lodash.get(body, path));
    }
    return next;
  };
}

async function fastJsonPatchCase(edit: Edit): Promise<() => Installation> {
  const { default: jsonPatch } = await import("fast-json-patch");
  const { current, body, mask } = edit;
  return () => {
    const operations: { op: "replace"; path: string; value: unknown }[] = [];
    for (let i = 0; i < mask.length; i++) {
      const segments = (mask[i] as string).split(".");
      operations.push({ op: "replace", path: `/${segments.join("/")}`, value: readPath(body, segments) });
    }
    // mutateDocument = false: the library deep-clones the document first (its own immutable mode).
    return jsonPatch.applyPatch(current, operations, false, false).newDocument;
  };
}

async function jsonMergePatchCase(edit: Edit): Promise<() => Installation> {
  const { default: mergePatch } = await import("json-merge-patch");
  const { current, body } = edit;
  // The body holds only the masked fields, so it is the merge patch itself. apply() mutates its target,
  // so the immutable use clones first, with the same JSON round trip fast-json-patch uses.
  return () => mergePatch.apply(JSON.parse(JSON.stringify(current)), body) as Installation;
}

function casesFor(count: number, n: number): BenchCase[] {
  const cases = [
    library(count, n, "spread", "hand-written spread (baseline)", spread),
    library(count, n, "applyMask", "@fieldmask/core applyMask", applyMaskCase),
    library(count, n, "immer", "immer produce + hand walk, autoFreeze off", (e) => immerCase(e, false)),
  ];
  // At N = 100,000 every library spends its time on the same wide copy (or, for the clone-based ones, on the
  // same multi-second deep clone) whether one path or ten change: the ten-path rows there keep only the
  // baseline, ours and immer, so a full run stays within minutes on a shared machine.
  if (count === 1 || n < 100_000) {
    cases.push(
      library(count, n, "immer-frozen", "immer produce + hand walk, autoFreeze on", (e) =>
        immerCase(e, true),
      ),
      library(count, n, "mutative", "mutative create + hand walk", mutativeCase),
      library(count, n, "lodash", "lodash cloneDeep + set", lodashCase),
      library(count, n, "fast-json-patch", "fast-json-patch applyPatch (clone)", fastJsonPatchCase),
      library(count, n, "json-merge-patch", "json-merge-patch apply on a JSON clone", jsonMergePatchCase),
    );
  }
  return cases;
}

/** The apply group: one and ten paths, every library, every N. */
export const applyCases: readonly BenchCase[] = PATH_COUNTS.flatMap((count) =>
  SIZES.flatMap((n) => casesFor(count, n)),
);
