import { readdirSync, readFileSync } from "node:fs";
import { applyUpdate, diffUpdate, validateUpdateRequest } from "@fieldmask/ampersand";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../src/cli/cli-io.js";
import { runCli } from "../src/cli/run-cli.js";
import { REFUSALS } from "./cli.testdata.js";

// The shipped examples, as an in-memory file system keyed by base name.
const EXAMPLES_DIR = new URL("../../../examples/ampersand/", import.meta.url);
const EXAMPLES: Record<string, string> = {};
for (const name of readdirSync(EXAMPLES_DIR))
  EXAMPLES[name] = readFileSync(new URL(name, EXAMPLES_DIR), "utf8");
const json = (name: string): unknown => JSON.parse(EXAMPLES[name] as string);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(
  argv: readonly string[],
  files: Record<string, string> = {},
  stdin = "",
  color = false,
): Promise<Run> {
  const all: Record<string, string> = { ...EXAMPLES, ...files };
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readFile: async (path) => {
      if (path === "a-directory")
        throw Object.assign(new Error("EISDIR: illegal operation"), { code: "EISDIR" });
      const text = all[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    },
    readStdin: async () => stdin,
    color,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const NOW = "2026-01-15T09:30:00Z";

describe("fieldmask --help", () => {
  it.each([
    [["--help"], "Usage: fieldmask <command>"],
    [["-h"], "Usage: fieldmask <command>"],
    [["help"], "Usage: fieldmask <command>"],
    [["validate", "--help"], "Usage: fieldmask validate <request.json>"],
    [["help", "apply"], "Usage: fieldmask apply <current.json> <request.json>"],
    [["diff", "-h"], "Usage: fieldmask diff <before.json> <after.json>"],
    [["diff", "before.json", "--help"], "Usage: fieldmask diff <before.json> <after.json>"],
  ])("%j prints help on stdout", async (argv, first) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.startsWith(first)).toBe(true);
    expect(result.stdout).toContain("Exit codes: 0 success, 1 invalid input, 2 usage error.");
  });

  it("prints help on stderr with exit code 2 when run with no arguments", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith("Usage: fieldmask <command>")).toBe(true);
  });
});

describe("refusals: one line, the right exit code, no stack trace", () => {
  for (const row of REFUSALS) {
    it(row.name, async () => {
      const result = await run(row.argv, { "truncated.json": '{"updateMask": ["a"' }, "not json");
      expect(result).toEqual({
        code: row.exitCode,
        stdout: "",
        stderr: typeof row.stderr === "string" ? row.stderr : expect.stringMatching(row.stderr),
      });
    });
  }
});

describe("fieldmask validate", () => {
  it("accepts the seed page's request", async () => {
    expect(await run(["validate", "seed-request.json"])).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "seed-request.json: ok (installation update, 1 path)
        config.content.read.objects.contacts
      ",
      }
    `);
  });

  it("reads standard input for -", async () => {
    const result = await run(["validate", "-"], {}, EXAMPLES["seed-request.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("<stdin>: ok (installation update, 1 path)")).toBe(true);
  });

  it("accepts requests for the other resources with --resource", async () => {
    const result = await run(["validate", "--resource=project", "project-request.json"]);
    expect(result).toEqual({
      code: 0,
      stdout: "project-request.json: ok (project update, 1 path)\n  appName\n",
      stderr: "",
    });
    // The same body is not an installation request.
    expect((await run(["validate", "project-request.json"])).code).toBe(1);
  });

  it("prints --json output for a valid request", async () => {
    const result = await run(["validate", "--json", "seed-request.json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: true,
      resource: "installation",
      updateMask: ["config.content.read.objects.contacts"],
    });
  });

  it("reports a rejected request like a compiler: file:line:column, the entry, a caret, did you mean", async () => {
    const result = await run(["validate", "rejected-request.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatchInlineSnapshot(`
      "rejected-request.json:17:59: error[invalid_value]: Path 0 ("config.content.read.objects.contacts") has an invalid value at config.content.read.objects.contacts.selectedFields.phone: expected a boolean, got string "yes"
        installation.config.content.read.objects.contacts.selectedFields.phone: "yes"

      rejected-request.json:4:27: error[not_allowed]: Path 1 ("config.content.proxy.enable") is not an allowed path
        updateMask[1]: config.content.proxy.enable
                                            ^^^^^^
        did you mean "config.content.proxy.enabled"?

      rejected-request.json:5:21: error[not_allowed]: Path 2 ("config.content.provider") is not an allowed path
        updateMask[2]: config.content.provider
                                      ^^^^^^^^
        help: Allowed paths under config.content: config.content.read.objects.<objectName>.**, config.content.write.objects.<objectName>, config.content.write.objects, config.content.subscribe.objects.<objectName>, config.content.subscribe.objects, config.content.proxy.enabled

      3 errors in rejected-request.json
      "
    `);
  });

  it("prints exactly the adapter's problem+json body with --json", async () => {
    const result = await run(["validate", "rejected-request.json", "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const expected = validateUpdateRequest("installation", json("rejected-request.json"));
    expect(expected.ok).toBe(false);
    expect(JSON.parse(result.stdout)).toEqual(expected.ok ? undefined : expected.problem);
  });

  it.each([
    // empty_segment, with a column
    ["config..read", "config.content.read.objects.contacts"],
    // an escaped dot before the error: the file column counts the JSON escape, the caret does not
    ["config.content.read.objects.con\\.tacts..x", "config.content.proxy.enabled"],
    // not_allowed without a column: the caret goes under the first segment that differs from the suggestion
    ["config.content.reed.objects.contacts", "config.content.proxy.enabled"],
    // duplicate_path: no column, no suggestion; must be located at its second occurrence
    ["config.content.proxy.enabled", "config.content.proxy.enabled"],
  ])("puts the caret under the offending column of %j", async (entry, other) => {
    // Arrange: the bad entry second, so the location logic must skip the first one.
    const request = { updateMask: [other, entry], installation: {} };
    const text = JSON.stringify(request, null, 2);
    const checked = validateUpdateRequest("installation", request);
    expect(checked.ok).toBe(false);
    const issue = checked.ok ? undefined : checked.problem.issues?.find((i) => i.name === "updateMask[1]");
    const context = (issue?.context ?? {}) as { column?: number; suggestion?: string };
    const column =
      context.column ?? (context.suggestion === undefined ? 1 : firstDifference(entry, context.suggestion));

    // Act
    const result = await run(["validate", "bad.json"], { "bad.json": text });

    // Assert: the entry line, then the caret line, with `^` starting right under the column.
    const lines = result.stderr.split("\n");
    const at = lines.indexOf(`  updateMask[1]: ${entry}`);
    expect(at).toBeGreaterThan(0);
    expect((lines[at + 1] as string).indexOf("^")).toBe("  updateMask[1]: ".length + column - 1);
    // The header names the file, the line of the entry (its last occurrence) and the column within that line.
    const literal = JSON.stringify(entry);
    const offset = text.lastIndexOf(literal) + JSON.stringify(entry.slice(0, column - 1)).length - 1;
    const line = text.slice(0, offset).split("\n").length;
    const fileColumn = offset - text.lastIndexOf("\n", offset - 1);
    expect(lines[at - 1]).toMatch(new RegExp(`^bad\\.json:${line}:${fileColumn}: error\\[[a-z_]+\\]: `));
  });
});

/** 1-based column of the first segment of `entry` that differs from `pattern` (`<placeholders>` match anything). */
function firstDifference(entry: string, pattern: string): number {
  const a = entry.split(".");
  const b = pattern.split(".");
  let column = 1;
  for (let i = 0; i < a.length; i++) {
    const other = b[i];
    if (other === undefined || (other !== a[i] && !other.startsWith("<"))) return column;
    column += (a[i] as string).length + 1;
  }
  return 1;
}

describe("fieldmask apply", () => {
  it("prints the updated installation, as applyUpdate computes it", async () => {
    const result = await run(["apply", "installation.json", "seed-request.json", "--now", NOW]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const checked = validateUpdateRequest("installation", json("seed-request.json"));
    if (!checked.ok) throw new Error("the seed request must be valid");
    const expected = applyUpdate("installation", json("installation.json") as never, checked.request, {
      now: () => new Date(NOW),
    });
    expect(JSON.parse(result.stdout)).toEqual(expected);
    expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it("reads the request from standard input", async () => {
    const fromFile = await run(["apply", "installation.json", "seed-request.json", "--now", NOW]);
    const fromStdin = await run(
      ["apply", "installation.json", "-", "--now", NOW],
      {},
      EXAMPLES["seed-request.json"],
    );
    expect(fromStdin).toEqual(fromFile);
  });

  it("refuses a rejected request with the same report as validate", async () => {
    const applied = await run(["apply", "installation.json", "rejected-request.json"]);
    const validated = await run(["validate", "rejected-request.json"]);
    expect(applied).toEqual({ code: 1, stdout: "", stderr: validated.stderr });
  });

  it("answers a current resource that is not an object in one line", async () => {
    const result = await run(["apply", "number.json", "seed-request.json"], { "number.json": "42" });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toHaveLength(2); // one line, then the final newline
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("--strict and --connection", () => {
  const extra = JSON.stringify({
    updateMask: ["config.content.proxy.enabled"],
    installation: { config: { content: { proxy: { enabled: false } } }, healthStatus: "unhealthy" },
  });

  it("--strict reports body fields outside updateMask", async () => {
    expect((await run(["validate", "extra.json"], { "extra.json": extra })).code).toBe(0);
    const strict = await run(["validate", "--strict", "extra.json"], { "extra.json": extra });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("error[ignored_field]");
    expect(strict.stderr).toContain("installation.healthStatus");
    expect(
      (await run(["apply", "--strict", "installation.json", "extra.json"], { "extra.json": extra })).code,
    ).toBe(1);
  });

  it("--connection resolves a connectionId update", async () => {
    // Arrange
    const request = JSON.stringify({
      updateMask: ["connectionId"],
      installation: { connectionId: "connection-999" },
    });
    const connection = {
      ...(json("installation.json") as { connection: object }).connection,
      id: "connection-999",
    };
    const files = { "switch.json": request, "connection.json": JSON.stringify(connection) };

    // Act
    const resolved = await run(
      ["apply", "installation.json", "switch.json", "--connection", "connection.json"],
      files,
    );
    const unresolved = await run(["apply", "installation.json", "switch.json"], files);
    const other = await run(
      ["apply", "installation.json", "switch.json", "--connection", "connection.json"],
      { ...files, "connection.json": JSON.stringify({ ...connection, id: "connection-1" }) },
    );

    // Assert
    expect(resolved.code).toBe(0);
    expect((JSON.parse(resolved.stdout) as { connection: unknown }).connection).toEqual(connection);
    expect(unresolved.code).toBe(1);
    expect(unresolved.stderr).toContain("error[no_connection_resolver]");
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("error[unknown_connection]");
  });
});

describe("fieldmask diff", () => {
  it("prints the PATCH body and warns about what the endpoint cannot express", async () => {
    const result = await run(["diff", "installation.json", "installation-edited.json"]);
    expect(result.code).toBe(0);
    const expected = diffUpdate(
      "installation",
      json("installation.json") as never,
      json("installation-edited.json") as never,
    );
    expect(JSON.parse(result.stdout)).toEqual(expected.request);
    expect(expected.unexpressible.length).toBeGreaterThan(0);
    for (const change of expected.unexpressible) expect(result.stderr).toContain(`warning: ${change.path} `);
    // One block per change, in the adapter's order; the wording of reasons and hints is the adapter's.
    let blocks = "";
    for (const change of expected.unexpressible) {
      blocks += `installation-edited.json: warning: ${change.path} ${change.kind} but cannot be sent: ${change.reason}\n`;
      if (change.hint !== undefined) blocks += `  hint: ${change.hint}\n`;
    }
    expect(result.stderr).toBe(blocks);
    expect(result.stderr).toMatch(
      /^installation-edited\.json: warning: config\.content\.read\.objects\.deals removed but cannot be sent: .+\n {2}hint: .+$/m,
    );
  });

  it("prints { request, unexpressible } with --json", async () => {
    const result = await run(["diff", "--json", "installation.json", "installation-edited.json"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const expected = diffUpdate(
      "installation",
      json("installation.json") as never,
      json("installation-edited.json") as never,
    );
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("says there is nothing to send when nothing updatable changed", async () => {
    const result = await run(["diff", "installation.json", "-"], {}, EXAMPLES["installation.json"]);
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: "<stdin>: no updatable changes (nothing to send)\n",
    });
  });

  it("round-trips: applying the printed request to <before> gives <after>, except where it warned", async () => {
    // Arrange
    const printed = await run(["diff", "--json", "installation.json", "installation-edited.json"]);
    const { request, unexpressible } = JSON.parse(printed.stdout) as {
      request: unknown;
      unexpressible: { path: string }[];
    };
    const warned = new Set(unexpressible.map((change) => change.path));

    // Act
    const checked = validateUpdateRequest("installation", request);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problem));
    type Content = Record<string, { objects?: Record<string, unknown>; enabled?: boolean }>;
    const after = applyUpdate(
      "installation",
      json("installation.json") as never,
      checked.request,
    ) as unknown as {
      config: { content: Content };
    };

    // Assert: every object of the edited copy arrived; an object still there but gone from the edit was warned about.
    const edited = (json("installation-edited.json") as { config: { content: Content } }).config.content;
    const content = after.config.content;
    expect(content.proxy).toEqual(edited.proxy);
    for (const key of ["read", "write", "subscribe"]) {
      const want = edited[key]?.objects ?? {};
      const got = content[key]?.objects ?? {};
      for (const name of Object.keys(want)) expect(got[name]).toEqual(want[name]);
      for (const name of Object.keys(got)) {
        if (!(name in want)) expect(warned).toContain(`config.content.${key}.objects.${name}`);
      }
    }
  });
});

describe("colour on a terminal", () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is being removed
  const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

  it("colours labels, carets and notes, and only adds escapes to the plain text", async () => {
    for (const argv of [
      ["validate", "rejected-request.json"],
      ["diff", "installation.json", "installation-edited.json"],
    ]) {
      const plain = await run(argv);
      const coloured = await run(argv, {}, "", true);
      expect(coloured.code).toBe(plain.code);
      expect(coloured.stdout).toBe(plain.stdout);
      expect(coloured.stderr).not.toBe(plain.stderr);
      expect(strip(coloured.stderr)).toBe(plain.stderr);
    }
    const rejected = await run(["validate", "rejected-request.json"], {}, "", true);
    expect(rejected.stderr).toContain("\x1b[1;31merror[not_allowed]\x1b[0m");
    expect(rejected.stderr).toContain("\x1b[1;31m^^^^^^\x1b[0m");
  });

  it("keeps --json output free of escapes", async () => {
    const result = await run(["validate", "--json", "rejected-request.json"], {}, "", true);
    expect(result.stdout).not.toContain("\x1b");
  });
});

describe("never a stack trace", () => {
  const word = fc.oneof(
    fc.constantFrom(
      "validate",
      "apply",
      "diff",
      "help",
      "-",
      "--json",
      "--strict",
      "--resource",
      "-r",
      "installation",
      "project",
      "--now",
      "--connection",
      "--help",
      "seed-request.json",
      "installation.json",
      "installation-edited.json",
      "rejected-request.json",
      "nope.json",
    ),
    fc.string({ maxLength: 12 }),
  );

  it("any command line ends with exit code 0, 1 or 2 and no stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(word, { maxLength: 6 }),
        fc.string({ maxLength: 20 }),
        async (argv, stdin) => {
          const result = await run(argv, {}, stdin);
          expect([0, 1, 2]).toContain(result.code);
          expect(result.stderr).not.toMatch(/\n\s+at /);
          expect(result.stderr).not.toContain("internal error");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("any JSON body is validated, applied and diffed without a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const text = JSON.stringify(value) ?? "null";
        for (const argv of [
          ["validate", "-"],
          ["apply", "installation.json", "-"],
          ["apply", "-", "seed-request.json"],
          ["diff", "installation.json", "-"],
        ]) {
          const result = await run(argv, {}, text);
          expect([0, 1]).toContain(result.code);
          expect(result.stderr).not.toMatch(/\n\s+at /);
        }
      }),
      { numRuns: 150 },
    );
  });
});
