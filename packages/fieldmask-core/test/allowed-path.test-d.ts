import {
  type AllowedPath,
  compileGrammar,
  type Grammar,
  type PatternPath,
  type PatternSpec,
  type StandardSchemaV1,
  validateMask,
} from "@fieldmask/core";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import type { AMPERSAND_PATTERNS } from "./grammar.testdata.js";

type AmpersandPath = AllowedPath<typeof AMPERSAND_PATTERNS>;

describe("AllowedPath", () => {
  it("admits the Ampersand paths", () => {
    expectTypeOf<"connectionId">().toExtend<AmpersandPath>();
    expectTypeOf<"config.createdBy">().toExtend<AmpersandPath>();
    expectTypeOf<`config.content.read.objects.${string}`>().toExtend<AmpersandPath>();
    expectTypeOf<"config.content.read.objects.contacts">().toExtend<AmpersandPath>();
    expectTypeOf<"config.content.read.objects.contacts.disabled">().toExtend<AmpersandPath>();
    expectTypeOf<"config.content.write.objects">().toExtend<AmpersandPath>();
    expectTypeOf<"config.content.proxy.enabled">().toExtend<AmpersandPath>();
  });

  it("rejects paths the grammar does not admit", () => {
    expectTypeOf<"config.content.foo">().not.toExtend<AmpersandPath>();
    expectTypeOf<"config">().not.toExtend<AmpersandPath>();
    expectTypeOf<"config.content.read.objects">().not.toExtend<AmpersandPath>();
    expectTypeOf<"connectionid">().not.toExtend<AmpersandPath>();
    expectTypeOf<string>().not.toExtend<AmpersandPath>();

    const ok: AmpersandPath = "config.content.subscribe.objects.deals";
    void ok;
    // @ts-expect-error: "config.content.foo" matches no pattern
    const bad: AmpersandPath = "config.content.foo";
    // @ts-expect-error: the write map has no sub-paths beyond one object
    const tooDeep: AmpersandPath = "config.content.proxy.enabled.x";
    void bad;
    void tooDeep;
  });

  it("reads * and <name> as any key, .** as the base and anything below", () => {
    const patterns = ["a.*.c", "b.<id>", "d.**"] as const;
    type Path = AllowedPath<typeof patterns>;
    expectTypeOf<Path>().toEqualTypeOf<`a.${string}.c` | `b.${string}` | "d" | `d.${string}`>();
  });

  it("accepts pattern specs as well as strings", () => {
    const patterns = [{ path: "x.<k>", description: "a map" }, "y"] as const;
    expectTypeOf<AllowedPath<typeof patterns>>().toEqualTypeOf<`x.${string}` | "y">();
  });
});

describe("grammar types", () => {
  it("takes zod schemas and hand-written validators as Standard Schema", () => {
    const spec: PatternSpec = { path: "a", schema: z.boolean() };
    expectTypeOf(z.string()).toExtend<StandardSchemaV1>();
    expectTypeOf(compileGrammar([spec, "b"])).toEqualTypeOf<Grammar>();
    // @ts-expect-error: a schema must implement the Standard Schema interface
    compileGrammar([{ path: "a", schema: { validate: () => true } }]);
  });

  it("narrows the result of validateMask", () => {
    const result = validateMask(compileGrammar(["a"]), ["a"]);
    if (result.ok) expectTypeOf(result.paths[0]?.input).toEqualTypeOf<string | undefined>();
    else expectTypeOf(result.issues[0]?.code).toExtend<string | undefined>();
  });
});

describe("PatternPath", () => {
  it("types one pattern", () => {
    expectTypeOf<
      PatternPath<"config.content.read.objects.<objectName>">
    >().toEqualTypeOf<`config.content.read.objects.${string}`>();
    expectTypeOf<PatternPath<"a.**">>().toEqualTypeOf<"a" | `a.${string}`>();
    expectTypeOf<PatternPath<"plain">>().toEqualTypeOf<"plain">();
  });
});
