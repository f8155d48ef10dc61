// Lists the mutants a Stryker run left alive (Survived and NoCoverage), one per line, with the source line and
// the replacement, so each can be judged: a missing test, an equivalent mutant, or dead code.
//
//   node scripts/mutation-survivors.mjs [report.json] [file-substring …]
//
// The report defaults to reports/mutation/mutation.json (written by `pnpm test:mutation`); the substrings keep only
// files whose path under src/ contains one of them (e.g. `apply-engine scan-path`).
import { readFileSync } from "node:fs";

const [json = "reports/mutation/mutation.json", ...filters] = process.argv.slice(2);
const report = JSON.parse(readFileSync(json, "utf8"));
let count = 0;
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const short = file.replace(/.*src\//, "");
  if (filters.length > 0 && !filters.some((filter) => short.includes(filter))) continue;
  const lines = source.split("\n");
  for (const mutant of mutants) {
    if (mutant.status !== "Survived" && mutant.status !== "NoCoverage") continue;
    const { line, column } = mutant.location.start;
    const code = lines[line - 1].trim().slice(0, 110);
    const replacement = (mutant.replacement ?? "").replace(/\s+/g, " ").slice(0, 80);
    console.log(
      `${short}:${line}:${column} ${mutant.status} ${mutant.mutatorName} | ${code} => ${replacement}`,
    );
    count++;
  }
}
console.log(`${count} mutant(s) left alive`);
