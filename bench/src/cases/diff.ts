// diff: computing the mask and body of a change, against generic JSON differs, on shared and cloned pairs.
import { type BenchCase, check, exported, json, type Prepared } from "../case.js";
import { type Installation, makeEdit, SIZES } from "../data.js";
import { INSTALLATION_PATTERNS } from "../grammar.js";
import { loadAmpersand, loadCore } from "../packages.js";

type MaskDiff = { mask: string[] };
type CompileGrammar = (patterns: readonly string[]) => unknown;
type DiffMask = (before: unknown, after: unknown, grammar: unknown) => MaskDiff;
type MaskFromPatches = (patches: readonly unknown[], grammar: unknown, after: unknown) => MaskDiff;
type AdapterDiff = { request: { updateMask: string[] } | null };
type DiffInstallation = (before: unknown, after: unknown) => AdapterDiff;
type EditInstallation = (installation: unknown, recipe: (draft: Installation) => void) => AdapterDiff;

type Pair = "shared" | "cloned";

/** The same one-object edit every diff case sees: a faster schedule and one more selected field. */
function editObject(draft: Installation, name: string): void {
  const object = draft.config.content.read.objects[name];
  if (object === undefined) throw new Error(`no read object ${name}`);
  object.schedule = "*/5 * * * *";
  object.selectedFields.mobilephone = true;
}

/** Everything a diff case needs: the pair, the patches immer recorded for the edit, the expected mask. */
interface Scenario {
  readonly before: Installation;
  readonly after: Installation;
  readonly patches: readonly unknown[];
  readonly name: string;
  readonly expectedMask: string;
}

/**
 * Builds the pair. Shared: `after` is immer's result, sharing every untouched subtree with `before` (what a
 * client holds after an edit). Cloned: `after` is a deep JSON copy of it, so no reference is shared (what a
 * client holds after reading the resource twice).
 */
async function scenario(n: number, pair: Pair): Promise<Scenario> {
  const { Immer, enablePatches } = await import("immer");
  enablePatches();
  const immer = new Immer({ autoFreeze: false });
  const edit = makeEdit(n, 1);
  const name = edit.names[0] as string;
  const [shared, patches] = immer.produceWithPatches(edit.current, (draft) => editObject(draft, name));
  // A JSON round trip, not structuredClone: the same fresh objects, ten times faster to make at N = 100,000.
  const after = pair === "shared" ? shared : (JSON.parse(JSON.stringify(shared)) as Installation);
  return { before: edit.current, after, patches, name, expectedMask: `config.content.read.objects.${name}` };
}

function diffCase(
  n: number,
  pair: Pair,
  id: string,
  label: string,
  make: (s: Scenario) => Promise<Prepared>,
): BenchCase {
  const variant = `${pair}-n${n}`;
  return {
    name: `diff/${variant}/${id}`,
    group: "diff",
    table: `diff/${pair}`,
    n,
    label,
    baseline: `diff/${variant}/fast-json-patch`,
    setup: async () => make(await scenario(n, pair)),
  };
}

async function compareCase(s: Scenario): Promise<Prepared> {
  const { default: jsonPatch } = await import("fast-json-patch");
  return {
    run: () => jsonPatch.compare(s.before, s.after),
    verify: (result) => check((result as unknown[]).length === 2, "compare finds the two changes"),
  };
}

async function microdiffCase(s: Scenario): Promise<Prepared> {
  const { default: diff } = await import("microdiff");
  return {
    run: () => diff(s.before, s.after),
    verify: (result) => check((result as unknown[]).length === 2, "microdiff finds the two changes"),
  };
}

/** Checks a MaskDiff or an adapter diff: exactly the edited object's path. */
function expectMask(s: Scenario, mask: unknown, what: string): void {
  check(json(mask) === json([s.expectedMask]), `${what} gives ${s.expectedMask}`);
}

async function coreGrammar(): Promise<{ core: unknown; grammar: unknown }> {
  const core = await loadCore();
  const compileGrammar = exported<CompileGrammar>(core, "@fieldmask/core", "compileGrammar");
  return { core, grammar: compileGrammar(INSTALLATION_PATTERNS) };
}

async function diffMaskCase(s: Scenario): Promise<Prepared> {
  const { core, grammar } = await coreGrammar();
  const diffMask = exported<DiffMask>(core, "@fieldmask/core", "diffMask");
  return {
    run: () => diffMask(s.before, s.after, grammar),
    verify: (result) => expectMask(s, (result as MaskDiff).mask, "diffMask"),
  };
}

async function diffInstallationCase(s: Scenario): Promise<Prepared> {
  const adapter = await loadAmpersand();
  const diffInstallation = exported<DiffInstallation>(adapter, "@fieldmask/ampersand", "diffInstallation");
  return {
    run: () => diffInstallation(s.before, s.after),
    verify: (result) => expectMask(s, (result as AdapterDiff).request?.updateMask, "diffInstallation"),
  };
}

async function maskFromPatchesCase(s: Scenario): Promise<Prepared> {
  const { core, grammar } = await coreGrammar();
  const maskFromPatches = exported<MaskFromPatches>(core, "@fieldmask/core", "maskFromPatches");
  return {
    run: () => maskFromPatches(s.patches, grammar, s.after),
    verify: (result) => expectMask(s, (result as MaskDiff).mask, "maskFromPatches"),
  };
}

async function editInstallationCase(s: Scenario): Promise<Prepared> {
  const adapter = await loadAmpersand();
  const editInstallation = exported<EditInstallation>(adapter, "@fieldmask/ampersand", "editInstallation");
  const recipe = (draft: Installation) => editObject(draft, s.name);
  return {
    run: () => editInstallation(s.before, recipe),
    verify: (result) => expectMask(s, (result as AdapterDiff).request?.updateMask, "editInstallation"),
  };
}

function pairCases(n: number, pair: Pair): BenchCase[] {
  return [
    diffCase(n, pair, "fast-json-patch", "fast-json-patch compare (baseline)", compareCase),
    diffCase(n, pair, "microdiff", "microdiff", microdiffCase),
    diffCase(n, pair, "diffMask", "@fieldmask/core diffMask", diffMaskCase),
    diffCase(n, pair, "diffInstallation", "@fieldmask/ampersand diffInstallation", diffInstallationCase),
  ];
}

/** The edit rows: the mask straight from the edit's patches, compared with diffing the pair afterwards. */
function editCases(n: number): BenchCase[] {
  const shared = `diff/shared-n${n}`;
  const entry = (id: string, label: string, baseline: string, make: (s: Scenario) => Promise<Prepared>) => {
    const value: BenchCase = {
      name: `diff/edit-n${n}/${id}`,
      group: "diff",
      table: "diff/edit",
      n,
      label,
      baseline: `${shared}/${baseline}`,
      setup: async () => make(await scenario(n, "shared")),
    };
    return value;
  };
  return [
    entry(
      "maskFromPatches",
      "maskFromPatches (ratio vs diffMask, shared pair)",
      "diffMask",
      maskFromPatchesCase,
    ),
    entry(
      "editInstallation",
      "editInstallation: edit + request (ratio vs diffInstallation, shared pair)",
      "diffInstallation",
      editInstallationCase,
    ),
  ];
}

/** The diff group: shared and cloned pairs, and the edit rows, at every N. */
export const diffCases: readonly BenchCase[] = [
  ...SIZES.flatMap((n) => pairCases(n, "shared")),
  ...SIZES.flatMap((n) => pairCases(n, "cloned")),
  ...SIZES.flatMap(editCases),
];
