// Every benchmark case, in report order.
import type { BenchCase } from "./case.js";
import { applyCases } from "./cases/apply.js";
import { diffCases } from "./cases/diff.js";
import { parseCases } from "./cases/parse.js";
import { updateCases } from "./cases/update.js";
import { validateCases } from "./cases/validate.js";

/** All cases; names are unique. */
export const CASES: readonly BenchCase[] = [
  ...parseCases,
  ...validateCases,
  ...applyCases,
  ...updateCases,
  ...diffCases,
];

/**
 * Looks a case up by its exact name.
 * @param name - The case name.
 * @returns The case.
 * @throws Error when no case has that name.
 */
export function findCase(name: string): BenchCase {
  for (let i = 0; i < CASES.length; i++) {
    const entry = CASES[i] as BenchCase;
    if (entry.name === name) return entry;
  }
  throw new Error(`bench: no case named ${name}`);
}
