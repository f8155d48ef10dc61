/// <reference types="node" />
// This file needs Node (the package's tsconfig has "types": [] so that library code cannot use Node by accident).
import { readFile } from "node:fs/promises";
import type { CliIo } from "./cli-io.js";

/** The {@link CliIo} of a real process: files through `node:fs`, standard streams through `process`. */
export function createNodeIo(): CliIo {
  // `fieldmask … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  // The usual conventions: NO_COLOR turns colour off, FORCE_COLOR on, otherwise only a terminal gets it.
  const env = process.env;
  const color =
    env.NO_COLOR === undefined &&
    (env.FORCE_COLOR !== undefined
      ? env.FORCE_COLOR !== "0"
      : process.stderr.isTTY === true && env.TERM !== "dumb");
  return {
    color,
    readFile: (path) => readFile(path, "utf8"),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
  };
}
