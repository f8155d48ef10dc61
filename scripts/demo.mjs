#!/usr/bin/env node
// `pnpm demo`: runs the fieldmask CLI on the shipped examples (examples/ampersand) — validate, apply, diff and
// one rejected request. Builds the packages first when dist/ is missing or older than src/.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages/fieldmask-ampersand/dist/cli.js");
const examples = "examples/ampersand";
const tty = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
const bold = (text) => (tty ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text) => (tty ? `\x1b[2m${text}\x1b[22m` : text);

/** Newest modification time of the .ts files under a folder (0 when there are none). */
function newest(folder) {
  let time = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) time = Math.max(time, newest(path));
    else if (entry.name.endsWith(".ts")) time = Math.max(time, statSync(path).mtimeMs);
  }
  return time;
}

function needsBuild() {
  for (const name of ["fieldmask-core", "fieldmask-ampersand"]) {
    const built = join(root, "packages", name, "dist/index.js");
    if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, "packages", name, "src")))
      return true;
  }
  return !existsSync(cli) || statSync(cli).mtimeMs < newest(join(root, "packages/fieldmask-ampersand/src"));
}

if (needsBuild()) {
  console.log(dim("Building the packages first (pnpm build)…"));
  const build = spawnSync("pnpm", ["build"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (build.status !== 0) {
    // Quiet when it works; the whole log when it does not.
    process.stderr.write(`${build.stdout ?? ""}${build.stderr ?? ""}`);
    console.error("pnpm build failed (log above).");
    process.exit(1);
  }
}

const steps = [
  {
    title: "1. Validate the request from Ampersand's 'Update an installation' page",
    args: ["validate", `${examples}/seed-request.json`],
    expect: 0,
  },
  {
    title: "2. Apply it to an installation with three read, two write and two subscribe objects",
    note:
      "The mask replaces the whole contacts read object (fields the request leaves out are gone);\n" +
      "nothing else changes but updateTime, which comes from --now.",
    args: [
      "apply",
      `${examples}/installation.json`,
      `${examples}/seed-request.json`,
      "--now",
      "2026-01-15T09:30:00Z",
    ],
    expect: 0,
    // The updated installation is ~150 lines of JSON: show how it differs from the input instead.
    summarize: (stdout) => summarizeChanges(readJson(`${examples}/installation.json`), JSON.parse(stdout)),
  },
  {
    title: "3. Diff the installation against an edited copy: the PATCH body a client should send",
    note: "Changes no updateMask path can express are warnings on stderr, with hints.",
    args: ["diff", `${examples}/installation.json`, `${examples}/installation-edited.json`],
    expect: 0,
  },
  {
    title: "4. A rejected request: compiler-style errors, carets and did-you-mean (exit code 1)",
    args: ["validate", `${examples}/rejected-request.json`],
    expect: 1,
  },
  {
    title: "5. Another of the eight resources: a project update",
    args: ["validate", "--resource", "project", `${examples}/project-request.json`],
    expect: 0,
  },
];

function readJson(path) {
  return JSON.parse(readFileSync(join(root, path), "utf8"));
}

/** One line per difference between two JSON values: `~` changed, `-` removed, `+` added. */
function summarizeChanges(before, after, path = "") {
  const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  const show = (value) => {
    const text = JSON.stringify(value);
    return text.length > 70 ? `${text.slice(0, 69)}…` : text;
  };
  if (isObject(before) && isObject(after)) {
    const lines = [];
    for (const key of Object.keys(before)) {
      const at = path === "" ? key : `${path}.${key}`;
      if (!(key in after)) lines.push(`  - ${at}: ${show(before[key])}`);
      else {
        const inner = summarizeChanges(before[key], after[key], at);
        if (inner !== "") lines.push(inner);
      }
    }
    for (const key of Object.keys(after)) {
      if (!(key in before)) lines.push(`  + ${path === "" ? key : `${path}.${key}`}: ${show(after[key])}`);
    }
    return lines.join("\n");
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? ""
    : `  ~ ${path}: ${show(before)} → ${show(after)}`;
}

let failed = 0;
for (const step of steps) {
  console.log(`\n${bold(step.title)}`);
  if (step.note !== undefined) console.log(dim(step.note));
  console.log(`${dim("$")} fieldmask ${step.args.join(" ")}`);
  // stdout and stderr interleave in the terminal as the CLI writes them (unless stdout is summarized).
  const run = spawnSync(process.execPath, [cli, ...step.args], {
    cwd: root,
    stdio: step.summarize === undefined ? "inherit" : ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (step.summarize !== undefined && run.status === 0) {
    const lines = run.stdout.split("\n").length - 1;
    console.log(
      dim(`(stdout: the updated resource, ${lines} lines of JSON; how it differs from the input:)`),
    );
    console.log(step.summarize(run.stdout));
  }
  const status = run.status ?? 1;
  console.log(dim(`(exit code ${status}${status === step.expect ? "" : `, expected ${step.expect}`})`));
  if (status !== step.expect) failed++;
}

console.log(
  failed === 0
    ? `\n${bold("Demo done.")} Try: node ${relative(process.cwd(), cli)} --help`
    : `\n${failed} step(s) did not exit as expected.`,
);
process.exit(failed === 0 ? 0 : 1);
