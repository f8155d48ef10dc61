// parse: parsePath against String#split on typical and escaped paths.
import { type BenchCase, check, checkedUpFront, exported, json } from "../case.js";
import { objectNameAt } from "../data.js";
import { loadCore } from "../packages.js";

type ParsePath = (text: string, options?: { syntax?: "backslash" | "backtick" }) => unknown[];

/** Distinct texts per variant, cycled, so no per-string cache (V8's split cache, a memo) can serve a call. */
const POOL = 64;

type Variant = "typical" | "escaped" | "backtick";

/**
 * Path texts built at run time with `join`, so they are not internalized: V8's split cache only serves
 * internalized strings, and request bodies give a server fresh strings too.
 */
function texts(variant: Variant): string[] {
  const out: string[] = [];
  for (let i = 0; i < POOL; i++) {
    const name = objectNameAt(i);
    const last =
      variant === "typical" ? name : variant === "escaped" ? `acme\\.${name}\\.v2` : `\`acme.${name}.v2\``;
    out.push(["config", "content", "read", "objects", last].join("."));
  }
  return out;
}

/** The segments each variant must decode to (split gets the escaped ones wrong: it is the speed floor only). */
function expected(variant: Variant, i: number): string[] {
  const name = objectNameAt(i);
  return ["config", "content", "read", "objects", variant === "typical" ? name : `acme.${name}.v2`];
}

function cycle<T>(items: readonly T[], run: (item: T) => unknown): () => unknown {
  let i = 0;
  return () => {
    i = (i + 1) & (POOL - 1);
    return run(items[i] as T);
  };
}

function variantCases(variant: Variant): BenchCase[] {
  const table = "parse";
  const prefix = `parse/${variant}`;
  const baseline = `${prefix}/split`;
  const cases: BenchCase[] = [
    {
      name: baseline,
      group: "parse",
      table,
      n: undefined,
      label: `${variant}: text.split(".")`,
      baseline,
      setup: async () => checkedUpFront(cycle(texts(variant), (text) => text.split("."))),
    },
  ];
  if (variant === "escaped") {
    // What a careful user writes by hand for backslash escapes: split on unescaped dots, then unescape.
    cases.push({
      name: `${prefix}/split-regexp`,
      group: "parse",
      table,
      n: undefined,
      label: `${variant}: hand-written regexp split + unescape`,
      baseline,
      setup: async () => {
        const unescapedDot = /(?<!\\)\./;
        const escaped = /\\(.)/g;
        const split = (text: string): string[] => {
          const parts = text.split(unescapedDot);
          for (let i = 0; i < parts.length; i++) parts[i] = (parts[i] as string).replace(escaped, "$1");
          return parts;
        };
        check(json(split(texts(variant)[3] as string)) === json(expected(variant, 3)), "regexp split");
        return checkedUpFront(cycle(texts(variant), split));
      },
    });
  }
  cases.push({
    name: `${prefix}/parsePath`,
    group: "parse",
    table,
    n: undefined,
    label: `${variant}: parsePath${variant === "backtick" ? ' { syntax: "backtick" }' : ""}`,
    baseline,
    setup: async () => {
      const parsePath = exported<ParsePath>(await loadCore(), "@fieldmask/core", "parsePath");
      const options = variant === "backtick" ? { syntax: "backtick" as const } : undefined;
      check(
        json(parsePath(texts(variant)[3] as string, options)) === json(expected(variant, 3)),
        "parsePath",
      );
      return checkedUpFront(cycle(texts(variant), (text) => parsePath(text, options)));
    },
  });
  return cases;
}

/** The parse group. */
export const parseCases: readonly BenchCase[] = [
  ...variantCases("typical"),
  ...variantCases("escaped"),
  ...variantCases("backtick"),
];
