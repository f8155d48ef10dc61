// pnpm bench: bundles bench/src with esbuild (Node 20 cannot run TypeScript) and runs the parent. Our packages are
// loaded from their BUILT dist/ files at run time (bench/src/packages.ts), so the bench measures what users install.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
for (const dir of ["fieldmask-core", "fieldmask-ampersand"]) {
  if (!existsSync(`${root}/packages/${dir}/dist/index.js`)) {
    process.stderr.write(`bench: packages/${dir}/dist/index.js is missing: run pnpm build first\n`);
    process.exit(1);
  }
}

// Under node_modules, so Biome and git leave the generated files alone and Node still finds the libraries.
const outdir = `${root}/node_modules/.cache/fieldmask-bench`;
await build({
  absWorkingDir: root,
  entryPoints: { run: "bench/src/run.ts", child: "bench/src/child.ts" },
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});

// Every child process inherits the root and finds the dist files from it.
process.env.FIELDMASK_BENCH_ROOT = root;
process.env.FIELDMASK_BENCH_RESULTS = `${root}/bench/RESULTS.md`;
process.env.FIELDMASK_BENCH_CACHE = outdir;
await import(`${outdir}/run.js`);
