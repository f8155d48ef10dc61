// update: the adapter's updateInstallation against immer produce writing the same path by hand.
import { type BenchCase, check, exported, json } from "../case.js";
import { type Edit, type Installation, makeEdit, SIZES } from "../data.js";
import { loadAmpersand } from "../packages.js";

type UpdateInstallation = (current: unknown, request: unknown) => Installation;

/** Checks a result outside the timed region: the edited object, every object kept, a new stamp, input intact. */
function checkResult(edit: Edit, result: Installation, before: string): void {
  const objects = result.config.content.read.objects;
  check(Object.keys(objects).length === edit.n, "every read object kept");
  check(json(objects[edit.names[0] as string]) === json(edit.values[0]), "new value");
  check(result.updateTime !== edit.current.updateTime, "updateTime stamped");
  check(
    json(edit.current.config.content.read.objects[edit.names[0] as string]) === before,
    "input not mutated",
  );
}

function updateCase(n: number, id: string, label: string, make: (edit: Edit) => Promise<() => Installation>) {
  const variant = `one-path-n${n}`;
  const entry: BenchCase = {
    name: `update/${variant}/${id}`,
    group: "update",
    table: "update",
    n,
    label,
    baseline: `update/${variant}/immer`,
    setup: async () => {
      const edit = makeEdit(n, 1);
      const before = json(edit.current.config.content.read.objects[edit.names[0] as string]);
      const run = await make(edit);
      return { run, verify: (result) => checkResult(edit, result as Installation, before) };
    },
  };
  return entry;
}

/**
 * The by-hand server handler: immer writing the one masked path and stamping `updateTime`, as updateInstallation
 * does. autoFreeze follows the adapter's default (`freeze: false`).
 */
async function immerByHand(edit: Edit, autoFreeze: boolean): Promise<() => Installation> {
  const { Immer } = await import("immer");
  const immer = new Immer({ autoFreeze });
  const { current, body } = edit;
  const name = edit.names[0] as string;
  return () =>
    immer.produce(current, (draft) => {
      const value = body.config.content.read.objects[name];
      if (value !== undefined) draft.config.content.read.objects[name] = value;
      draft.updateTime = new Date().toISOString();
    });
}

async function updateInstallationCase(edit: Edit): Promise<() => Installation> {
  const updateInstallation = exported<UpdateInstallation>(
    await loadAmpersand(),
    "@fieldmask/ampersand",
    "updateInstallation",
  );
  const { current, body, mask } = edit;
  // A fresh request per call, as a server gets one per PATCH (no identity-keyed cache can help).
  return () => updateInstallation(current, { updateMask: mask.slice(), installation: body });
}

/** The update group. */
export const updateCases: readonly BenchCase[] = SIZES.flatMap((n) => [
  updateCase(n, "immer", "immer produce by hand, autoFreeze off (baseline)", (e) => immerByHand(e, false)),
  updateCase(n, "immer-frozen", "immer produce by hand, autoFreeze on", (e) => immerByHand(e, true)),
  updateCase(n, "updateInstallation", "@fieldmask/ampersand updateInstallation", updateInstallationCase),
]);
