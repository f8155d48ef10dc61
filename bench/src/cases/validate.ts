// validate: validateMask with the installation grammar on masks of 1, 10 and 100 paths.
import { type BenchCase, check, checkedUpFront, exported } from "../case.js";
import { objectNameAt } from "../data.js";
import { INSTALLATION_PATTERNS } from "../grammar.js";
import { loadCore } from "../packages.js";

type CompileGrammar = (patterns: readonly string[]) => unknown;
type ValidateMask = (grammar: unknown, mask: unknown, body?: unknown) => { ok: boolean };

/** Mask sizes of the validate rows. */
const PATH_COUNTS = [1, 10, 100] as const;

/** A valid mask of `count` distinct paths, mostly read objects, as a client would send for a bulk edit. */
function makeMask(count: number): string[] {
  const mask: string[] = [];
  const fixed = ["config.content.proxy.enabled", "config.createdBy", "config.content.write.objects.contacts"];
  for (let i = 0; i < count; i++) {
    mask.push(
      i < fixed.length && count > 1 ? (fixed[i] as string) : `config.content.read.objects.${objectNameAt(i)}`,
    );
  }
  return mask;
}

/**
 * The by-hand alternative: one anchored regexp for the allow-list, a Set for duplicates. It knows no escapes,
 * reports only yes/no and names no offending path, so it is the floor, not an equivalent.
 */
const ALLOWED =
  /^(?:connectionId|config\.createdBy|config\.content\.(?:read|write|subscribe)\.objects\.[^.]+|config\.content\.(?:write|subscribe)\.objects|config\.content\.proxy\.enabled)$/;

function validateByHand(mask: unknown): boolean {
  if (!Array.isArray(mask) || mask.length === 0) return false;
  const seen = new Set<string>();
  for (let i = 0; i < mask.length; i++) {
    const path: unknown = mask[i];
    if (typeof path !== "string" || !ALLOWED.test(path) || seen.has(path)) return false;
    seen.add(path);
  }
  return true;
}

function countCases(count: number): BenchCase[] {
  const prefix = `validate/paths-${count}`;
  const baseline = `${prefix}/regexp`;
  return [
    {
      name: baseline,
      group: "validate",
      table: "validate",
      n: undefined,
      label: `${count} path${count === 1 ? "" : "s"}: hand-written regexp + Set`,
      baseline,
      setup: async () => {
        const mask = makeMask(count);
        check(validateByHand(mask), "hand validation accepts the mask");
        // A fresh array per call, as each request brings its own mask (no identity-keyed cache can help).
        return checkedUpFront(() => validateByHand(mask.slice()));
      },
    },
    {
      name: `${prefix}/validateMask`,
      group: "validate",
      table: "validate",
      n: undefined,
      label: `${count} path${count === 1 ? "" : "s"}: validateMask`,
      baseline,
      setup: async () => {
        const core = await loadCore();
        const compileGrammar = exported<CompileGrammar>(core, "@fieldmask/core", "compileGrammar");
        const validateMask = exported<ValidateMask>(core, "@fieldmask/core", "validateMask");
        const grammar = compileGrammar(INSTALLATION_PATTERNS);
        const mask = makeMask(count);
        check(validateMask(grammar, mask).ok, "validateMask accepts the mask");
        return checkedUpFront(() => validateMask(grammar, mask.slice()));
      },
    },
  ];
}

/** The validate group. */
export const validateCases: readonly BenchCase[] = PATH_COUNTS.flatMap(countCases);
