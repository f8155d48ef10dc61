#!/usr/bin/env node
/// <reference types="node" />
// The `fieldmask` bin. Kept out of src/index.ts's import graph: it needs Node (node:util, node:fs), the library
// must not.
import { createNodeIo } from "./cli/node-io.js";
import { runCli } from "./cli/run-cli.js";

process.exitCode = await runCli(process.argv.slice(2), createNodeIo());
