import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The test run Stryker mutates against: the Node unit tests that exercise @fieldmask/core (its own tests, plus the
// security, fuzz and mutation-kill tests at the root). No browser project (Stryker must not start Chromium) and no
// typecheck pass (types do not kill mutants).
//
// The packages are aliased to the src/ next to THIS file: Stryker runs in a sandbox copy whose node_modules is a
// link back to the real workspace, so resolving `@fieldmask/core` by package name would test the unmutated source.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@fieldmask\/core$/, replacement: here("./packages/fieldmask-core/src/index.ts") },
      { find: /^@fieldmask\/ampersand$/, replacement: here("./packages/fieldmask-ampersand/src/index.ts") },
    ],
  },
  test: {
    name: "stryker",
    environment: "node",
    // instrumented code runs several times slower; the deep-path tests need the headroom
    testTimeout: 60_000,
    setupFiles: ["./test/mutation-kills/stryker-setup.ts"],
    // every fuzz property covers most mutants: ten runs kill what they can kill, at a fraction of the cost
    env: { FUZZ_RUNS: "10", FIELDMASK_INSTRUMENTED: "1" },
    include: [
      "packages/fieldmask-core/test/**/*.test.ts",
      "test/security/**/*.test.ts",
      "test/fuzz/**/*.test.ts",
      "test/mutation-kills/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/*.node.test.ts"],
  },
});
