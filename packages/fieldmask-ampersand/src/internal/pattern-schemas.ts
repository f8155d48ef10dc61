import type { GrammarPattern } from "@fieldmask/core";
import type { ValueSchema } from "./value-schema.js";

/**
 * The {@link ValueSchema} behind each adapter grammar pattern, for what a Standard Schema cannot do:
 * checking a value below a `.**` pattern's base (`config.content.read.objects.contacts.disabled`).
 * @internal
 */
export const PATTERN_SCHEMAS: WeakMap<GrammarPattern, ValueSchema> = /* @__PURE__ */ new WeakMap();
