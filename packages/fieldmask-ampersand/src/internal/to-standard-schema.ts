import type { StandardSchemaV1 } from "@fieldmask/core";
import { checkValue, type ValueProblem, type ValueSchema } from "./value-schema.js";

/**
 * Wraps a {@link ValueSchema} as a Standard Schema v1 validator (vendor `fieldmask-ampersand`), so the grammars
 * work with core's `validateMask` and with any other Standard Schema consumer. Synchronous; never throws.
 * @internal
 */
export function toStandardSchema(schema: ValueSchema): StandardSchemaV1 {
  return {
    "~standard": {
      version: 1,
      vendor: "fieldmask-ampersand",
      validate(value: unknown): StandardSchemaV1.Result<unknown> {
        const problems: ValueProblem[] = [];
        checkValue(schema, value, [], problems);
        return problems.length === 0 ? { value } : { issues: problems };
      },
    },
  };
}
