/**
 * A compact, data-only description of one JSON schema from Ampersand's spec, checked by {@link checkValue}.
 * Tables of these (see `resource-schemas.ts`) replace a schema library: the package has a 12 kB budget.
 *
 * - a string names a type, `|`-separated alternatives allowed: `"string"`, `"boolean"`, `"integer"`,
 *   `"uint"` (integer ≥ 0), `"number"`, `"null"`, `"any"`, `"cron"` (a cron expression), `"createdBy"`
 *   (`consumer:<id>` or `builder:<id>`);
 * - an array of strings is an enum;
 * - `{ props, required }` is an object with known properties (others are allowed, as the spec does not forbid them);
 * - `{ map }` is an object whose every value has one schema (`additionalProperties`), `null` too when `nullable`;
 * - `{ items }` is an array.
 * @internal
 */
export type ValueSchema = string | readonly string[] | ObjectSchema | MapSchema | ArraySchema;

/** @internal */
export interface ObjectSchema {
  readonly props: { readonly [key: string]: ValueSchema };
  readonly required?: readonly string[];
}

/** @internal */
export interface MapSchema {
  readonly map: ValueSchema;
  readonly nullable?: true;
}

/** @internal */
export interface ArraySchema {
  readonly items: ValueSchema;
}

/**
 * One problem found by {@link checkValue}: the message and where, relative to the checked value.
 * @internal
 */
export interface ValueProblem {
  readonly message: string;
  readonly path: readonly (string | number)[];
}

// Cron fields in order, each with its range; month and day-of-week also take three-letter names.
const CRON_FIELDS: readonly (readonly [string, number, number])[] = [
  ["minute", 0, 59],
  ["hour", 0, 23],
  ["day-of-month", 1, 31],
  ["month", 1, 12],
  ["day-of-week", 0, 7],
];
const CRON_MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
const CRON_DAYS = "SUNMONTUEWEDTHUFRISAT";
const CRON_MACROS = /^@(yearly|annually|monthly|weekly|daily|midnight|hourly)$/;
const CRON_ITEM = /^(\*|\?|([0-9]+|[A-Za-z]{3})(-([0-9]+|[A-Za-z]{3}))?)(\/([0-9]+))?$/;

/** Reads one cron value: a number, or a month/day name for fields 3 and 4. -1 when invalid. */
function cronNumber(text: string, field: number): number {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const names = field === 3 ? CRON_MONTHS : field === 4 ? CRON_DAYS : "";
  const upper = text.toUpperCase();
  for (let k = 0; k < names.length; k += 3) {
    if (names.slice(k, k + 3) === upper) return k / 3 + (field === 3 ? 1 : 0);
  }
  return -1;
}

/**
 * Why `text` is not a cron expression (five fields: minute hour day-of-month month day-of-week, or a macro
 * such as `@daily`), or `undefined` when it is one.
 * @internal
 */
export function cronProblem(text: string): string | undefined {
  // schedules repeat across objects and requests: remember the verdicts (bounded, so input cannot grow it)
  const known = CRON_CACHE.get(text);
  if (known !== undefined || CRON_CACHE.has(text)) return known;
  const problem = checkCron(text);
  if (CRON_CACHE.size >= 256) CRON_CACHE.clear();
  if (text.length <= 64) CRON_CACHE.set(text, problem);
  return problem;
}

const CRON_CACHE = /* @__PURE__ */ new Map<string, string | undefined>();

function checkCron(text: string): string | undefined {
  if (CRON_MACROS.test(text)) return undefined;
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5) {
    return `expected a cron expression with 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}`;
  }
  for (let f = 0; f < 5; f++) {
    const [name, min, max] = CRON_FIELDS[f] as readonly [string, number, number];
    const items = (fields[f] as string).split(",");
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as string;
      const m = CRON_ITEM.exec(item);
      if (m === null || (item === "?" && f !== 2 && f !== 4)) {
        return `invalid cron ${name} field ${JSON.stringify(fields[f])}`;
      }
      const bounds = [m[2], m[4]];
      for (let b = 0; b < 2; b++) {
        const text = bounds[b];
        if (text === undefined) continue;
        const n = cronNumber(text, f);
        if (n < min || n > max) {
          return `cron ${name} value ${JSON.stringify(text)} is out of range ${min}-${max}`;
        }
      }
      if (m[6] !== undefined && Number(m[6]) === 0) return `cron ${name} step must be at least 1`;
    }
  }
  return undefined;
}

const A_OR_AN: Readonly<Record<string, string>> = {
  string: "a string",
  boolean: "a boolean",
  integer: "an integer",
  uint: "a non-negative integer",
  number: "a number",
  null: "null",
};

/** Checks one primitive type name; `undefined` when `value` has it, else a message. */
function typeProblem(type: string, value: unknown): string | undefined {
  // the common cases first, with no allocation: one plain type that matches
  if (
    type === "string" || type === "boolean"
      ? typeof value === type
      : type === "integer" && Number.isInteger(value)
  ) {
    return undefined;
  }
  const alternatives = type.split("|");
  for (let i = 0; i < alternatives.length; i++) {
    const t = alternatives[i];
    if (t === "any") return undefined;
    if (
      t === "null"
        ? value === null
        : t === "integer" || t === "uint"
          ? Number.isInteger(value)
          : typeof value === t
    ) {
      if (t === "uint" && (value as number) < 0) return `expected a non-negative integer, got ${value}`;
      return undefined;
    }
    if ((t === "cron" || t === "createdBy") && typeof value === "string") {
      if (t === "cron") return cronProblem(value);
      return /^(consumer|builder):./s.test(value)
        ? undefined
        : `expected "consumer:<consumer-id>" or "builder:<builder-id>", got ${JSON.stringify(value)}`;
    }
  }
  const names: string[] = [];
  for (let i = 0; i < alternatives.length; i++) {
    const t = alternatives[i] as string;
    names.push(A_OR_AN[t] ?? "a string");
  }
  return `expected ${names.join(" or ")}, got ${describe(value)}`;
}

/** Names the JSON type of a value for messages. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isInteger(value)) return `the number ${value}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** True for a plain JSON object (not an array, not null). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads an own data property without running getters. */
function own(value: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor === undefined ? undefined : descriptor.value;
}

/**
 * Checks `value` against `schema` and appends every problem found to `problems`.
 * Recursion follows the schema, which is finite and not self-referencing, so input depth cannot grow the stack;
 * `"any"` values are not walked.
 * @internal
 */
export function checkValue(
  schema: ValueSchema,
  value: unknown,
  path: (string | number)[],
  problems: ValueProblem[],
): void {
  if (typeof schema === "string") {
    const message = typeProblem(schema, value);
    if (message !== undefined) problems.push({ message, path: path.slice() });
    return;
  }
  if (Array.isArray(schema)) {
    const values: readonly string[] = schema;
    if (typeof value !== "string" || !values.includes(value)) {
      const list = values.map((v) => JSON.stringify(v)).join(", ");
      problems.push({ message: `expected one of ${list}, got ${describe(value)}`, path: path.slice() });
    }
    return;
  }
  const node = schema as ObjectSchema | MapSchema | ArraySchema;
  if ("items" in node) {
    if (!Array.isArray(value)) {
      problems.push({ message: `expected an array, got ${describe(value)}`, path: path.slice() });
      return;
    }
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      checkValue(node.items, own(value, String(i)), path, problems);
      path.pop();
    }
    return;
  }
  if (value === null && "map" in node && node.nullable === true) return;
  if (!isRecord(value)) {
    problems.push({ message: `expected an object, got ${describe(value)}`, path: path.slice() });
    return;
  }
  if (Object.hasOwn(value, "__proto__")) {
    // JSON.parse makes such a key an own property; core's pickMask refuses to copy it, so validation does too
    path.push("__proto__");
    problems.push({ message: 'a "__proto__" key is not allowed in a value', path: path.slice() });
    path.pop();
  }
  if ("map" in node) {
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      path.push(key);
      checkValue(node.map, own(value, key), path, problems);
      path.pop();
    }
    return;
  }
  const required = node.required;
  if (required !== undefined) {
    for (let i = 0; i < required.length; i++) {
      const key = required[i] as string;
      if (!Object.hasOwn(value, key)) {
        // the path names the missing property, as zod and valibot do, so the issue points at what to add
        path.push(key);
        problems.push({ message: "required property is missing", path: path.slice() });
        path.pop();
      }
    }
  }
  const keys = Object.keys(node.props);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!Object.hasOwn(value, key)) continue;
    path.push(key);
    checkValue(node.props[key] as ValueSchema, own(value, key), path, problems);
    path.pop();
  }
}

/**
 * The schema of a sub-value: walks `segments` down through props, maps and items.
 * `undefined` when the schema says nothing about that sub-path.
 * @internal
 */
export function subSchema(schema: ValueSchema, segments: readonly string[]): ValueSchema | undefined {
  let current: ValueSchema | undefined = schema;
  for (let i = 0; i < segments.length && current !== undefined; i++) {
    const key = segments[i] as string;
    if (typeof current === "string" || Array.isArray(current)) return current === "any" ? "any" : undefined;
    const node = current as ObjectSchema | MapSchema | ArraySchema;
    if ("props" in node) current = Object.hasOwn(node.props, key) ? node.props[key] : undefined;
    else if ("map" in node) current = node.map;
    else current = /^(0|[1-9][0-9]*)$/.test(key) ? node.items : undefined;
  }
  return current;
}
