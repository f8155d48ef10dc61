import { defineConfig } from "tsup";

export default defineConfig([
  // The library: ESM + CJS + .d.ts/.d.cts. It imports no Node built-ins, so the same files run in browsers.
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    // Clean everything but the bin's files: the two builds run side by side, and a plain `clean: true` could
    // delete a cli.js the other build has just written.
    clean: ["!cli.js", "!cli.js.map"],
    sourcemap: true,
    target: "es2022",
  },
  // The `fieldmask` bin: ESM only, Node only. tsup keeps the entry's `#!/usr/bin/env node` line and marks the
  // file executable. It bundles the adapter's own source files and leaves the dependencies (@fieldmask/core,
  // immer) external. No `clean` here: the library build above owns it.
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    platform: "node",
    target: "node20",
  },
]);
