// Prints the one line CI reads ("N passed, N failed[, N skipped]") from vitest's JSON report.
// Exits non-zero unless vitest reported success and at least one test passed.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "test-results/vitest.json";
let report;
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.log("0 passed, 1 failed");
  console.error(`summary: no vitest report at ${file} (${error.message})`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(report.success === true && passed > 0 && failed === 0 ? 0 : 1);
