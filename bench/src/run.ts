// The parent: picks the cases, runs every repetition of every case in its own Node process, prints the tables
// and, after a full run, writes bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { BenchCase } from "./case.js";
import { CASES } from "./cases.js";
import { writeInstallations } from "./data.js";
import { type ChildResult, RESULT_PREFIX } from "./protocol.js";
import { type CaseOutcome, evaluate, formatTime, median, renderTables, renderTargets } from "./report.js";
import { TARGETS } from "./targets.js";

interface Options {
  readonly filters: readonly string[];
  readonly reps: number;
  readonly quick: boolean;
  readonly write: boolean;
  readonly list: boolean;
}

const USAGE = `usage: pnpm bench [filter…] [--reps=N] [--quick] [--write] [--list]
  filter    a group (parse, validate, apply, update, diff) or a regexp matched against case names;
            the baseline and target reference of every selected case run too
  --reps=N  repetitions per case, each in a fresh process (default 3, at least 3 for RESULTS.md)
  --quick   a few samples per repetition: a smoke test, figures are rough
  --write   write bench/RESULTS.md even after a filtered run (a full run always writes it)
  --list    print the case names and exit`;

function parseArgs(argv: readonly string[]): Options {
  const filters: string[] = [];
  let reps = 3;
  let quick = false;
  let write = false;
  let list = false;
  for (const arg of argv) {
    if (arg === "--quick") quick = true;
    else if (arg === "--write") write = true;
    else if (arg === "--list") list = true;
    else if (arg.startsWith("--reps=")) reps = Number(arg.slice("--reps=".length));
    else if (arg === "--help" || arg === "-h" || arg.startsWith("--")) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(arg.startsWith("--h") || arg === "-h" ? 0 : 2);
    } else filters.push(arg);
  }
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`bench: --reps must be a positive integer`);
  return { filters, reps, quick, write, list };
}

/** The selected cases plus everything their ratios and targets need, in registry order. */
function select(filters: readonly string[]): BenchCase[] {
  if (filters.length === 0) return [...CASES];
  const groups = new Set(CASES.map((entry) => entry.group));
  const tests = filters.map((filter) =>
    groups.has(filter)
      ? (entry: BenchCase) => entry.group === filter
      : (entry: BenchCase) => new RegExp(filter, "i").test(entry.name),
  );
  const wanted = new Set<string>();
  for (const entry of CASES) if (tests.some((test) => test(entry))) wanted.add(entry.name);
  for (const name of [...wanted]) {
    const entry = CASES.find((c) => c.name === name);
    if (entry !== undefined) wanted.add(entry.baseline);
    for (const target of TARGETS) if (target.subject === name) wanted.add(target.reference);
  }
  return CASES.filter((entry) => wanted.has(entry.name));
}

const CHILD = fileURLToPath(new URL("./child.js", import.meta.url));

function runChild(name: string, quick: boolean): ChildResult {
  const result = spawnSync(process.execPath, ["--expose-gc", CHILD, name], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FIELDMASK_BENCH_QUICK: quick ? "1" : "0" },
  });
  const line = result.stdout
    ?.split("\n")
    .reverse()
    .find((l) => l.startsWith(RESULT_PREFIX));
  if (line === undefined) {
    const why = (result.stderr || result.error?.message || `exit ${result.status}`)
      .trim()
      .split("\n")
      .slice(-3);
    return { kind: "error", name, reason: `child failed: ${why.join(" / ")}` };
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult;
}

function environment(): string[] {
  const cpu = cpus();
  return [
    `- Node ${process.version} (${process.platform} ${process.arch}), V8 ${process.versions.v8}`,
    `- CPU: ${cpu[0]?.model.trim() ?? "unknown"} × ${cpu.length} logical cores`,
    `- Load average (1, 5, 15 min) at the start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  ];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const cases = select(options.filters);
  if (options.list) {
    process.stdout.write(`${CASES.map((entry) => entry.name).join("\n")}\n`);
    return;
  }
  if (cases.length === 0) throw new Error(`bench: no case matches ${options.filters.join(" ")}`);
  const started = new Date();
  const env = environment();
  const sizes = new Set<number>();
  for (const entry of cases) if (entry.n !== undefined) sizes.add(entry.n);
  process.stderr.write(`generating installations with ${[...sizes].join(", ")} read objects…\n`);
  writeInstallations(sizes);
  const reps = new Map<string, number[]>();
  const notes = new Map<string, string>();
  const total = cases.length * options.reps;
  let done = 0;
  const writes = (options.filters.length === 0 && !options.quick && options.reps >= 3) || options.write;

  const summarize = () => {
    const outcomes = new Map<string, CaseOutcome>();
    for (const entry of cases) {
      const list = reps.get(entry.name) ?? [];
      outcomes.set(entry.name, {
        median: list.length > 0 && !notes.has(entry.name) ? median(list) : undefined,
        reps: list,
        note: notes.get(entry.name),
      });
    }
    const selected = new Set(cases.map((entry) => entry.name));
    const targets = TARGETS.filter((t) => selected.has(t.subject)).map((t) => evaluate(t, outcomes));
    const body = [
      renderTables(cases, outcomes, targets),
      ...(targets.length > 0 ? ["### Targets", "", renderTargets(targets)] : []),
    ].join("\n");
    return { body };
  };

  const writeResults = (rounds: number) => {
    const minutes = ((Date.now() - started.getTime()) / 60_000).toFixed(1);
    const command = ["pnpm bench", ...process.argv.slice(2)].join(" ");
    const partial =
      rounds < options.reps
        ? ` — PARTIAL: ${rounds} of ${options.reps} repetitions done when this was written`
        : "";
    const doc = [
      "# Benchmark results",
      "",
      `Written by \`${command}\` on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC in ${minutes} min${partial}.`,
      "See [README.md](README.md) for what each case does and how to read the tables.",
      "",
      ...env,
      `- Load average at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}`,
      `- ${rounds} repetition${rounds === 1 ? "" : "s"} per case, each in a fresh Node process; the figure is the median of the`,
      "  repetitions' medians, and `reps` shows their spread.",
      `- Measured on a shared ${cpus().length}-core machine while other jobs may have been running: differences of 10–20 %`,
      "  between neighbouring rows are within the noise; the ratios against the targets are far wider than that",
      "  unless the row says otherwise.",
      "",
      summarize().body,
    ].join("\n");
    writeFileSync(process.env.FIELDMASK_BENCH_RESULTS ?? "bench/RESULTS.md", doc);
    process.stderr.write(`wrote bench/RESULTS.md (${rounds} of ${options.reps} repetitions)\n`);
  };

  // Repetitions are interleaved (every case once, then again) so a burst of load on the shared machine
  // spreads over many cases instead of spoiling all repetitions of one.
  for (let rep = 1; rep <= options.reps; rep++) {
    for (const entry of cases) {
      done++;
      if (notes.has(entry.name)) continue;
      const t0 = Date.now();
      const result = runChild(entry.name, options.quick);
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      const prefix = `[${done}/${total}] ${entry.name} (rep ${rep})`;
      if (result.kind === "ok") {
        const list = reps.get(entry.name) ?? [];
        list.push(result.median);
        reps.set(entry.name, list);
        process.stderr.write(
          `${prefix}: ${formatTime(result.median)} (${result.samples} samples, ${seconds} s)\n`,
        );
      } else {
        notes.set(
          entry.name,
          result.kind === "missing" ? `not built yet: ${result.reason}` : `error: ${result.reason}`,
        );
        process.stderr.write(`${prefix}: ${result.kind}: ${result.reason}\n`);
      }
    }
    // A full run rewrites RESULTS.md after every round, so a run cut short still leaves honest figures behind.
    if (writes) writeResults(rep);
  }
  process.stdout.write(`\n${summarize().body}\n`);
}

await main();
