// fast-check arbitraries built from Ampersand's OpenAPI spec: a JSON-schema walker turns the spec's component
// schemas into generators, so generated installations and requests have exactly the spec's shapes.
import type { Connection, Installation, UpdateInstallationRequest } from "@fieldmask/ampersand";
import { formatPath } from "@fieldmask/core";
import fc from "fast-check";
import spec from "../spec/api.bundled.json";

type Schema = Record<string, unknown>;
const SCHEMAS = (spec as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;

/** Follows `$ref`s and merges `allOf`, so a schema reads as one object. */
export function resolveSchema(schema: Schema | undefined): Schema {
  let current = schema ?? {};
  while (typeof current.$ref === "string") {
    current = SCHEMAS[(current.$ref as string).split("/").pop() as string] as Schema;
  }
  if (!Array.isArray(current.allOf)) return current;
  const merged: Schema = { properties: {}, required: [] };
  for (const part of [...(current.allOf as Schema[]), { ...current, allOf: undefined }]) {
    const resolved = resolveSchema(part);
    const properties = merged.properties as Record<string, Schema>;
    for (const [key, value] of Object.entries((resolved.properties as Record<string, Schema>) ?? {})) {
      // a later part may narrow a property (`objects: { additionalProperties: … }`): merge, don't replace
      properties[key] = key in properties ? { allOf: [properties[key] as Schema, value] } : value;
    }
    (merged.required as string[]).push(...((resolved.required as string[] | undefined) ?? []));
    for (const key of [
      "type",
      "additionalProperties",
      "nullable",
      "enum",
      "items",
      "oneOf",
      "format",
      "minimum",
    ]) {
      if (key in resolved && resolved[key] !== undefined) merged[key] = resolved[key];
    }
  }
  return merged;
}

/** Object names as clients write them, and some that need escaping in a path (`.`, `\`, `*`, spaces). */
export const objectName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("contacts", "leads", "accounts", "deals", "notes", "companies"),
  fc
    .stringMatching(/^[a-zA-Z0-9_.*\\ -]{1,6}$/)
    .filter((name) => name !== "__proto__" && name !== "constructor" && name !== "prototype"),
);

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/);
const dateTime = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString());
// Strings whose format the spec gives only in prose.
const FORMATTED: Record<string, fc.Arbitrary<string>> = {
  schedule: fc.constantFrom("*/5 * * * *", "0 * * * *", "30 2 * * 1-5", "@daily", "0 0 1 JAN *"),
  createdBy: fc.tuple(fc.constantFrom("consumer", "builder"), word).map(([kind, id]) => `${kind}:${id}`),
};

/**
 * An arbitrary for a spec schema. `key` is the property name (for prose formats); `depth` caps recursion.
 */
export function arbitraryOf(schema: Schema | undefined, key = "", depth = 0): fc.Arbitrary<unknown> {
  const s = resolveSchema(schema);
  if (Array.isArray(s.oneOf))
    return fc.oneof(...(s.oneOf as Schema[]).map((alt) => arbitraryOf(alt, key, depth + 1)));
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const formatted = FORMATTED[key];
  if (formatted !== undefined && (s.type === "string" || s.type === undefined)) return formatted;
  switch (s.type) {
    case "string":
      return s.format === "date-time" ? dateTime : word;
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: typeof s.minimum === "number" ? s.minimum : -1000, max: 1000 });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case "array":
      return depth > 12
        ? fc.constant([])
        : fc.array(arbitraryOf(s.items as Schema, key, depth + 1), { maxLength: 2 });
    default: {
      if (s.type === undefined && s.properties === undefined && s.additionalProperties === undefined) {
        return fc.oneof(word, fc.boolean(), fc.integer()); // the spec's typeless values (ReadFilterValue)
      }
      if (depth > 12) return fc.constant({});
      const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, child] of Object.entries(properties)) {
        if (child.deprecated === true) continue;
        shape[name] = arbitraryOf(child, name, depth + 1);
      }
      const required = ((s.required as string[] | undefined) ?? []).filter((name) => name in shape);
      const fixed = fc.record(shape, { requiredKeys: required });
      const extra = s.additionalProperties;
      if (typeof extra !== "object" || extra === null) return fixed;
      const keys = key === "objects" ? objectName : word;
      const map = fc.dictionary(keys, arbitraryOf(extra as Schema, "", depth + 1), { maxKeys: 3 });
      return Object.keys(shape).length === 0 ? map : fc.tuple(fixed, map).map(([a, b]) => ({ ...b, ...a }));
    }
  }
}

/** An installation of the spec's Installation schema, connection and config content included. */
export const installation: fc.Arbitrary<Installation> = arbitraryOf(
  SCHEMAS.Installation,
) as fc.Arbitrary<Installation>;

/** A connection of the spec's Connection schema. */
export const connection: fc.Arbitrary<Connection> = arbitraryOf(
  SCHEMAS.Connection,
) as fc.Arbitrary<Connection>;

const readObject = arbitraryOf(SCHEMAS.BaseReadConfigObject);
const writeObject = arbitraryOf(SCHEMAS.BaseWriteConfigObject);
const subscribeObject = arbitraryOf(SCHEMAS.BaseSubscribeConfigObject);

/** A valid updateInstallation request, with paths of every kind the spec documents (no `connectionId`). */
export const updateRequest: fc.Arbitrary<UpdateInstallationRequest> = fc
  .record(
    {
      read: fc.dictionary(objectName, readObject, { maxKeys: 3 }),
      write: fc.oneof(
        fc.record({
          whole: fc.constant(true),
          objects: fc.dictionary(objectName, writeObject, { maxKeys: 2 }),
        }),
        fc.record({
          whole: fc.constant(false),
          objects: fc.dictionary(objectName, writeObject, { maxKeys: 2 }),
        }),
      ),
      subscribe: fc.dictionary(objectName, subscribeObject, { maxKeys: 2 }),
      proxy: fc.boolean(),
      createdBy: FORMATTED.createdBy as fc.Arbitrary<string>,
    },
    { requiredKeys: ["read", "write", "subscribe"] },
  )
  .map((parts) => {
    const mask: string[] = [];
    for (const name of Object.keys(parts.read))
      mask.push(formatPath(["config", "content", "read", "objects", name]));
    if (parts.write.whole) mask.push("config.content.write.objects");
    else
      for (const name of Object.keys(parts.write.objects))
        mask.push(formatPath(["config", "content", "write", "objects", name]));
    for (const name of Object.keys(parts.subscribe))
      mask.push(formatPath(["config", "content", "subscribe", "objects", name]));
    const content: Record<string, unknown> = {
      read: { objects: parts.read },
      write: { objects: parts.write.objects },
      subscribe: { objects: parts.subscribe },
    };
    if (parts.proxy !== undefined) {
      mask.push("config.content.proxy.enabled");
      content.proxy = { enabled: parts.proxy };
    }
    const config: Record<string, unknown> = { content };
    if (parts.createdBy !== undefined) {
      mask.push("config.createdBy");
      config.createdBy = parts.createdBy;
    }
    return { updateMask: mask, installation: { config } } as UpdateInstallationRequest;
  })
  .filter((request) => request.updateMask.length > 0);

/** A stored read object (ReadConfigObject: `objectName`, `selectedFields`, `selectedFieldMappings` required). */
export const readConfigObject: fc.Arbitrary<unknown> = arbitraryOf(SCHEMAS.ReadConfigObject);
/** A stored write object. */
export const writeConfigObject: fc.Arbitrary<unknown> = arbitraryOf(SCHEMAS.WriteConfigObject);
/** A stored subscribe object. */
export const subscribeConfigObject: fc.Arbitrary<unknown> = arbitraryOf(SCHEMAS.SubscribeConfigObject);
