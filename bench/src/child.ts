// One case, one fresh Node process: set up outside the timed region, measure with mitata, print one JSON line.
import { do_not_optimize, measure } from "mitata";
import { MissingExport } from "./case.js";
import { findCase } from "./cases.js";
import { type ChildResult, RESULT_PREFIX } from "./protocol.js";

function report(result: ChildResult): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

async function main(name: string): Promise<void> {
  const entry = findCase(name);
  try {
    const { run, verify } = await entry.setup();
    const quick = process.env.FIELDMASK_BENCH_QUICK === "1";
    // The 100,000-object cases take milliseconds to seconds per call (a deep clone of 2.5 million nodes): two
    // samples or half a second, whichever is longer, keep a full run short; the run's figure is the median of
    // at least three processes anyway.
    const heavy = (entry.n ?? 0) >= 100_000;
    const options = quick
      ? { min_samples: 2, min_cpu_time: 20e6 }
      : heavy
        ? { min_samples: 2, min_cpu_time: 500e6 }
        : { min_samples: 12, min_cpu_time: 300e6 };
    let last: unknown;
    const stats = await measure(() => {
      last = run();
      do_not_optimize(last);
    }, options);
    verify(last);
    report({
      kind: "ok",
      name,
      median: stats.p50,
      samples: stats.samples.length,
      min: stats.min,
      max: stats.max,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(
      error instanceof MissingExport ? { kind: "missing", name, reason } : { kind: "error", name, reason },
    );
  }
}

const name = process.argv[2];
if (name === undefined) {
  process.stderr.write("usage: node child.js <case-name>\n");
  process.exitCode = 2;
} else {
  await main(name);
}
