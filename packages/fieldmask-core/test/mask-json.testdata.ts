// Golden rows for the protobuf JSON form of a mask, from group J of ../shared/conformance/fieldmask-cases.md.
import type { MaskIssueCode } from "@fieldmask/core";

export type ToJsonRow = {
  readonly id: string;
  readonly mask: readonly string[];
  readonly camelCase: boolean;
} & ({ readonly expected: string } | { readonly error: MaskIssueCode });

export type FromJsonRow = {
  readonly id: string;
  readonly text: string;
  readonly camelCase: boolean;
} & ({ readonly expected: readonly string[] } | { readonly error: MaskIssueCode });

export const TO_JSON_ROWS: readonly ToJsonRow[] = [
  { id: "J01", mask: ["foo", "bar_baz"], camelCase: true, expected: "foo,barBaz" },
  {
    id: "J02 (divergence 7: the empty path is an error, not skipped)",
    mask: ["foo.bar_baz", ""],
    camelCase: true,
    error: "empty_path",
  },
  { id: "J06", mask: ["_foo_bar"], camelCase: true, expected: "FooBar" },
  { id: "J07", mask: ["foo3_bar"], camelCase: true, expected: "foo3Bar" },
  { id: "J08", mask: ["Foo"], camelCase: true, error: "invalid_value" },
  { id: "J09", mask: ["foo__bar"], camelCase: true, error: "invalid_value" },
  { id: "J10", mask: ["foo_3bar"], camelCase: true, error: "invalid_value" },
  { id: "J11", mask: ["foo_bar_"], camelCase: true, error: "invalid_value" },
  { id: "no conversion keeps keys", mask: ["Foo.bar_baz", "x"], camelCase: false, expected: "Foo.bar_baz,x" },
  { id: "empty mask", mask: [], camelCase: true, expected: "" },
  { id: "comma inside a key is escaped", mask: ["a\\.b,c.d"], camelCase: false, expected: "a\\.b\\,c.d" },
  { id: "wildcards stay", mask: ["a_b.*"], camelCase: true, expected: "aB.*" },
];

export const FROM_JSON_ROWS: readonly FromJsonRow[] = [
  { id: "J03", text: "foo.barBaz", camelCase: true, expected: ["foo.bar_baz"] },
  { id: "J04", text: "", camelCase: true, expected: [] },
  { id: "J05", text: ",foo,,bar,", camelCase: false, expected: ["foo", "bar"] },
  { id: "J12", text: "foo_bar", camelCase: true, error: "invalid_value" },
  { id: "J13 (lossless: uppercase becomes _x)", text: "fooBar", camelCase: true, expected: ["foo_bar"] },
  { id: "without conversion", text: "fooBar,a.b", camelCase: false, expected: ["fooBar", "a.b"] },
  { id: "escaped comma stays in the key", text: "a\\,b,c", camelCase: false, expected: ["a,b", "c"] },
  { id: "bad piece", text: "a,b..c", camelCase: false, error: "empty_segment" },
];
