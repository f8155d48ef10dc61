import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const CLI = `${PACKAGE}dist/cli.js`;
const built = existsSync(CLI);
// Plain output whatever the environment of the test run (vitest may set FORCE_COLOR).
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined };

describe("the built bin (after pnpm build)", () => {
  it.skipIf(!built)("starts with a shebang and is executable", () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(() => accessSync(CLI, constants.X_OK)).not.toThrow();
  });

  it.skipIf(!built)("runs as a real process: exit codes and streams", () => {
    const ok = spawnSync(process.execPath, [CLI, "validate", "examples/ampersand/seed-request.json"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("examples/ampersand/seed-request.json: ok (installation update, 1 path)");

    const rejected = spawnSync(process.execPath, [CLI, "validate", "-"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      input: readFileSync(`${ROOT}examples/ampersand/rejected-request.json`, "utf8"),
    });
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain("<stdin>:4:");
    expect(rejected.stderr).toContain('did you mean "config.content.proxy.enabled"?');

    const usage = spawnSync(process.execPath, [CLI, "apply", "missing.json", "missing-too.json"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("fieldmask: missing.json: cannot read file (no such file)\n");
  });
});

describe("the library stays browser-safe", () => {
  it("bundles src/index.ts for the browser without Node built-ins or CLI code", async () => {
    // platform "browser" makes esbuild fail on any node: import reached from the entry.
    const result = await build({
      entryPoints: [`${PACKAGE}src/index.ts`],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      conditions: ["@fieldmask/source"],
      logLevel: "silent",
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes("fieldmask-core/src/"))).toBe(true);
    expect(inputs.filter((path) => path.includes("/cli") || path.startsWith("node:"))).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toContain("parseArgs");
  });
});
