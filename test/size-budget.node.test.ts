// Size budgets: each package's ESM entry bundled with esbuild (minified, immer external) and gzipped. Size is
// deterministic, so unlike speed it is enforced inside `pnpm test`. The measured figures are in the test names.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

// Like the other suites, measure src/ through the workspace-only condition; TEST_DIST=1 measures the built dist/.
const FROM_DIST = process.env.TEST_DIST === "1";
const entry = (pkg: string) => `./packages/${pkg}/${FROM_DIST ? "dist/index.js" : "src/index.ts"}`;

/** 1 kB = 1,000 bytes (the stricter reading). */
const KB = 1000;
// The issue asked for core ≤ 5 kB and the adapter ≤ 12 kB. Today's code measures about 11.8 kB and 18.4 kB
// (the full engine: grammar trie, validation with suggestions, two-pass apply, diff, patches, JSON form), so
// those targets are missed and reported as such in bench/RESULTS.md and the README. These budgets are the
// measured sizes plus ~5 % headroom: they stop growth, and should come down as the code is trimmed.
const CORE_TARGET = 5 * KB;
const AMPERSAND_TARGET = 12 * KB;
const CORE_BUDGET = 12.4 * KB;
const AMPERSAND_BUDGET = 19.3 * KB;
/** Importing only parsePath must cost well under the whole of core. */
const PARSE_PATH_SHARE = 0.4;

type Measured = { ok: true; bytes: number } | { ok: false; error: string };

/** Bundles `contents` as an ESM module the way an app bundler would, and returns its gzipped size. */
async function minGzip(contents: string, external: readonly string[]): Promise<Measured> {
  try {
    const result = await build({
      stdin: { contents, resolveDir: ROOT, loader: "ts", sourcefile: "size-entry.ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      conditions: FROM_DIST ? [] : ["@fieldmask/source"],
      external: [...external],
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    return { ok: true, bytes: gzipSync(code, { level: 9 }).length };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function show(measured: Measured): string {
  return measured.ok ? `${(measured.bytes / KB).toFixed(2)} kB` : "bundle failed";
}

function verdict(measured: Measured, target: number): string {
  return measured.ok && measured.bytes <= target ? "met" : "missed";
}

function bytesOf(measured: Measured): number {
  if (!measured.ok) expect.fail(measured.error);
  return measured.bytes;
}

// Measured once while collecting, so the figures can appear in the test names.
const core = await minGzip(`export * from "${entry("fieldmask-core")}";`, ["immer"]);
const ampersand = await minGzip(`export * from "${entry("fieldmask-ampersand")}";`, ["immer"]);
const ampersandOwn = await minGzip(`export * from "${entry("fieldmask-ampersand")}";`, [
  "immer",
  "@fieldmask/core",
]);
const parsePathOnly = await minGzip(`export { parsePath } from "${entry("fieldmask-core")}";`, ["immer"]);
const share = core.ok && parsePathOnly.ok ? parsePathOnly.bytes / core.bytes : Number.NaN;

// What each kind of user actually ships when a bundler tree-shakes the named imports: the budgets are the
// sizes measured when they were set plus ~5 %, so a change that drags more code into a use case fails here.
const USE_CASES = [
  { who: "a front end checking masks", imports: "compileGrammar, validateMask", budget: 5.5 * KB },
  {
    who: "a server applying PATCH requests",
    imports: "compileGrammar, validateMask, applyMask, FieldMaskError",
    budget: 8.55 * KB,
  },
  { who: "a client computing a mask from a before/after pair", imports: "diffMask", budget: 2.5 * KB },
  { who: "a client turning recorded patches into a mask", imports: "maskFromPatches", budget: 2.55 * KB },
] as const;
const useCases = await Promise.all(
  USE_CASES.map(async (useCase) => ({
    ...useCase,
    measured: await minGzip(`export { ${useCase.imports} } from "${entry("fieldmask-core")}";`, ["immer"]),
  })),
);

describe(`size budgets (esbuild --minify, gzip -9, immer external, from ${FROM_DIST ? "dist" : "src"})`, () => {
  it(`@fieldmask/core is ${show(core)} ≤ ${CORE_BUDGET / KB} kB (issue target ${CORE_TARGET / KB} kB: ${verdict(core, CORE_TARGET)})`, () => {
    expect(bytesOf(core), "@fieldmask/core min+gzip bytes").toBeLessThanOrEqual(CORE_BUDGET);
  });

  it(`@fieldmask/ampersand with core bundled is ${show(ampersand)} ≤ ${AMPERSAND_BUDGET / KB} kB (its own code: ${show(ampersandOwn)}; issue target ${AMPERSAND_TARGET / KB} kB: ${verdict(ampersand, AMPERSAND_TARGET)})`, () => {
    expect(bytesOf(ampersand), "@fieldmask/ampersand min+gzip bytes, core included").toBeLessThanOrEqual(
      AMPERSAND_BUDGET,
    );
    expect(bytesOf(ampersandOwn), "the adapter's own code is part of the whole").toBeLessThan(
      bytesOf(ampersand),
    );
  });

  it(`importing only parsePath is ${show(parsePathOnly)}, ${(share * 100).toFixed(0)}% of core ≤ ${PARSE_PATH_SHARE * 100}%`, () => {
    expect(bytesOf(parsePathOnly) / bytesOf(core), "parsePath-only share of core").toBeLessThanOrEqual(
      PARSE_PATH_SHARE,
    );
  });

  describe("tree-shaken use cases", () => {
    it.each(useCases)("$who ($imports) ships $measured.bytes bytes ≤ $budget", ({ measured, budget }) => {
      expect(bytesOf(measured), "min+gzip bytes of the named imports").toBeLessThanOrEqual(budget);
      expect(bytesOf(measured), "a use case ships less than the whole of core").toBeLessThan(bytesOf(core));
    });
  });
});
