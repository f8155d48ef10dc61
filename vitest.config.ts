import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

// Tests and benchmarks run against src through this workspace-only export condition;
// TEST_DIST=1 runs the same suites against the built dist/ instead.
const SOURCE = process.env.TEST_DIST === "1" ? [] : ["@fieldmask/source"];

// Files that need Node built-ins (fs, child_process, esbuild …) end in .node.test.ts and stay out of the browser.
const LIBRARY_TESTS = ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"];

export default defineConfig({
  // Setting conditions REPLACES Vite's defaults, so they are listed again.
  resolve: { conditions: [...SOURCE, "module", "browser", "development|production"] },
  // Pre-bundle immer up front: otherwise Vite finds it mid-run and reloads the browser tests.
  optimizeDeps: { include: ["immer"] },
  ssr: { resolve: { conditions: [...SOURCE, "module", "node", "development|production"] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: LIBRARY_TESTS,
          typecheck: { enabled: true, include: ["packages/*/test/**/*.test-d.ts", "test/**/*.test-d.ts"] },
        },
      },
      {
        extends: true,
        test: { name: "server", environment: "node", include: ["examples/*/test/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: LIBRARY_TESTS,
          exclude: ["**/*.node.test.ts", "**/node_modules/**"],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: "chromium" }],
            provider: playwright({
              launchOptions: {
                executablePath: "/usr/bin/chromium",
                args: [
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--no-first-run",
                ],
              },
            }),
          },
        },
      },
    ],
  },
});
