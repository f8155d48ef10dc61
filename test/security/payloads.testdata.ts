// Hostile inputs drawn from the published prototype-pollution advisories against path-setting libraries, each with
// the exact outcome it must get here. Every input is built fresh by a factory (a `JSON.parse` payload is spent once
// it has been walked), and payloads that need an own "__proto__" key use JSON.parse, as a server would.
//
// Advisories the rows are drawn from:
//   lodash      CVE-2018-3721 (merge `__proto__`), CVE-2018-16487 (merge `constructor.prototype`),
//               CVE-2019-10744 (defaultsDeep `constructor.prototype`), CVE-2020-8203 (zipObjectDeep `__proto__`)
//   set-value   CVE-2019-10747 (`__proto__` path), CVE-2021-23440 (array segments that coerce to "__proto__")
//   dot-prop    CVE-2020-8116 (`__proto__` through a dotted path)
//   object-path CVE-2020-15256 (`__proto__` in `set`), CVE-2021-23434 (array segment `[["__proto__"]]`),
//               CVE-2021-3805 (`constructor.prototype` via `withInheritedProps`)
//   jsonpointer CVE-2021-23807 (array-typed pointer segments bypassing the `__proto__` check)
//   fast-json-patch CVE-2021-4279 (`/constructor/prototype/…` in applyOperation)
//   immer       CVE-2020-28477 (applyPatches `__proto__`), CVE-2021-23436 (array path `[["__proto__"]]`),
//               CVE-2021-3757 (applyPatches `constructor.prototype`)

import type { ApplyOptions, MaskOptions } from "@fieldmask/core";

/** The functions the table drives. */
export type PayloadTarget =
  | "parseMask"
  | "validateMask"
  | "applyMask"
  | "pickMask"
  | "diffMask"
  | "toJsonPatch"
  | "updateInstallation"
  | "validateUpdateInstallationRequest";

/** The arguments of one call, built fresh for every run. */
export interface PayloadInput {
  /** The mask (or, for the adapter, the whole request body; for diffMask, unused). */
  readonly mask?: unknown;
  /** applyMask/toJsonPatch target, pickMask value, diffMask `before`, updateInstallation `current`. */
  readonly target?: unknown;
  /** applyMask/toJsonPatch source, validateMask body, diffMask `after`, adapter request body. */
  readonly source?: unknown;
  /** Patterns for validateMask and diffMask. */
  readonly grammar?: readonly string[];
  readonly options?: ApplyOptions & MaskOptions;
}

/**
 * What the call must do: fail with exactly these issue codes (validate functions return them, the others throw
 * FieldMaskError / AmpersandProblemError carrying them), or succeed with this (normalized) result, in which every
 * object is plain data.
 */
export type PayloadOutcome = { readonly issues: readonly string[] } | { readonly result: () => unknown };

export interface PayloadRow {
  readonly id: string;
  /** What the payload is and which advisory it comes from. */
  readonly name: string;
  readonly target: PayloadTarget;
  readonly input: () => PayloadInput;
  readonly outcome: PayloadOutcome;
  /** For a successful call: the keys to follow into the result before comparing (e.g. into an installation). */
  readonly at?: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Getters on caller objects: every one of them counts its calls, and the test asserts the count stays 0.

let getterCalls = 0;

/** How many trapped getters ran since the last reset. */
export function trappedGetterCalls(): number {
  return getterCalls;
}

/** Resets the getter counter. */
export function resetTrappedGetters(): void {
  getterCalls = 0;
}

/** Defines an enumerable getter on `object` that counts its calls and returns `value`. */
function trap<T extends object>(object: T, key: string, value: unknown): T {
  Object.defineProperty(object, key, {
    enumerable: true,
    configurable: true,
    get() {
      getterCalls++;
      return value;
    },
  });
  return object;
}

const parse = (text: string): unknown => JSON.parse(text);

// The installation grammar's read-object value must pass the spec's schema: a minimal valid one.
const READ_OBJECT = { objectName: "contacts", schedule: "*/15 * * * *", destination: "contactsWebhook" };

/** A small stored installation, fresh per call. */
export function installation(): Record<string, unknown> {
  return {
    id: "installation-1",
    projectId: "project-1",
    integrationId: "integration-1",
    createTime: "2026-01-01T00:00:00Z",
    createdBy: "consumer:c-1",
    config: {
      id: "config-1",
      revisionId: "revision-1",
      createTime: "2026-01-01T00:00:00Z",
      createdBy: "builder:b-1",
      content: {
        provider: "salesforce",
        read: { objects: { contacts: { ...READ_OBJECT } } },
        write: { objects: { notes: { objectName: "notes" } } },
        proxy: { enabled: false },
      },
    },
  };
}

const READ_GRAMMAR = ["config.read.objects.<name>", "config.read.objects.<name>.**", "name", "tags"];

// ---------------------------------------------------------------------------------------------------------------

export const PAYLOADS: readonly PayloadRow[] = [
  // --- path payloads -------------------------------------------------------------------------------------------
  {
    id: "P01",
    name: "`__proto__.polluted` (lodash set / set-value CVE-2019-10747)",
    target: "parseMask",
    input: () => ({ mask: ["__proto__.polluted"] }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P02",
    name: "`constructor.prototype.polluted` (lodash defaultsDeep CVE-2019-10744)",
    target: "applyMask",
    input: () => ({
      target: {},
      source: { constructor: { prototype: { polluted: "yes" } } },
      mask: ["constructor.prototype.polluted"],
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P03",
    name: "`a.__proto__.polluted` deeper in the path (dot-prop CVE-2020-8116)",
    target: "applyMask",
    input: () => ({
      target: { a: {} },
      source: parse('{"a":{"__proto__":{"polluted":"yes"}}}'),
      mask: ["a.__proto__.polluted"],
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P04",
    name: "`prototype` as a whole path (object-path CVE-2021-3805)",
    target: "validateMask",
    input: () => ({ grammar: ["<k>", "<k>.**"], mask: ["prototype"] }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P05",
    name: "`a.constructor` in a read mask",
    target: "pickMask",
    input: () => ({ target: { a: { b: 1 } }, mask: ["a.constructor"] }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P06",
    name: "every segment escaped: `\\_\\_proto\\_\\_.x` decodes to __proto__",
    target: "parseMask",
    input: () => ({ mask: ["\\_\\_proto\\_\\_.x"] }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P07",
    name: "one escaped letter: `a.__pro\\to__` decodes to __proto__",
    target: "applyMask",
    input: () => ({ target: {}, source: {}, mask: ["a.__pro\\to__"] }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P08",
    name: "backtick-quoted `` `__proto__`.polluted `` (AIP-161 syntax)",
    target: "parseMask",
    input: () => ({ mask: ["`__proto__`.polluted"], options: { syntax: "backtick" } }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P09",
    name: "backtick-quoted `` a.`constructor`.`prototype` ``",
    target: "toJsonPatch",
    input: () => ({
      target: {},
      source: {},
      mask: ["a.`constructor`.`prototype`"],
      options: { syntax: "backtick" },
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "P10",
    name: "escaped dot inside: `__proto__\\.x` is one segment, not __proto__",
    target: "applyMask",
    input: () => ({ target: {}, source: { "__proto__.x": 1 }, mask: ["__proto__\\.x"] }),
    outcome: { result: () => ({ "__proto__.x": 1 }) },
  },
  {
    id: "P11",
    name: "case variant `__PROTO__` is an ordinary own key",
    target: "applyMask",
    input: () => ({ target: {}, source: { __PROTO__: { polluted: 1 } }, mask: ["__PROTO__.polluted"] }),
    outcome: { result: () => ({ __PROTO__: { polluted: 1 } }) },
  },
  {
    id: "P12",
    name: "fullwidth look-alike `＿＿proto＿＿` (no Unicode normalisation) is an ordinary own key",
    target: "applyMask",
    input: () => ({
      target: {},
      source: { "＿＿proto＿＿": { polluted: 1 } },
      mask: ["＿＿proto＿＿.polluted"],
    }),
    outcome: { result: () => ({ "＿＿proto＿＿": { polluted: 1 } }) },
  },
  {
    id: "P13",
    name: "Cyrillic look-alike `соnstructor` is an ordinary own key",
    target: "applyMask",
    input: () => ({ target: {}, source: { соnstructor: { prototype: 1 } }, mask: ["соnstructor"] }),
    outcome: { result: () => ({ соnstructor: { prototype: 1 } }) },
  },
  {
    id: "P14",
    name: "zero-width joiner inside `__pro\\u200Dto__` is an ordinary own key",
    target: "pickMask",
    input: () => ({ target: { "__pro\u200Dto__": { x: 1 } }, mask: ["__pro\u200Dto__.x"] }),
    outcome: { result: () => ({ "__pro\u200Dto__": { x: 1 } }) },
  },
  {
    id: "P15",
    name: "leading space ` __proto__` is not trimmed into __proto__",
    target: "applyMask",
    input: () => ({ target: {}, source: { " __proto__": 1 }, mask: [" __proto__"] }),
    outcome: { result: () => ({ " __proto__": 1 }) },
  },
  {
    id: "P16",
    name: "trailing NUL `__proto__\\u0000` is an ordinary own key",
    target: "applyMask",
    input: () => ({ target: {}, source: { "__proto__\u0000": 1 }, mask: ["__proto__\u0000"] }),
    outcome: { result: () => ({ "__proto__\u0000": 1 }) },
  },
  {
    id: "P17",
    name: "`a.toString.x` never walks into the inherited Object.prototype.toString",
    target: "applyMask",
    input: () => ({ target: { a: {} }, source: { a: { toString: { x: "pwned" } } }, mask: ["a.toString.x"] }),
    outcome: { result: () => ({ a: { toString: { x: "pwned" } } }) },
  },
  {
    id: "P18",
    name: "`toString.x` with an empty source is missing, not read from Object.prototype",
    target: "applyMask",
    input: () => ({ target: {}, source: {}, mask: ["toString.x"] }),
    outcome: { issues: ["missing_value"] },
  },
  {
    id: "P19",
    name: "`hasOwnProperty` as a body key is missing unless own",
    target: "validateMask",
    input: () => ({ grammar: ["<k>"], mask: ["hasOwnProperty"], source: {} }),
    outcome: { issues: ["missing_value"] },
  },
  {
    id: "P20",
    name: "`valueOf.call` picked from a value that only inherits it",
    target: "pickMask",
    input: () => ({ target: { a: 1 }, mask: ["valueOf.call"] }),
    outcome: { result: () => ({}) },
  },

  // --- array-segment and non-string payloads -------------------------------------------------------------------
  {
    id: "A01",
    name: 'array segment `[["__proto__"], "polluted"]` is refused, never coerced (object-path CVE-2021-23434)',
    target: "parseMask",
    input: () => ({ mask: [["__proto__"], "polluted"] }),
    outcome: { issues: ["not_a_string"] },
  },
  {
    id: "A02",
    name: 'nested array path `[["__proto__","polluted"]]` (jsonpointer CVE-2021-23807, immer CVE-2021-23436)',
    target: "applyMask",
    input: () => ({ target: {}, source: {}, mask: [["__proto__", "polluted"]] }),
    outcome: { issues: ["not_a_string"] },
  },
  {
    id: "A03",
    name: "an object whose toString says `__proto__.x` is not coerced",
    target: "validateMask",
    input: () => ({ grammar: ["<k>.**"], mask: [{ toString: () => "__proto__.x" }] }),
    outcome: { issues: ["not_a_string"] },
  },
  {
    id: "A04",
    name: "a String object wrapping `constructor` is not a string",
    target: "pickMask",
    input: () => ({ target: {}, mask: [new String("constructor")] }),
    outcome: { issues: ["not_a_string"] },
  },
  {
    id: "A05",
    name: "the whole mask as one string (query-string parameter pollution)",
    target: "validateMask",
    input: () => ({ grammar: ["<k>"], mask: "__proto__" }),
    outcome: { issues: ["not_an_array"] },
  },
  {
    id: "A06",
    name: "a sparse mask array `[ , ]` is not read through Array.prototype",
    target: "parseMask",
    input: () => ({ mask: new Array(1) }),
    outcome: { issues: ["not_a_string"] },
  },
  {
    id: "A07",
    name: "updateMask entries that are arrays (set-value CVE-2021-23440)",
    target: "validateUpdateInstallationRequest",
    input: () => ({
      source: { updateMask: [["__proto__"], ["constructor", "prototype"]], installation: {} },
    }),
    outcome: { issues: ["not_a_string", "not_a_string"] },
  },
  {
    id: "A08",
    name: "updateMask as a string instead of an array",
    target: "validateUpdateInstallationRequest",
    input: () => ({ source: { updateMask: "config.content.proxy.enabled", installation: {} } }),
    outcome: { issues: ["not_an_array"] },
  },

  // --- numeric-looking segments ---------------------------------------------------------------------------------
  {
    id: "N01",
    name: "`a.4294967294` (the largest array index) creates a plain-object key, never an array",
    target: "applyMask",
    input: () => ({ target: {}, source: { a: { "4294967294": 1 } }, mask: ["a.4294967294"] }),
    outcome: { result: () => ({ a: { "4294967294": 1 } }) },
  },
  {
    id: "N02",
    name: "`a.0` through a list in the target is not traversable (lists are never indexed)",
    target: "applyMask",
    input: () => ({ target: { a: ["x"] }, source: { a: { "0": "y" } }, mask: ["a.0"] }),
    outcome: { issues: ["not_traversable"] },
  },
  {
    id: "N03",
    name: "`a.length` through a list in the source is not traversable",
    target: "applyMask",
    input: () => ({ target: {}, source: { a: [1, 2] }, mask: ["a.length"] }),
    outcome: { issues: ["not_traversable"] },
  },
  {
    id: "N04",
    name: "`list.4294967295` in a read mask over a list",
    target: "pickMask",
    input: () => ({ target: { list: [1] }, mask: ["list.4294967295"] }),
    outcome: { issues: ["not_traversable"] },
  },
  {
    id: "N05",
    name: "a read object named `4294967294` stays a map key",
    target: "updateInstallation",
    input: () => ({
      target: installation(),
      source: {
        updateMask: ["config.content.read.objects.4294967294"],
        installation: { config: { content: { read: { objects: { "4294967294": { ...READ_OBJECT } } } } } },
      },
    }),
    at: ["config", "content", "read"],
    outcome: {
      result: () => ({ objects: { contacts: { ...READ_OBJECT }, "4294967294": { ...READ_OBJECT } } }),
    },
  },

  // --- value payloads from JSON.parse ---------------------------------------------------------------------------
  {
    id: "V01",
    name: 'a value with an own "__proto__" key (lodash merge CVE-2018-3721)',
    target: "applyMask",
    input: () => ({ target: {}, source: parse('{"a":{"__proto__":{"polluted":"yes"}}}'), mask: ["a"] }),
    outcome: { issues: ["invalid_value"] },
  },
  {
    id: "V02",
    name: '"__proto__" nested inside a list inside the value',
    target: "applyMask",
    input: () => ({ target: {}, source: parse('{"a":{"b":[{"__proto__":{"polluted":1}}]}}'), mask: ["a"] }),
    outcome: { issues: ["invalid_value"] },
  },
  {
    id: "V03",
    name: '"constructor": {"prototype": …} inside a value is inert own data (lodash CVE-2018-16487)',
    target: "applyMask",
    input: () => ({
      target: {},
      source: parse('{"a":{"constructor":{"prototype":{"polluted":1}}}}'),
      mask: ["a"],
    }),
    outcome: { result: () => ({ a: { constructor: { prototype: { polluted: 1 } } } }) },
  },
  {
    id: "V04",
    name: 'a picked value with an own "__proto__" key',
    target: "pickMask",
    input: () => ({ target: parse('{"a":{"__proto__":{"polluted":1}}}'), mask: ["a"] }),
    outcome: { issues: ["invalid_value"] },
  },
  {
    id: "V05",
    name: 'a toJsonPatch value with an own "__proto__" key',
    target: "toJsonPatch",
    input: () => ({ target: {}, source: parse('{"a":{"__proto__":{"polluted":1}}}'), mask: ["a"] }),
    outcome: { issues: ["invalid_value"] },
  },
  {
    id: "V06",
    name: 'validateMask reads a body with an own "__proto__" key without following it',
    target: "validateMask",
    input: () => ({ grammar: ["a"], mask: ["a"], source: parse('{"__proto__":{"a":1}}') }),
    outcome: { issues: ["missing_value"] },
  },
  {
    id: "V07",
    name: "a body inheriting `updateMask` and `installation` from its prototype is empty",
    target: "validateUpdateInstallationRequest",
    input: () => ({
      source: Object.create({ updateMask: ["config.content.proxy.enabled"], installation: {} }) as unknown,
    }),
    outcome: { issues: ["missing_value", "missing_value"] },
  },
  {
    id: "V08",
    name: 'whole write-objects map with an own "__proto__" key is refused as a value',
    target: "updateInstallation",
    input: () => ({
      target: installation(),
      source: parse(
        '{"updateMask":["config.content.write.objects"],"installation":{"config":{"content":{"write":{"objects":{"__proto__":{"objectName":"x","polluted":1}}}}}}}',
      ),
    }),
    outcome: { issues: ["invalid_value"] },
  },

  // --- wildcards meeting forbidden keys in the data -------------------------------------------------------------
  {
    id: "W01",
    name: 'a `*` that fans out over an own "__proto__" key in the source (immer CVE-2020-28477 shape)',
    target: "applyMask",
    input: () => ({
      target: { m: {} },
      source: parse('{"m":{"__proto__":{"polluted":1},"ok":1}}'),
      mask: ["m.*"],
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "W02",
    name: 'a `*` with missing: "delete" over a target that holds an inert "__proto__" key',
    target: "applyMask",
    input: () => ({
      target: parse('{"m":{"__proto__":1,"a":2}}'),
      source: { m: {} },
      mask: ["m.*"],
      options: { missing: "delete" },
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "W03",
    name: 'pickMask `m.*.x` over a map with an own "__proto__" key',
    target: "pickMask",
    input: () => ({ target: parse('{"m":{"__proto__":{"x":1},"ok":{"x":2}}}'), mask: ["m.*.x"] }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "W04",
    name: "validateMask `*` over a body key `constructor`",
    target: "validateMask",
    input: () => ({ grammar: ["m.<k>"], mask: ["m.*"], source: { m: { constructor: 1 } } }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "W05",
    name: 'updateMask `config.content.read.objects.*` over a read object named "__proto__"',
    target: "updateInstallation",
    input: () => ({
      target: installation(),
      source: parse(
        `{"updateMask":["config.content.read.objects.*"],"installation":{"config":{"content":{"read":{"objects":{"__proto__":${JSON.stringify({ ...READ_OBJECT, polluted: 1 })}}}}}}}`,
      ),
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "W06",
    name: 'validateUpdateInstallationRequest `…objects.*.disabled` over "prototype"',
    target: "validateUpdateInstallationRequest",
    input: () => ({
      source: {
        updateMask: ["config.content.read.objects.*.disabled"],
        installation: { config: { content: { read: { objects: { prototype: { disabled: true } } } } } },
      },
    }),
    outcome: { issues: ["forbidden_segment"] },
  },

  // --- two-step attacks: plant a constructor, then write through it ---------------------------------------------
  {
    id: "T01",
    name: "step 2 of a planted `constructor`: `a.constructor.prototype.polluted`",
    target: "applyMask",
    input: () => ({
      // step 1 (V03) left `a.constructor.prototype` as own data in the stored object
      target: { a: { constructor: { prototype: {} } } },
      source: { a: { constructor: { prototype: { polluted: 1 } } } },
      mask: ["a.constructor.prototype.polluted"],
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "T02",
    name: "step 2 through a `*` over the planted `constructor` key",
    target: "applyMask",
    input: () => ({
      target: { m: { constructor: { prototype: {} } } },
      source: { m: { constructor: { prototype: { polluted: 1 } } } },
      mask: ["m.*.prototype"],
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "T03",
    name: 'step 2 through a stored inert "__proto__" key: `m.__proto__.polluted`',
    target: "pickMask",
    input: () => ({ target: parse('{"m":{"__proto__":{"polluted":1}}}'), mask: ["m.__proto__.polluted"] }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "T04",
    name: "diffMask never turns a planted `constructor` key into a mask path",
    target: "diffMask",
    input: () => ({
      grammar: READ_GRAMMAR,
      target: { config: { read: { objects: {} } } },
      source: { config: { read: { objects: { constructor: { prototype: { polluted: 1 } } } } } },
    }),
    outcome: {
      result: () => ({
        mask: [],
        body: {},
        unexpressible: [
          {
            path: "config.read.objects.constructor",
            kind: "added",
            reason: 'the key "constructor" is never read or written through a mask',
          },
        ],
      }),
    },
  },
  {
    id: "T05",
    name: 'diffMask over an own "__proto__" read object (JSON.parse) reports it, writes nothing',
    target: "diffMask",
    input: () => ({
      grammar: READ_GRAMMAR,
      target: { config: { read: { objects: {} } } },
      source: parse('{"config":{"read":{"objects":{"__proto__":{"polluted":1}}}}}'),
    }),
    outcome: {
      result: () => ({
        mask: [],
        body: {},
        unexpressible: [
          {
            path: "config.read.objects.__proto__",
            kind: "added",
            reason: 'the key "__proto__" is never read or written through a mask',
          },
        ],
      }),
    },
  },
  {
    id: "T06",
    name: "diffMask body for a changed `config.read.objects.toString.x` is own data, not Object.prototype.toString",
    target: "diffMask",
    input: () => ({
      grammar: ["config.read.objects.<name>.x"],
      target: { config: { read: { objects: {} } } },
      source: { config: { read: { objects: { toString: { x: "pwned" } } } } },
    }),
    outcome: {
      result: () => ({
        mask: ["config.read.objects.toString.x"],
        body: { config: { read: { objects: { toString: { x: "pwned" } } } } },
        unexpressible: [],
      }),
    },
  },
  {
    id: "T07",
    name: "updateMask `config.content.read.objects.constructor.prototype`",
    target: "updateInstallation",
    input: () => ({
      target: installation(),
      source: {
        updateMask: ["config.content.read.objects.constructor.prototype"],
        installation: { config: { content: { read: { objects: { constructor: { prototype: {} } } } } } },
      },
    }),
    outcome: { issues: ["forbidden_segment"] },
  },
  {
    id: "T08",
    name: "updateMask `config.content.read.objects.__proto__`",
    target: "validateUpdateInstallationRequest",
    input: () => ({
      source: parse(
        `{"updateMask":["config.content.read.objects.__proto__"],"installation":{"config":{"content":{"read":{"objects":{"__proto__":${JSON.stringify(READ_OBJECT)}}}}}}}`,
      ),
    }),
    outcome: { issues: ["forbidden_segment"] },
  },

  // --- getters on caller objects (must never run) ---------------------------------------------------------------
  {
    id: "G01",
    name: "a getter at the masked path of the source",
    target: "applyMask",
    input: () => ({ target: {}, source: trap({}, "a", 1), mask: ["a"] }),
    outcome: { issues: ["invalid_value"] },
  },
  {
    id: "G02",
    name: "a getter deep inside a copied source value",
    target: "applyMask",
    input: () => ({ target: {}, source: { a: { b: trap({}, "c", 1) } }, mask: ["a"] }),
    outcome: { issues: ["invalid_value"] },
  },
  {
    id: "G03",
    name: "a getter on a container the path walks through",
    target: "applyMask",
    input: () => ({ target: {}, source: trap({}, "a", { b: 1 }), mask: ["a.b"] }),
    outcome: { issues: ["not_traversable"] },
  },
  {
    id: "G04",
    name: "a getter in a picked value",
    target: "pickMask",
    input: () => ({ target: { a: trap({}, "b", 1) }, mask: ["a"] }),
    outcome: { issues: ["invalid_value"] },
  },
  {
    id: "G05",
    name: "a getter at a validated body path",
    target: "validateMask",
    input: () => ({ grammar: ["a"], mask: ["a"], source: trap({}, "a", 1) }),
    outcome: { issues: ["invalid_value"] },
  },
  {
    id: "G06",
    name: "a getter as the `installation` of a request",
    target: "validateUpdateInstallationRequest",
    input: () => ({ source: trap({ updateMask: ["config.content.proxy.enabled"] }, "installation", {}) }),
    outcome: { issues: ["missing_value"] },
  },
  {
    id: "G07",
    name: "a getter as `updateMask`",
    target: "updateInstallation",
    input: () => ({
      target: installation(),
      source: trap({ installation: {} }, "updateMask", ["connectionId"]),
    }),
    outcome: { issues: ["missing_value"] },
  },
  {
    id: "G08",
    name: "a getter as a mask entry reads as no string",
    target: "parseMask",
    input: () => ({ mask: trap([] as unknown[], "0", "a") }),
    outcome: { issues: ["not_a_string"] },
  },
  {
    id: "G09",
    name: "a getter as an applyMask mask entry",
    target: "applyMask",
    input: () => ({ target: {}, source: { a: 1, b: 2 }, mask: trap(["b", "b"] as unknown[], "1", "a") }),
    outcome: { issues: ["not_a_string"] },
  },
  {
    id: "G10",
    name: "a getter as the only entry of an applyMask mask (the one-path plan cache)",
    target: "applyMask",
    input: () => ({ target: {}, source: { a: 1 }, mask: trap([] as unknown[], "0", "a") }),
    outcome: { issues: ["not_a_string"] },
  },
  {
    id: "G11",
    name: "a getter as the only entry of a toJsonPatch mask",
    target: "toJsonPatch",
    input: () => ({ target: {}, source: { a: 1 }, mask: trap([] as unknown[], "0", "a") }),
    outcome: { issues: ["not_a_string"] },
  },
];
