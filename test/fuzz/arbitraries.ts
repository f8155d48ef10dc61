// Arbitraries for the fuzz properties: JSON-like values whose keys collide with mask paths and with the names
// attackers use, path strings full of escapes, quotes, wildcards and forbidden spellings, and whole masks.
import fc from "fast-check";

/** How many runs each property gets: `FUZZ_RUNS` (`pnpm test:fuzz` sets 10,000), else a quick 100. */
export const RUNS: number = (() => {
  const raw = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
    ?.FUZZ_RUNS;
  const runs = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(runs) && runs > 0 ? runs : 100;
})();

/** A per-property timeout that grows with the run count (a few ms per run on a busy machine). */
export const TIMEOUT: number = 30_000 + RUNS * 25;

/** Keys the values and paths share: ordinary, numeric-looking, inherited names and forbidden ones. */
export const KEYS: readonly string[] = [
  "a",
  "b",
  "c",
  "0",
  "4294967294",
  "toString",
  "hasOwnProperty",
  "constructor",
  "prototype",
  "__proto__",
  "x.y",
  "*",
  "",
];

const key = fc.constantFrom(...KEYS);

// Builds an object the way JSON.parse does: every key an own data property, "__proto__" included.
function ownObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/** JSON data (as JSON.parse makes it, own "__proto__" keys included), a few levels deep. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{
  value: unknown;
  object: Record<string, unknown>;
}>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom("", "x", "*/15 * * * *", "consumer:c", "builder:b", "contacts"),
    fc.array(tie("value"), { maxLength: 3 }),
    tie("object"),
  ),
  object: fc.array(fc.tuple(key, tie("value")), { maxLength: 4 }).map(ownObject),
})).value;

/** A JSON object (the root of a document or a body). */
export const jsonObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(key, jsonValue), { maxLength: 5 })
  .map(ownObject);

/** Anything at all, JSON data most of the time. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: jsonValue },
  { weight: 1, arbitrary: fc.anything() },
);

const segmentText = fc.oneof(
  { weight: 6, arbitrary: key.filter((k) => k !== "x.y" && k !== "*" && k !== "") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "*",
      "x\\.y",
      "\\*",
      "\\_\\_proto\\_\\_",
      "construc\\tor",
      "`a`",
      "`__proto__`",
      "\\",
      "`",
      "<k>",
      "**",
      "＿＿proto＿＿",
      " __proto__",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** Path text: mostly well-formed, often hostile, sometimes broken. */
export const pathText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(segmentText, { minLength: 1, maxLength: 4 }).map((s) => s.join(".")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A mask: an array of path texts, sometimes with non-strings in it, sometimes not an array at all. */
export const anyMask: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.array(pathText, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(pathText, fc.anything()), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** Grammars the properties pick from (compiled once by the caller). */
export const PATTERN_SETS: readonly (readonly string[])[] = [
  ["a", "a.<k>", "b.*.c", "c.**", "<k>.x"],
  ["<k>", "<k>.<j>", "<k>.<j>.**"],
  ["a.b", "b", "toString.x"],
];

// --- the adapter -------------------------------------------------------------------------------------------------

const OBJECT_NAMES = ["contacts", "leads", "__proto__", "constructor", "toString", "4294967294"] as const;

/** Paths Ampersand's installation endpoint knows, and hostile variants of them. */
export const INSTALLATION_PATHS: readonly string[] = [
  "connectionId",
  "config.createdBy",
  "config.content.read.objects.contacts",
  "config.content.read.objects.leads",
  "config.content.read.objects.*",
  "config.content.read.objects.contacts.disabled",
  "config.content.read.objects.*.schedule",
  "config.content.read.objects.toString",
  "config.content.read.objects.__proto__",
  "config.content.read.objects.\\_\\_proto\\_\\_",
  "config.content.write.objects",
  "config.content.write.objects.notes",
  "config.content.write.objects.*",
  "config.content.subscribe.objects",
  "config.content.proxy.enabled",
  "config.content.proxy",
  "config.constructor.prototype",
  "id",
];

const readObject = fc.record(
  {
    objectName: fc.oneof(fc.constantFrom(...OBJECT_NAMES), jsonValue),
    schedule: fc.oneof(fc.constantFrom("*/15 * * * *", "0 * * * *", "bad"), jsonValue),
    destination: fc.oneof(fc.constant("webhook"), jsonValue),
    disabled: fc.oneof(fc.boolean(), jsonValue),
    selectedFields: fc.oneof(jsonObject, fc.constant({ email: true })),
  },
  { requiredKeys: [] },
);

const objectMap = (value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> =>
  fc.array(fc.tuple(fc.constantFrom(...OBJECT_NAMES), value), { maxLength: 3 }).map(ownObject);

/** An `installation` request body: shaped like the real one most of the time, any JSON otherwise. */
export const installationBody: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        connectionId: fc.oneof(fc.constantFrom("c1", "missing"), jsonValue),
        config: fc.record(
          {
            createdBy: fc.oneof(fc.constantFrom("consumer:c", "builder:b", "nobody"), jsonValue),
            content: fc.record(
              {
                read: fc.record({ objects: objectMap(readObject) }, { requiredKeys: [] }),
                write: fc.record({ objects: objectMap(jsonObject) }, { requiredKeys: [] }),
                proxy: fc.record({ enabled: fc.oneof(fc.boolean(), jsonValue) }, { requiredKeys: [] }),
              },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** A whole updateInstallation request body, from well-formed to nonsense. */
export const installationRequest: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.oneof(
          { weight: 5, arbitrary: fc.uniqueArray(fc.constantFrom(...INSTALLATION_PATHS), { maxLength: 3 }) },
          { weight: 1, arbitrary: anyMask },
        ),
        installationBody,
        fc.option(jsonObject, { nil: undefined }),
      )
      .map(([updateMask, installation, extra]) =>
        ownObject([
          ...Object.entries(extra ?? {}),
          ["updateMask", updateMask],
          ["installation", installation],
        ]),
      ),
  },
  { weight: 1, arbitrary: anyValue },
);
