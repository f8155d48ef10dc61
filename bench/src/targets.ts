// The speed targets of issue 7. They are reported, met or missed, with the measured ratio: never tuned for.
import { SIZES } from "./data.js";

/** One target: `subject` compared with `reference` by the ratio of their median times. */
export interface Target {
  /** What the target says, as the report prints it. */
  readonly text: string;
  /** Case measured. */
  readonly subject: string;
  /** Case it is compared with. */
  readonly reference: string;
  /**
   * `max`: met when subject/reference ≤ limit; `below`: met when subject/reference < limit (strictly faster);
   * `speedup`: met when reference/subject ≥ limit.
   */
  readonly kind: "max" | "below" | "speedup";
  readonly limit: number;
}

function apply(): Target[] {
  const targets: Target[] = [
    {
      text: "apply one path ≤ 3× spread at N = 10",
      subject: "apply/one-path-n10/applyMask",
      reference: "apply/one-path-n10/spread",
      kind: "max",
      limit: 3,
    },
    {
      text: "apply one path ≤ 1.2× spread at N = 100,000",
      subject: "apply/one-path-n100000/applyMask",
      reference: "apply/one-path-n100000/spread",
      kind: "max",
      limit: 1.2,
    },
  ];
  const rivals = [
    ["immer", "immer + walk, autoFreeze off"],
    ["immer-frozen", "immer + walk, autoFreeze on"],
    ["lodash", "lodash cloneDeep + set"],
    ["fast-json-patch", "fast-json-patch"],
    ["json-merge-patch", "json-merge-patch"],
  ] as const;
  for (const n of SIZES) {
    for (const [id, label] of rivals) {
      targets.push({
        text: `apply one path faster than ${label} at N = ${n.toLocaleString("en-US")}`,
        subject: `apply/one-path-n${n}/applyMask`,
        reference: `apply/one-path-n${n}/${id}`,
        kind: "below",
        limit: 1,
      });
    }
  }
  return targets;
}

function parse(): Target[] {
  return (["typical", "escaped", "backtick"] as const).map((variant) => ({
    text: `parsePath ≤ 3× split (${variant} paths)`,
    subject: `parse/${variant}/parsePath`,
    reference: `parse/${variant}/split`,
    kind: "max" as const,
    limit: 3,
  }));
}

function update(): Target[] {
  return SIZES.map((n) => ({
    text: `updateInstallation ≤ 1.5× immer by hand at N = ${n.toLocaleString("en-US")}`,
    subject: `update/one-path-n${n}/updateInstallation`,
    reference: `update/one-path-n${n}/immer`,
    kind: "max" as const,
    limit: 1.5,
  }));
}

function diff(): Target[] {
  const targets: Target[] = [];
  for (const pair of ["shared", "cloned"] as const) {
    for (const id of ["diffMask", "diffInstallation"] as const) {
      targets.push({
        text: `${id} no slower than fast-json-patch compare at N = 100,000 (${pair} pair)`,
        subject: `diff/${pair}-n100000/${id}`,
        reference: `diff/${pair}-n100000/fast-json-patch`,
        kind: "max",
        limit: 1,
      });
    }
  }
  targets.push({
    text: "maskFromPatches ≥ 1,000× faster than diffMask for a one-object edit (N = 100,000, shared pair)",
    subject: "diff/edit-n100000/maskFromPatches",
    reference: "diff/shared-n100000/diffMask",
    kind: "speedup",
    limit: 1000,
  });
  return targets;
}

/** Every target, in report order. */
export const TARGETS: readonly Target[] = [...parse(), ...apply(), ...update(), ...diff()];
