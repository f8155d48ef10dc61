// Golden rows for the mask algebra, ported from the N, U, I, S and C groups of
// ../shared/conformance/fieldmask-cases.md (ids in brackets). `error` rows are where we chose to reject
// malformed paths (divergence 7) instead of dropping (C++/Java/Python) or keeping (Go) them.
import type { MaskIssueCode } from "@fieldmask/core";

export type Expect<T> = { readonly expected: T } | { readonly error: MaskIssueCode };

export type NormalizeRow = { readonly id: string; readonly mask: readonly string[] } & Expect<
  readonly string[]
>;
export type FoldRow = { readonly id: string; readonly masks: readonly (readonly string[])[] } & Expect<
  readonly string[]
>;
export type CoversRow = {
  readonly id: string;
  readonly mask: readonly string[];
  readonly path: string;
} & Expect<boolean>;

export const NORMALIZE_ROWS: readonly NormalizeRow[] = [
  { id: "N01", mask: ["baz.quz", "bar", "foo"], expected: ["bar", "baz.quz", "foo"] },
  { id: "N02", mask: ["foo", "bar", "foo"], expected: ["bar", "foo"] },
  { id: "N03", mask: ["foo.b1", "bar.b1", "foo.b2", "bar"], expected: ["bar", "foo.b1", "foo.b2"] },
  {
    id: "N04",
    mask: ["foo.bar.baz1", "foo.bar.baz2.quz", "foo.bar.baz2"],
    expected: ["foo.bar.baz1", "foo.bar.baz2"],
  },
  {
    id: "N05",
    mask: ["foo.bar.baz1", "foo.bar.baz2", "foo.bar.baz2.quz"],
    expected: ["foo.bar.baz1", "foo.bar.baz2"],
  },
  { id: "N06", mask: ["foo.bar.baz1", "foo.bar.baz2", "foo.bar.baz2.quz", "foo.bar"], expected: ["foo.bar"] },
  { id: "N07", mask: ["foo.bar.baz1", "foo.bar.baz2", "foo.bar.baz2.quz", "foo"], expected: ["foo"] },
  { id: "N08", mask: ["foo", "foo.bar", "foo.baz"], expected: ["foo"] },
  { id: "N09", mask: ["foo.bar", "foo.baz"], expected: ["foo.bar", "foo.baz"] },
  {
    id: "N10",
    mask: ["e.a", "e.b", "e.c", "e.d", "e.f", "e.g", "e.b.a", "e$c", "e.b.c"],
    // per-segment order: the key "e" sorts before the key "e$c" (a prefix first), the same result as Go
    expected: ["e.a", "e.b", "e.c", "e.d", "e.f", "e.g", "e$c"],
  },
  {
    id: "N11 (divergence 8: Java/Python per-segment order, not Go's byte order)",
    mask: ["a", "aa", "aaa", "a$", "AAA", "aA.a", "a.a", "a", "aa", "aaa", "a$", "AAA", "aA.a"],
    expected: ["AAA", "a", "a$", "aA.a", "aa", "aaa"],
  },
  { id: "N12 (divergence 7: empty paths are errors)", mask: ["", "", ""], error: "empty_path" },
  { id: "N13 (divergence 7)", mask: ["", "a.b"], error: "empty_path" },
  { id: "N14 (divergence 7)", mask: ["", "a.", ".b", "a.b", "."], error: "empty_path" },
  { id: "wildcard covers its keys", mask: ["a.b.c", "a.*", "a.b"], expected: ["a.*"] },
  {
    id: "wildcard in the middle covers matching sub-paths",
    mask: ["b.x.c.d", "b.*.c", "b.x", "b.y.d"],
    expected: ["b.*.c", "b.x", "b.y.d"],
  },
  { id: "a key does not cover the wildcard", mask: ["a.*", "a.b"], expected: ["a.*"] },
  {
    id: "literal star is a key, sorted after the wildcard",
    mask: ["a.\\*", "a.b", "a.*.c"],
    expected: ["a.*.c", "a.\\*", "a.b"],
  },
  { id: "escapes are rewritten in shortest form", mask: ["a\\:b", "c\\.d"], expected: ["a:b", "c\\.d"] },
];

export const UNION_ROWS: readonly FoldRow[] = [
  {
    id: "U01",
    masks: [
      ["foo", "baz"],
      ["bar", "quz"],
    ],
    expected: ["bar", "baz", "foo", "quz"],
  },
  {
    id: "U02",
    masks: [
      ["foo", "baz.bb"],
      ["baz.bb", "quz"],
    ],
    expected: ["baz.bb", "foo", "quz"],
  },
  {
    id: "U03",
    masks: [
      ["foo.bar.baz", "quz"],
      ["foo.bar", "bar"],
    ],
    expected: ["bar", "foo.bar", "quz"],
  },
  {
    id: "U04",
    masks: [
      ["foo", "bar.baz", "bar.quz"],
      ["foo.bar", "bar"],
    ],
    expected: ["bar", "foo"],
  },
  { id: "U05", masks: [["foo"], ["foo.bar", "bar.quz"], ["bar.quz"], ["bar"]], expected: ["bar", "foo"] },
  { id: "U06", masks: [[], []], expected: [] },
  { id: "U07", masks: [["a"], []], expected: ["a"] },
  { id: "U08", masks: [["a"], ["b"], ["c"]], expected: ["a", "b", "c"] },
  {
    id: "U09",
    masks: [["a", "b"], ["b.b"], ["b"], ["b", "a.A"], ["b", "c", "c.a", "c.b"]],
    expected: ["a", "b", "c"],
  },
  { id: "U10", masks: [["a.b", "a.c.d"], ["a"]], expected: ["a"] },
  { id: "U11", masks: [[], ["a.b", "a.c", "d"]], expected: ["a.b", "a.c", "d"] },
  { id: "wildcard absorbs keys", masks: [["a.b.c"], ["a.*"]], expected: ["a.*"] },
  { id: "bad path in the second mask", masks: [["a"], ["b..c"]], error: "empty_segment" },
];

export const INTERSECT_ROWS: readonly FoldRow[] = [
  {
    id: "I01",
    masks: [
      ["foo", "baz"],
      ["bar", "quz"],
    ],
    expected: [],
  },
  {
    id: "I02",
    masks: [
      ["foo", "baz.bb"],
      ["baz.bb", "quz"],
    ],
    expected: ["baz.bb"],
  },
  {
    id: "I03",
    masks: [
      ["foo.bar.baz", "quz"],
      ["foo.bar", "bar"],
    ],
    expected: ["foo.bar.baz"],
  },
  {
    id: "I04",
    masks: [
      ["foo.bar", "bar"],
      ["foo.bar.baz", "quz"],
    ],
    expected: ["foo.bar.baz"],
  },
  {
    id: "I05",
    masks: [
      ["foo", "bar.baz", "bar.quz"],
      ["foo.bar", "bar"],
    ],
    expected: ["bar.baz", "bar.quz", "foo.bar"],
  },
  { id: "I06 (divergence 7)", masks: [[""], [""]], error: "empty_path" },
  { id: "I07", masks: [["a"], []], expected: [] },
  { id: "I08", masks: [["a"], ["a"]], expected: ["a"] },
  {
    id: "I09",
    masks: [["a", "b"], ["b.b"], ["b"], ["b", "a.A"], ["b", "c", "c.a", "c.b"]],
    expected: ["b.b"],
  },
  { id: "I10", masks: [["a.b", "a.c.d"], ["a"]], expected: ["a.b", "a.c.d"] },
  { id: "wildcard meets a key", masks: [["a.*.c"], ["a.b"]], expected: ["a.b.c"] },
  { id: "two wildcards meet", masks: [["a.*.c"], ["a.*"]], expected: ["a.*.c"] },
  { id: "wildcard meets wildcard at different depths", masks: [["*.b"], ["a.*"]], expected: ["a.b"] },
];

export const SUBTRACT_ROWS: readonly FoldRow[] = [
  {
    id: "S01 (divergence 9: schema-free, Java)",
    masks: [
      ["foo", "bar.baz", "bar.quz"],
      ["foo.bar", "bar"],
    ],
    expected: ["foo"],
  },
  {
    id: "S02",
    masks: [["foo", "bar.baz", "bar.quz.bar"], ["foo.bar", "bar.baz.quz"], ["bar.quz"], ["foo", "bar.baz"]],
    expected: [],
  },
  { id: "S03 (divergence 7)", masks: [["bar.baz", "bar.quz.bar", "foo"], [""]], error: "empty_path" },
  {
    id: "S04",
    masks: [["bar.baz", "bar.quz.bar", "foo"], ["foo.bar"]],
    expected: ["bar.baz", "bar.quz.bar", "foo"],
  },
  {
    id: "S05",
    masks: [["bar.baz", "bar.quz.bar", "foo"], ["bar.foo"]],
    expected: ["bar.baz", "bar.quz.bar", "foo"],
  },
  { id: "S06", masks: [["bar.baz", "bar.quz.bar", "foo"], ["foo"]], expected: ["bar.baz", "bar.quz.bar"] },
  { id: "S07", masks: [["bar.baz", "bar.quz.bar", "foo"], ["bar.quz.bar"]], expected: ["bar.baz", "foo"] },
  { id: "S08", masks: [["bar.baz", "bar.quz.bar", "foo"], ["bar"]], expected: ["foo"] },
  { id: "S09", masks: [["a.b.c", "a.b.d"], ["a.b.c"]], expected: ["a.b.d"] },
  { id: "S11", masks: [[], ["optional_int32"]], expected: [] },
  {
    id: "S12",
    masks: [["optional_nested_message"], ["optional_nested_message.nonexist_field"]],
    expected: ["optional_nested_message"],
  },
  { id: "S13", masks: [["optional_nested_message"], ["optional_nested_message"]], expected: [] },
  {
    id: "S14",
    masks: [["optional_foreign_message.c"], ["optional_foreign_message", "optional_nested_message"]],
    expected: [],
  },
  { id: "wildcard removes keys", masks: [["a.b", "a.c.d", "x"], ["a.*"]], expected: ["x"] },
  { id: "a key does not remove the wildcard", masks: [["a.*"], ["a.b"]], expected: ["a.*"] },
];

export const COVERS_ROWS: readonly CoversRow[] = [
  { id: "C01 (divergence 7: the empty path is an error)", mask: ["foo.bar"], path: "", error: "empty_path" },
  { id: "C02", mask: ["foo.bar"], path: "foo", expected: false },
  { id: "C03", mask: ["foo.bar"], path: "foo.bar", expected: true },
  { id: "C04", mask: ["foo.bar"], path: "foo.bar.baz", expected: true },
  { id: "C05", mask: ["foo.bar"], path: "foo.bar0.baz", expected: false },
  { id: "wildcard covers a key", mask: ["a.*"], path: "a.b.c", expected: true },
  { id: "wildcard covers a wildcard", mask: ["a.*"], path: "a.*", expected: true },
  { id: "a key does not cover the wildcard", mask: ["a.b"], path: "a.*", expected: false },
  { id: "a wildcard does not cover a shorter path", mask: ["a.*"], path: "a", expected: false },
  { id: "literal star is only a key", mask: ["a.\\*"], path: "a.b", expected: false },
];
