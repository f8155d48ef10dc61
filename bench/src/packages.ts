// Loads OUR packages from their built dist/ files, never from src/: the bench measures what users install.
import { pathToFileURL } from "node:url";

/** The file URL of a package's built ESM entry. bench.mjs sets FIELDMASK_BENCH_ROOT for every process. */
function distEntry(dir: string): string {
  const root = process.env.FIELDMASK_BENCH_ROOT;
  if (root === undefined)
    throw new Error("bench: run through bench/bench.mjs (pnpm bench), which sets the repo root");
  return pathToFileURL(`${root}/packages/${dir}/dist/index.js`).href;
}

/**
 * Imports the built `@fieldmask/core`.
 * @returns Its module namespace; callers pick functions with `exported`.
 */
export async function loadCore(): Promise<unknown> {
  return import(distEntry("fieldmask-core"));
}

/**
 * Imports the built `@fieldmask/ampersand` (which itself imports the built core, one shared instance).
 * @returns Its module namespace; callers pick functions with `exported`.
 */
export async function loadAmpersand(): Promise<unknown> {
  return import(distEntry("fieldmask-ampersand"));
}
