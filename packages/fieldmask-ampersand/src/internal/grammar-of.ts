import { compileGrammar, type Grammar, type GrammarPattern, type MaskOptions } from "@fieldmask/core";
import { PATTERN_SCHEMAS } from "./pattern-schemas.js";
import type { PathRow } from "./resource-schemas.js";
import { toStandardSchema } from "./to-standard-schema.js";

/**
 * Compiles one endpoint's path table into a grammar whose patterns carry descriptions and Standard Schema
 * validators, and records each pattern's {@link ValueSchema} for sub-path checks.
 * @internal
 */
export function grammarOf(rows: readonly PathRow[], options?: MaskOptions): Grammar {
  const specs = [];
  for (let i = 0; i < rows.length; i++) {
    const [path, schema, description] = rows[i] as PathRow;
    specs.push({ path, description, schema: toStandardSchema(schema) });
  }
  const grammar = compileGrammar(specs, options);
  for (let i = 0; i < rows.length; i++) {
    PATTERN_SCHEMAS.set(grammar.patterns[i] as GrammarPattern, (rows[i] as PathRow)[1]);
  }
  return grammar;
}

// One grammar per (options object, endpoint): callers pass the same options object on every request.
const BY_OPTIONS = /* @__PURE__ */ new WeakMap<object, Map<readonly PathRow[], Grammar>>();

/**
 * The grammar to check a request with: the shipped one, or one compiled with the caller's `syntax`/`limits`.
 * @internal
 */
export function grammarWith(
  shipped: Grammar,
  rows: readonly PathRow[],
  options: MaskOptions | undefined,
): Grammar {
  if (options === undefined || (options.syntax === undefined && options.limits === undefined)) return shipped;
  let byRows = BY_OPTIONS.get(options);
  if (byRows === undefined) {
    byRows = new Map();
    BY_OPTIONS.set(options, byRows);
  }
  let grammar = byRows.get(rows);
  if (grammar === undefined) {
    grammar = grammarOf(rows, {
      ...(options.syntax === undefined ? {} : { syntax: options.syntax }),
      ...(options.limits === undefined ? {} : { limits: options.limits }),
    });
    byRows.set(rows, grammar);
  }
  return grammar;
}
