import {
  type FieldPath,
  type Grammar,
  type GrammarMatch,
  type MaskIssue,
  type MaskPath,
  parsePath,
  type Segment,
  validateMask,
  WILDCARD,
} from "@fieldmask/core";
import { grammarWith } from "./internal/grammar-of.js";
import { PATTERN_SCHEMAS } from "./internal/pattern-schemas.js";
import {
  formatName,
  fromMaskIssue,
  makeProblem,
  makeProblemIssue,
  quote,
  valueAt,
} from "./internal/problem.js";
import { PATH_ROWS, type PathRow } from "./internal/resource-schemas.js";
import { checkValue, subSchema, type ValueProblem } from "./internal/value-schema.js";
import type { UpdateRequestTypes } from "./resource-types.js";
import { RESOURCES, type ResourceName } from "./resources.js";
import type { InputValidationIssue, InputValidationProblem } from "./types.js";
import type { ValidateOptions } from "./update-options.js";

/** The outcome of {@link validateUpdateRequest}. */
export type ValidateUpdateResult<R extends ResourceName> =
  | {
      readonly ok: true;
      /** The body as given, now known to be a valid request. */
      readonly request: UpdateRequestTypes[R];
      /** Each `updateMask` path, decoded and matched to its grammar pattern. */
      readonly paths: readonly MaskPath[];
    }
  | { readonly ok: false; readonly problem: InputValidationProblem };

// Past this many, more `ignored_field` issues would only make the problem body bigger.
const MAX_IGNORED = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(value: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor === undefined ? undefined : descriptor.value;
}

/** The allowed patterns, for a remedy: `connectionId`, `config.createdBy`, …. */
function allowedList(grammar: Grammar): string[] {
  const list: string[] = [];
  for (let i = 0; i < grammar.patterns.length; i++) list.push((grammar.patterns[i] as { path: string }).path);
  return list;
}

// An issue with its sort key: the mask index it belongs to (-1 for the body as a whole, MAX for ignored fields).
type Ranked = readonly [rank: number, issue: InputValidationIssue];

interface Decoded {
  readonly index: number;
  readonly input: string;
  readonly segments: FieldPath;
  readonly match?: GrammarMatch | undefined;
}

/** Each mask entry that is a valid path, decoded; entries with problems are left out (validateMask reports them). */
function decodeMask(mask: unknown, grammar: Grammar): Decoded[] {
  const decoded: Decoded[] = [];
  if (!Array.isArray(mask)) return decoded;
  for (let i = 0; i < mask.length; i++) {
    const text = own(mask, String(i));
    if (typeof text !== "string") continue;
    try {
      decoded.push({ index: i, input: text, segments: parsePath(text, grammar.options) });
    } catch {
      // a syntax problem: validateMask reports it
    }
  }
  return decoded;
}

/**
 * Checks values below a `.**` pattern's base (which core's validateMask leaves alone, its validator describing the
 * base): `config.content.read.objects.contacts.disabled` must be a boolean. Fans out over `*` segments.
 */
function checkSubPathValues(
  grammar: Grammar,
  decoded: readonly Decoded[],
  resource: unknown,
  bodyKey: string,
  issues: Ranked[],
): void {
  for (let d = 0; d < decoded.length; d++) {
    const { index, input, segments, match: known } = decoded[d] as Decoded;
    const match = known ?? grammar.match(segments);
    if (match === undefined || !match.subPath) continue;
    const base = PATTERN_SCHEMAS.get(match.pattern);
    if (base === undefined) continue;
    let nodes: { value: unknown; path: (string | number)[] }[] = [{ value: resource, path: [] }];
    for (let s = 0; s < segments.length; s++) {
      const segment = segments[s] as Segment;
      const next: { value: unknown; path: (string | number)[] }[] = [];
      for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n] as { value: unknown; path: (string | number)[] };
        if (!isRecord(node.value)) continue; // missing or not traversable: validateMask reports it
        const keys = segment === WILDCARD ? Object.keys(node.value) : [segment];
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k] as string;
          if (Object.hasOwn(node.value, key))
            next.push({ value: own(node.value, key), path: [...node.path, key] });
        }
      }
      nodes = next;
    }
    const baseLength = match.pattern.segments.length;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n] as { value: unknown; path: (string | number)[] };
      if (node.value === undefined) continue;
      const schema = subSchema(base, node.path.slice(baseLength) as string[]);
      if (schema === undefined) continue; // a key the spec does not describe: allowed, as in the base object
      const problems: ValueProblem[] = [];
      checkValue(schema, node.value, node.path.slice(), problems);
      for (let p = 0; p < problems.length; p++) {
        const problem = problems[p] as ValueProblem;
        const name = formatName(bodyKey, problem.path);
        issues.push([
          index,
          makeProblemIssue(
            "invalid_value",
            `Path ${index} (${quote(input)}) has an invalid value at ${problem.path.join(".")}: ${problem.message}`,
            name,
            valueAt(resource, problem.path),
            undefined,
            undefined,
            undefined,
          ),
        ]);
      }
    }
  }
}

/** Strict mode: every body field that no mask path reaches is reported, as the API would silently drop it. */
function findIgnored(
  node: unknown,
  depth: number,
  masks: readonly FieldPath[],
  path: (string | number)[],
  bodyKey: string,
  issues: Ranked[],
  budget: { left: number },
): void {
  if (!isRecord(node)) return;
  const keys = Object.keys(node);
  for (let k = 0; k < keys.length && budget.left > 0; k++) {
    const key = keys[k] as string;
    const deeper: FieldPath[] = [];
    let covered = false;
    for (let m = 0; m < masks.length; m++) {
      const mask = masks[m] as FieldPath;
      const segment = mask[depth];
      if (segment !== key && segment !== WILDCARD) continue;
      if (mask.length === depth + 1) covered = true;
      else deeper.push(mask);
    }
    if (covered) continue;
    path.push(key);
    if (deeper.length === 0) {
      budget.left--;
      const name = formatName(bodyKey, path);
      issues.push([
        Number.MAX_SAFE_INTEGER,
        makeProblemIssue(
          "ignored_field",
          `${name} is not covered by any updateMask path, so the API would ignore it`,
          name,
          own(node, key),
          undefined,
          undefined,
          "Add its path to updateMask, or leave the field out of the body.",
        ),
      ]);
    } else {
      // recursion depth is bounded by the longest mask path (limits.maxSegments)
      findIgnored(own(node, key), depth + 1, deeper, path, bodyKey, issues, budget);
    }
    path.pop();
  }
}

/** Sorts issues by mask index (stable, so each path keeps its own order) and wraps them into the problem body. */
function finish(operationId: string, ranked: Ranked[]): InputValidationProblem {
  ranked.sort((a, b) => a[0] - b[0]);
  const issues: InputValidationIssue[] = [];
  for (let i = 0; i < ranked.length; i++) issues.push((ranked[i] as Ranked)[1]);
  return makeProblem(operationId, issues);
}

// Paths the spec's prose uses where its schema says otherwise: offered as the did-you-mean suggestion.
const ALIASES: Readonly<Partial<Record<ResourceName, Readonly<Record<string, string>>>>> = {
  jwtKey: { name: "label" },
};

/**
 * Checks an update request body for one of the eight updateMask endpoints, as Ampersand's API would: the body is
 * an object with `updateMask` and the resource object; every path is well formed, allowed for the endpoint and
 * listed once; every path has a value in the resource object, and that value passes the spec's schema (types,
 * enums, required fields, `createdBy` as `consumer:…`/`builder:…`, `schedule` as a cron expression).
 *
 * @param resource - Which endpoint, e.g. `"installation"` (see {@link RESOURCE_NAMES}).
 * @param body - The parsed JSON body, untrusted.
 * @param options - `strict: true` also reports body fields outside the mask; `syntax` and `limits` as in core.
 * @returns `{ ok: true, request, paths }`, or `{ ok: false, problem }` with the InputValidationProblem body to send
 *   with a 400. Never throws for any body.
 * @throws TypeError only when `resource` is not one of {@link RESOURCE_NAMES} (a programmer error).
 *
 * @example
 * ```ts
 * const result = validateUpdateRequest("jwtKey", { updateMask: ["active"], jwtKey: { active: "no" } });
 * if (!result.ok) result.problem.issues?.[0]?.name; // "jwtKey.active"
 * ```
 */
export function validateUpdateRequest<R extends ResourceName>(
  resource: R,
  body: unknown,
  options?: ValidateOptions,
): ValidateUpdateResult<R> {
  const info = Object.hasOwn(RESOURCES, resource) ? RESOURCES[resource] : undefined;
  if (info === undefined)
    throw new TypeError(`validateUpdateRequest: unknown resource ${JSON.stringify(resource)}`);
  const { bodyKey, operationId } = info;
  // options that change syntax or limits get their own grammar; the shipped ones use the defaults
  const grammar = grammarWith(info.grammar, PATH_ROWS[resource] as readonly PathRow[], options);
  const issues: Ranked[] = [];
  if (!isRecord(body)) {
    const got = body === null ? "null" : Array.isArray(body) ? "an array" : typeof body;
    issues.push([
      -1,
      makeProblemIssue(
        "invalid_value",
        `The request body must be a JSON object with updateMask and ${bodyKey}, got ${got}`,
        "",
        body,
        undefined,
        undefined,
        undefined,
      ),
    ]);
    return { ok: false, problem: finish(operationId, issues) };
  }
  const mask = own(body, "updateMask");
  const target = own(body, bodyKey);
  if (mask === undefined) {
    issues.push([
      -1,
      makeProblemIssue(
        "missing_value",
        "updateMask is required",
        "updateMask",
        undefined,
        undefined,
        undefined,
        undefined,
      ),
    ]);
  }
  if (target === undefined) {
    issues.push([
      -1,
      makeProblemIssue(
        "missing_value",
        `${bodyKey} is required`,
        bodyKey,
        undefined,
        undefined,
        undefined,
        undefined,
      ),
    ]);
  } else if (!isRecord(target)) {
    issues.push([
      -1,
      makeProblemIssue(
        "invalid_value",
        `${bodyKey} must be an object`,
        bodyKey,
        target,
        undefined,
        undefined,
        undefined,
      ),
    ]);
  }
  let paths: readonly MaskPath[] = [];
  if (mask !== undefined) {
    const result = validateMask(grammar, mask, isRecord(target) ? target : undefined);
    if (result.ok) paths = result.paths;
    else {
      const where = { updateMask: mask, resource: target };
      const allowed = allowedList(grammar);
      for (let i = 0; i < result.issues.length; i++) {
        const issue = result.issues[i] as MaskIssue;
        issues.push([issue.index ?? -1, fromMaskIssue(issue, bodyKey, where, allowed, ALIASES[resource])]);
      }
    }
    if (isRecord(target)) {
      // a valid mask comes back decoded and matched; only a failed one is decoded again, for the checks below
      const decoded: readonly Decoded[] = paths.length > 0 ? paths : decodeMask(mask, grammar);
      checkSubPathValues(grammar, decoded, target, bodyKey, issues);
      if (options?.strict === true) {
        const budget = { left: MAX_IGNORED };
        const keys = Object.keys(body);
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k] as string;
          if (key === "updateMask" || key === bodyKey) continue;
          issues.push([
            Number.MAX_SAFE_INTEGER,
            makeProblemIssue(
              "ignored_field",
              `${key} is not part of an ${operationId} request, so the API would ignore it`,
              key,
              own(body, key),
              undefined,
              undefined,
              "Leave the field out of the body.",
            ),
          ]);
        }
        const masks: FieldPath[] = [];
        for (let i = 0; i < decoded.length; i++) masks.push((decoded[i] as Decoded).segments);
        findIgnored(target, 0, masks, [], bodyKey, issues, budget);
      }
    }
  }
  if (issues.length > 0) return { ok: false, problem: finish(operationId, issues) };
  return { ok: true, request: body as unknown as UpdateRequestTypes[R], paths };
}
