import type { Grammar } from "./compile-grammar.js";
import type { MaskIssue } from "./field-mask-error.js";
import { describeError, describePath, makeIssue } from "./internal/issue.js";
import { resolveLimits } from "./internal/limits.js";
import { readMask } from "./internal/read-mask.js";
import { isForbiddenSegment } from "./internal/scan-path.js";
import type { MaskPath, MaskResult } from "./mask-result.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { type Segment, WILDCARD } from "./wildcard.js";

// Marks an own accessor property of the body: reported as an invalid value, its getter never run.
const ACCESSOR: unique symbol = Symbol("accessor");

// Reads an own data property without invoking a getter (the body is the caller's object, not trusted).
function ownData(object: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor === undefined) return undefined;
  return "value" in descriptor ? descriptor.value : ACCESSOR;
}

type ValuePath = (string | number)[];

function showValuePath(path: readonly (string | number)[]): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

function keyOf(part: PropertyKey | StandardSchemaV1.PathSegment): string | number {
  const key = typeof part === "object" && part !== null ? part.key : part;
  return typeof key === "number" ? key : String(key);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function"
  );
}

// Runs a Standard Schema validator on one value, turning a throw, a promise or a failure into issues.
function runSchema(
  schema: StandardSchemaV1,
  value: unknown,
  valuePath: ValuePath,
  path: MaskPath,
  issues: MaskIssue[],
): void {
  const where = `${describePath(path.input, path.index)} has an invalid value at ${showValuePath(valuePath)}`;
  // the validator itself misbehaved: one issue at the value it was given
  const broken = (reason: string): void => {
    issues.push(
      makeIssue(
        "invalid_value",
        `${where}: ${reason}`,
        path.index,
        path.input,
        undefined,
        path.segments,
        valuePath,
      ),
    );
  };
  let result: unknown;
  try {
    result = schema["~standard"].validate(value);
  } catch (error) {
    broken(`the validator threw (${describeError(error)})`);
    return;
  }
  if (isThenable(result)) {
    // validateMask is synchronous; silence the rejection so an async validator cannot crash the process
    Promise.resolve(result).catch(() => undefined);
    broken("the validator is asynchronous, which validateMask does not support");
    return;
  }
  // a validator that returns no result, or issues that are not a list, is broken: fail closed, never pass
  const isResult = typeof result === "object" && result !== null;
  const found: unknown = isResult ? (result as StandardSchemaV1.Result<unknown>).issues : undefined;
  if (!isResult || (found !== undefined && !Array.isArray(found))) {
    broken(`the validator returned ${isResult ? "issues that are not a list" : "no result"}`);
    return;
  }
  if (found === undefined) return;
  for (let i = 0; i < found.length; i++) {
    const issue = found[i] as StandardSchemaV1.Issue;
    const full: ValuePath = valuePath.slice();
    const sub = issue.path;
    if (sub !== undefined) for (let j = 0; j < sub.length; j++) full.push(keyOf(sub[j] as PropertyKey));
    issues.push(
      makeIssue(
        "invalid_value",
        `${describePath(path.input, path.index)} has an invalid value at ${showValuePath(full)}: ${issue.message}`,
        path.index,
        path.input,
        undefined,
        path.segments,
        full,
      ),
    );
  }
}

// Stable (Array.prototype.sort is stable since ES2019); mask-wide issues (index undefined) first.
function byIndex(a: MaskIssue, b: MaskIssue): number {
  return (a.index ?? -1) - (b.index ?? -1);
}

function extend(at: ValuePath, key: string | number): ValuePath {
  const out = at.slice();
  out.push(key);
  return out;
}

interface Budget {
  nodes: number;
}

function accessorIssue(path: MaskPath, at: ValuePath): MaskIssue {
  return makeIssue(
    "invalid_value",
    `${describePath(path.input, path.index)} has an invalid value at ${showValuePath(at)}: an accessor property is not JSON data (its getter is never run)`,
    path.index,
    path.input,
    undefined,
    path.segments,
    at,
  );
}

// Walks the body along one path, fanning out at wildcards, with work lists instead of recursion.
// Returns false when the node budget ran out.
function checkValues(body: unknown, path: MaskPath, budget: Budget, issues: MaskIssue[]): boolean {
  const segments = path.segments;
  const schema = path.match !== undefined && !path.match.subPath ? path.match.pattern.schema : undefined;
  let values: unknown[] = [body];
  let valuePaths: ValuePath[] = [[]];
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s] as Segment;
    const nextValues: unknown[] = [];
    const nextPaths: ValuePath[] = [];
    for (let v = 0; v < values.length; v++) {
      const value = values[v];
      const at = valuePaths[v] as ValuePath;
      if (typeof value !== "object" || value === null || (segment !== WILDCARD && Array.isArray(value))) {
        const kind = value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
        const why = Array.isArray(value) ? "list elements are only reached through *" : "it has no fields";
        issues.push(
          makeIssue(
            "not_traversable",
            `${describePath(path.input, path.index)} goes through ${showValuePath(at)}, which is ${kind}; ${why}`,
            path.index,
            path.input,
            undefined,
            path.segments,
            at,
          ),
        );
        continue;
      }
      if (segment === WILDCARD) {
        if (Array.isArray(value)) {
          for (let k = 0; k < value.length; k++) {
            const item = ownData(value, String(k));
            if (item === ACCESSOR) {
              issues.push(accessorIssue(path, extend(at, k)));
              continue;
            }
            nextValues.push(item);
            nextPaths.push(extend(at, k));
          }
        } else {
          const keys = Object.keys(value);
          for (let k = 0; k < keys.length; k++) {
            const key = keys[k] as string;
            // a key reached through `*` becomes a path segment: the same keys are refused as in path text
            if (isForbiddenSegment(key)) {
              issues.push(
                makeIssue(
                  "forbidden_segment",
                  `${describePath(path.input, path.index)} reaches the key ${JSON.stringify(key)} through *, and that key is never read or written`,
                  path.index,
                  path.input,
                  undefined,
                  path.segments,
                  extend(at, key),
                ),
              );
              continue;
            }
            const item = ownData(value, key);
            if (item === ACCESSOR) {
              issues.push(accessorIssue(path, extend(at, key)));
              continue;
            }
            nextValues.push(item);
            nextPaths.push(extend(at, key));
          }
        }
      } else {
        const child = ownData(value, segment);
        const childPath: ValuePath = extend(at, segment);
        if (child === ACCESSOR) {
          issues.push(accessorIssue(path, childPath));
          continue;
        }
        if (child === undefined) {
          issues.push(
            makeIssue(
              "missing_value",
              `${describePath(path.input, path.index)} has no value in the body at ${showValuePath(childPath)}`,
              path.index,
              path.input,
              undefined,
              path.segments,
              childPath,
            ),
          );
          continue;
        }
        nextValues.push(child);
        nextPaths.push(childPath);
      }
    }
    budget.nodes -= nextValues.length;
    if (budget.nodes < 0) return false;
    values = nextValues;
    valuePaths = nextPaths;
  }
  if (schema !== undefined) {
    for (let v = 0; v < values.length; v++)
      runSchema(schema, values[v], valuePaths[v] as ValuePath, path, issues);
  }
  return true;
}

/**
 * Checks an update mask against an allow-list grammar and, when a body is given, checks that each path has a
 * value there that passes the pattern's validator. Reports every issue, never only the first, and never
 * throws, whatever it is given. Limits (`maxPaths`, `maxSegments`, `maxPathLength`) are checked before the
 * rest is read.
 *
 * Checks, in order: the mask is an array (`not_an_array`), not empty (`empty_mask`), not too long
 * (`limit_exceeded`); each path is a string (`not_a_string`) of valid syntax, within limits and free of
 * forbidden segments; no path repeats (`duplicate_path`); each is admitted by the grammar (`not_allowed`,
 * with a did-you-mean `suggestion`). With a body: each path has an own, non-`undefined` value
 * (`missing_value`), reached through objects only (`not_traversable`; a `*` fans out over keys or list
 * elements), that passes the pattern's Standard Schema (`invalid_value`, the validator's issues passed
 * through with their full `valuePath`). A path admitted only through a `.**` is not given to the validator,
 * which describes the value at the pattern's base.
 *
 * @param grammar - From {@link compileGrammar}; its `options` supply the syntax and limits.
 * @param mask - Untrusted input, expected to be an array of path strings.
 * @param body - Optional: the object the paths point into (e.g. the `installation` of an update request).
 * @returns `{ ok: true, paths }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const grammar = compileGrammar(["connectionId", "config.content.read.objects.<objectName>"]);
 * validateMask(grammar, ["config.content.read.objects.contacts"], { config: { content: { read: { objects: { contacts: {} } } } } });
 * // { ok: true, paths: [{ index: 0, …, match: { captures: { objectName: "contacts" }, … } }] }
 * validateMask(grammar, ["conectionId"]);
 * // { ok: false, issues: [{ code: "not_allowed", suggestion: "connectionId", … }] }
 * ```
 */
export function validateMask(grammar: Grammar, mask: unknown, body?: unknown): MaskResult {
  try {
    const options = grammar.options;
    if (Array.isArray(mask) && mask.length === 0) {
      const issue = makeIssue(
        "empty_mask",
        "The mask is empty; list at least one path",
        undefined,
        undefined,
        undefined,
        undefined,
      );
      return { ok: false, issues: [issue] };
    }
    const { paths, issues } = readMask(mask, options, grammar);
    if (body !== undefined) {
      const valueIssues: MaskIssue[] = [];
      const budget: Budget = { nodes: resolveLimits(options).maxNodes };
      for (let i = 0; i < paths.length; i++) {
        const path = paths[i] as MaskPath;
        if (!checkValues(body, path, budget, valueIssues)) {
          valueIssues.push(
            makeIssue(
              "limit_exceeded",
              "The mask reaches more body values than the node limit allows",
              path.index,
              path.input,
              undefined,
              path.segments,
            ),
          );
          break;
        }
      }
      if (valueIssues.length > 0) {
        // one list in mask order: syntax and grammar issues came first, value issues per path after them
        const all = issues === undefined ? valueIssues : issues.concat(valueIssues);
        all.sort(byIndex);
        return { ok: false, issues: all };
      }
    }
    return issues === undefined ? { ok: true, paths } : { ok: false, issues };
  } catch (error) {
    // Only a hostile getter or proxy in the body (or a broken custom grammar) can get here; the promise is
    // "never throws", so it becomes an issue.
    const reason = describeError(error);
    return {
      ok: false,
      issues: [
        makeIssue(
          "invalid_value",
          `The mask could not be checked: ${reason}`,
          undefined,
          undefined,
          undefined,
          undefined,
        ),
      ],
    };
  }
}
