// Markdown tables from the per-case medians.
import type { BenchCase } from "./case.js";
import type { Target } from "./targets.js";

/** The outcome of one case over all its repetitions. */
export interface CaseOutcome {
  /** Median over repetitions of each repetition's median, in ns per op; undefined when not measured. */
  readonly median: number | undefined;
  /** Each repetition's median, in ns per op. */
  readonly reps: readonly number[];
  /** Why there is no figure (`not built yet: …`, or the error). */
  readonly note: string | undefined;
}

/** The outcome of one target. */
export interface TargetOutcome {
  readonly target: Target;
  /** subject/reference (or reference/subject for a speedup), undefined when either side was not measured. */
  readonly measured: number | undefined;
  readonly met: boolean | undefined;
}

/**
 * Median of a non-empty list.
 * @param values - Numbers.
 * @returns The middle value, or the mean of the two middle values.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * A duration with three significant digits and a unit.
 * @param ns - Nanoseconds.
 * @returns E.g. `412 ns`, `3.27 µs`, `18.4 ms`, `1.21 s`.
 */
export function formatTime(ns: number): string {
  const [value, unit] =
    ns < 1e3 ? [ns, "ns"] : ns < 1e6 ? [ns / 1e3, "µs"] : ns < 1e9 ? [ns / 1e6, "ms"] : [ns / 1e9, "s"];
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${unit}`;
}

/**
 * A ratio of two times, readable at any magnitude.
 * @param ratio - subject / baseline.
 * @returns E.g. `1.00×`, `27.3×`, `0.41×`, `1/2,310×` for ratios under 0.1.
 */
export function formatRatio(ratio: number): string {
  if (ratio < 0.1) return `1/${Math.round(1 / ratio).toLocaleString("en-US")}×`;
  return `${ratio >= 100 ? Math.round(ratio).toLocaleString("en-US") : ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

/**
 * Evaluates a target from the outcomes.
 * @param target - The target.
 * @param outcomes - Outcomes by case name.
 * @returns Its measured ratio and whether it was met (undefined when not measured).
 */
export function evaluate(target: Target, outcomes: ReadonlyMap<string, CaseOutcome>): TargetOutcome {
  const subject = outcomes.get(target.subject)?.median;
  const reference = outcomes.get(target.reference)?.median;
  if (subject === undefined || reference === undefined)
    return { target, measured: undefined, met: undefined };
  if (target.kind === "speedup") {
    const speedup = reference / subject;
    return { target, measured: speedup, met: speedup >= target.limit };
  }
  const ratio = subject / reference;
  return {
    target,
    measured: ratio,
    met: target.kind === "max" ? ratio <= target.limit : ratio < target.limit,
  };
}

function formatMeasured(outcome: TargetOutcome): string {
  if (outcome.measured === undefined) return "—";
  return outcome.target.kind === "speedup"
    ? `${Math.round(outcome.measured).toLocaleString("en-US")}× faster`
    : formatRatio(outcome.measured);
}

function verdict(outcome: TargetOutcome): string {
  return outcome.met === undefined ? "not measured" : outcome.met ? "met" : "**missed**";
}

function formatN(n: number | undefined): string {
  return n === undefined ? "" : n.toLocaleString("en-US");
}

/**
 * One markdown table per `table` key, in case order: N, case, median, ratio to its baseline, the spread of the
 * repetitions' medians, and the verdict of every target whose subject is the row.
 * @param cases - The cases that ran, in report order.
 * @param outcomes - Outcomes by case name.
 * @param targets - Evaluated targets.
 * @returns Markdown.
 */
export function renderTables(
  cases: readonly BenchCase[],
  outcomes: ReadonlyMap<string, CaseOutcome>,
  targets: readonly TargetOutcome[],
): string {
  const tables = new Map<string, BenchCase[]>();
  for (const entry of cases) {
    const rows = tables.get(entry.table) ?? [];
    rows.push(entry);
    tables.set(entry.table, rows);
  }
  const out: string[] = [];
  for (const [table, rows] of tables) {
    const hasN = rows.some((row) => row.n !== undefined);
    out.push(`### ${table}`, "");
    out.push(`| ${hasN ? "N | " : ""}case | median/op | × baseline | reps (min–max) | target |`);
    out.push(`|${hasN ? "--:|" : ""}---|--:|--:|--:|---|`);
    for (const row of rows) {
      const outcome = outcomes.get(row.name);
      const base = outcomes.get(row.baseline)?.median;
      const value = outcome?.median;
      const time = value === undefined ? (outcome?.note ?? "not run") : formatTime(value);
      const ratio =
        value === undefined || base === undefined
          ? "—"
          : row.baseline === row.name
            ? "1 (baseline)"
            : formatRatio(value / base);
      const reps =
        outcome === undefined || outcome.reps.length === 0
          ? "—"
          : `${formatTime(Math.min(...outcome.reps))} – ${formatTime(Math.max(...outcome.reps))}`;
      const verdicts = targets
        .filter((t) => t.target.subject === row.name)
        .map((t) => `${shortTarget(t.target)}: ${verdict(t)}`)
        .join("; ");
      out.push(
        `| ${hasN ? `${formatN(row.n)} | ` : ""}\`${row.name.split("/").pop()}\` ${row.label} | ${time} | ${ratio} | ${reps} | ${verdicts} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}

function shortTarget(target: Target): string {
  const reference = target.reference.split("/").pop() ?? target.reference;
  if (target.kind === "speedup") return `≥ ${target.limit.toLocaleString("en-US")}× faster than ${reference}`;
  if (target.kind === "below") return `< ${reference}`;
  return `≤ ${target.limit}× ${reference}`;
}

/**
 * The summary of every target that had both sides measured or selected.
 * @param targets - Evaluated targets.
 * @returns Markdown.
 */
export function renderTargets(targets: readonly TargetOutcome[]): string {
  const out = ["| target | measured | result |", "|---|--:|---|"];
  for (const t of targets) out.push(`| ${t.target.text} | ${formatMeasured(t)} | ${verdict(t)} |`);
  const met = targets.filter((t) => t.met === true).length;
  const missed = targets.filter((t) => t.met === false).length;
  const unmeasured = targets.length - met - missed;
  out.push("", `${met} met, ${missed} missed${unmeasured > 0 ? `, ${unmeasured} not measured` : ""}.`, "");
  return out.join("\n");
}
