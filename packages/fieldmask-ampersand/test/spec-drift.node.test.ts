// Reads Ampersand's OpenAPI spec and checks the adapter against it, so the two cannot drift apart:
// 1. each grammar admits exactly the paths the spec documents for its endpoint;
// 2. each path's validator accepts a value built from the spec's schema, and rejects it when a type, an enum
//    or a required property of that schema is broken.
import { readFileSync } from "node:fs";
import { RESOURCE_NAMES, RESOURCES } from "@fieldmask/ampersand";
import { describe, expect, test } from "vitest";

type Schema = Record<string, unknown>;
const spec = JSON.parse(readFileSync(new URL("../spec/api.bundled.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string; requestBody?: Schema; description?: string }>>;
  components: { schemas: Record<string, Schema> };
};

/** Follows `$ref`s and merges `allOf`, so a schema reads as one object. */
function resolve(schema: Schema | undefined): Schema {
  let current = schema ?? {};
  while (typeof current.$ref === "string") {
    current = spec.components.schemas[(current.$ref as string).split("/").pop() as string] as Schema;
  }
  if (Array.isArray(current.allOf)) {
    const merged: Schema = { ...current, properties: {}, required: [] };
    delete merged.allOf;
    for (const part of [...(current.allOf as Schema[]), { ...current, allOf: undefined }]) {
      const resolved = resolve(part);
      Object.assign(merged.properties as Schema, resolved.properties ?? {});
      (merged.required as string[]).push(...((resolved.required as string[] | undefined) ?? []));
      for (const key of ["type", "additionalProperties", "nullable"])
        if (key in resolved) merged[key] = resolved[key];
    }
    return merged;
  }
  return current;
}

function operation(operationId: string) {
  for (const methods of Object.values(spec.paths)) {
    const op = methods.patch;
    if (op?.operationId === operationId) return op;
  }
  throw new Error(`no PATCH operation ${operationId}`);
}

function requestSchema(operationId: string): Schema {
  const body = operation(operationId).requestBody as { content: { "application/json": { schema: Schema } } };
  return resolve(body.content["application/json"].schema);
}

/** The paths an endpoint documents: its `updateMask` enum, else the list in the `updateMask` description. */
function documentedPaths(operationId: string): string[] {
  const mask = resolve((requestSchema(operationId).properties as Record<string, Schema>).updateMask);
  const items = resolve(mask.items as Schema);
  if (Array.isArray(items.enum)) return items.enum as string[];
  const listed: string[] = [];
  for (const line of String(mask.description).split("\n")) {
    const found = /^- `?([A-Za-z0-9_.<>]+)`?/.exec(line.trim());
    if (found !== null) listed.push(found[1] as string);
  }
  return listed;
}

describe("each grammar admits exactly the documented paths", () => {
  for (const name of RESOURCE_NAMES) {
    const { operationId, bodyKey, grammar } = RESOURCES[name];
    test(`${operationId}`, () => {
      const schema = requestSchema(operationId);
      expect([...(schema.required as string[])].sort()).toEqual([bodyKey, "updateMask"].sort());
      // a trailing `.**` widens a documented path to its sub-paths; the base is what the spec lists
      const patterns = grammar.patterns.map((pattern) => pattern.path.replace(/\.\*\*$/, ""));
      expect([...patterns].sort()).toEqual(documentedPaths(operationId).sort());
      for (const path of documentedPaths(operationId)) {
        const concrete = path.replace(/<objectName>/g, "contacts");
        expect(grammar.match(concrete)?.subPath, concrete).toBe(false);
      }
    });
  }

  test("installation read objects also admit their sub-paths, and only those", () => {
    const { grammar } = RESOURCES.installation;
    expect(grammar.match("config.content.read.objects.contacts.disabled")?.subPath).toBe(true);
    expect(grammar.match("config.content.read.objects.contacts.selectedFields.email")?.subPath).toBe(true);
    expect(grammar.match("config.content.write.objects.contacts.objectName")).toBeUndefined();
    expect(grammar.match("config.content.subscribe.objects.contacts.destination")).toBeUndefined();
    expect(grammar.match("config.content.read.objects")).toBeUndefined();
  });

  test("the JWT key: the spec says `label` in its schema and `name` in its prose; the adapter follows the schema", () => {
    const op = operation("updateJWTKey");
    const jwtKey = resolve((requestSchema("updateJWTKey").properties as Record<string, Schema>).jwtKey);
    // The contradiction as it stands; when the spec is fixed, this test says so.
    expect(op.description).toContain("'name'");
    expect(Object.keys(jwtKey.properties as Schema).sort()).toEqual(["active", "label"]);
    expect(Object.keys(resolve(spec.components.schemas.JWTKey).properties as Schema)).toContain("label");
    expect(Object.keys(resolve(spec.components.schemas.JWTKey).properties as Schema)).not.toContain("name");
    expect(RESOURCES.jwtKey.grammar.match("label")).toBeDefined();
    expect(RESOURCES.jwtKey.grammar.match("name")).toBeUndefined();
  });
});

// Where the spec has a string with a documented format but no pattern, the example uses a value of that format.
const FORMATTED: Record<string, unknown> = { schedule: "*/5 * * * *", createdBy: "builder:builder-123" };

interface Variant {
  readonly value: unknown;
  readonly path: (string | number)[];
  readonly why: string;
}

/** A valid example of a schema, and every way to break it in one place (wrong type, bad enum, missing required). */
function example(
  schema: Schema,
  key: string,
  path: (string | number)[],
  variants: Variant[],
  depth = 0,
): unknown {
  const s = resolve(schema);
  if (depth > 12) return {};
  if (Array.isArray(s.oneOf)) return example(s.oneOf[0] as Schema, key, path, [], depth + 1); // no variants inside a oneOf
  if (Array.isArray(s.enum)) {
    variants.push({ value: "not-a-documented-value", path, why: `${path.join(".")} outside its enum` });
    return s.enum[0];
  }
  switch (s.type) {
    case "string":
      variants.push({ value: 42, path, why: `${path.join(".")} as a number` });
      return FORMATTED[key] ?? "x";
    case "boolean":
      variants.push({ value: "true", path, why: `${path.join(".")} as a string` });
      return true;
    case "integer":
      variants.push({ value: 1.5, path, why: `${path.join(".")} as a fraction` });
      return typeof s.minimum === "number" ? s.minimum : 1;
    case "number":
      variants.push({ value: "1", path, why: `${path.join(".")} as a string` });
      return 1.5;
    case "array": {
      variants.push({ value: "x", path, why: `${path.join(".")} as a string` });
      const inner: Variant[] = [];
      const item = example(s.items as Schema, key, [...path, 0], inner, depth + 1);
      variants.push(...inner);
      return [item];
    }
    case undefined:
    case "object": {
      if (s.type === undefined && s.properties === undefined && s.additionalProperties === undefined)
        return "x";
      variants.push({ value: "x", path, why: `${path.join(".")} as a string` });
      const value: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(
        (s.properties as Record<string, Schema> | undefined) ?? {},
      )) {
        if ((child as Schema).deprecated === true) continue;
        value[name] = example(child, name, [...path, name], variants, depth + 1);
      }
      if (typeof s.additionalProperties === "object") {
        value.someKey = example(
          s.additionalProperties as Schema,
          "someKey",
          [...path, "someKey"],
          variants,
          depth + 1,
        );
      }
      for (const name of (s.required as string[] | undefined) ?? []) {
        variants.push({
          value: { __delete: name },
          path: [...path, name],
          why: `${path.join(".")} without ${name}`,
        });
      }
      return value;
    }
    default:
      return "x";
  }
}

/** Replaces (or, for `{ __delete }`, removes) the value at `path` in a deep copy of `root`. */
function breakAt(root: unknown, variant: Variant, base: number): unknown {
  const copy = structuredClone(root);
  const path = variant.path.slice(base);
  if (path.length === 0) return variant.value;
  let node = copy as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++)
    node = node[path[i] as string] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string;
  const value = variant.value as { __delete?: string };
  if (typeof value === "object" && value !== null && "__delete" in value) delete node[last];
  else node[last] = variant.value;
  return copy;
}

/** The spec's schema of the value at a grammar pattern, walked from the request body's resource object. */
function schemaAt(body: Schema, pattern: string): Schema {
  let schema = body;
  for (const segment of pattern.replace(/\.\*\*$/, "").split(".")) {
    const s = resolve(schema);
    schema = segment.startsWith("<")
      ? (s.additionalProperties as Schema)
      : ((s.properties as Record<string, Schema>)[segment] as Schema);
  }
  return schema;
}

describe("each path's validator follows the spec's schema", () => {
  for (const name of RESOURCE_NAMES) {
    const { operationId, bodyKey, grammar } = RESOURCES[name];
    for (const pattern of grammar.patterns) {
      test(`${operationId} ${pattern.path}`, () => {
        const body = (requestSchema(operationId).properties as Record<string, Schema>)[bodyKey] as Schema;
        const variants: Variant[] = [];
        const valid = example(
          schemaAt(body, pattern.path),
          pattern.path.split(".").pop() as string,
          [],
          variants,
        );
        const validate = (value: unknown) =>
          pattern.schema?.["~standard"].validate(value) as { issues?: unknown[] };
        expect(validate(valid).issues, JSON.stringify(valid)).toBeUndefined();
        expect(variants.length).toBeGreaterThan(0);
        for (const variant of variants) {
          const issues = validate(breakAt(valid, variant, 0)).issues as
            | { path: (string | number)[] }[]
            | undefined;
          expect(issues, variant.why).toBeDefined();
          expect(
            issues?.map((issue) => issue.path.join(".")),
            variant.why,
          ).toContain(variant.path.join("."));
        }
      });
    }
  }
});
