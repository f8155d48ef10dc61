// Golden rows for parsePath / formatPath. Ids in brackets refer to ../shared/conformance/fieldmask-cases.md.
import { type MaskIssueCode, type PathSyntax, type Segment, WILDCARD } from "@fieldmask/core";

export interface ParseRow {
  readonly name: string;
  readonly input: string;
  readonly syntax: PathSyntax;
  readonly expected: readonly Segment[];
}

export interface ParseErrorRow {
  readonly name: string;
  readonly input: string;
  readonly syntax: PathSyntax;
  readonly code: MaskIssueCode;
  readonly column: number;
  readonly segments: readonly Segment[];
}

export interface FormatRow {
  readonly name: string;
  readonly segments: readonly Segment[];
  readonly syntax: PathSyntax;
  readonly expected: string;
}

export const PARSE_ROWS: readonly ParseRow[] = [
  { name: "[P01] one segment", input: "title", syntax: "backslash", expected: ["title"] },
  {
    name: "[P02] two segments",
    input: "author.given_name",
    syntax: "backslash",
    expected: ["author", "given_name"],
  },
  { name: "[P03] map key", input: "reviews.smith", syntax: "backslash", expected: ["reviews", "smith"] },
  {
    name: "[P05] wildcard",
    input: "authors.*.given_name",
    syntax: "backslash",
    expected: ["authors", WILDCARD, "given_name"],
  },
  {
    name: "[P29] escaped dots",
    input: "foo\\.bar\\.baz.baf",
    syntax: "backslash",
    expected: ["foo.bar.baz", "baf"],
  },
  {
    name: "[P30] escaped backslash then dot",
    input: "foo\\\\.baz",
    syntax: "backslash",
    expected: ["foo\\", "baz"],
  },
  {
    name: "Ampersand: escaped colon",
    input: "field\\:with\\:colons",
    syntax: "backslash",
    expected: ["field:with:colons"],
  },
  { name: "Ampersand: escaped slash", input: "a\\/b", syntax: "backslash", expected: ["a/b"] },
  { name: "escaped star is a literal key", input: "a.\\*", syntax: "backslash", expected: ["a", "*"] },
  { name: "star inside a segment is literal", input: "a.b*", syntax: "backslash", expected: ["a", "b*"] },
  {
    name: "double star is a literal key in a mask",
    input: "a.**",
    syntax: "backslash",
    expected: ["a", "**"],
  },
  {
    name: "backticks are plain in the backslash syntax",
    input: "a.`b`",
    syntax: "backslash",
    expected: ["a", "`b`"],
  },
  { name: "spaces are kept, never trimmed", input: " a . b ", syntax: "backslash", expected: [" a ", " b "] },
  {
    name: "unicode is kept as is",
    input: "objets.café.😀",
    syntax: "backslash",
    expected: ["objets", "café", "😀"],
  },
  { name: "escaped surrogate half", input: "\\😀", syntax: "backslash", expected: ["😀"] },
  {
    name: "Ampersand example path",
    input: "config.content.read.objects.contacts",
    syntax: "backslash",
    expected: ["config", "content", "read", "objects", "contacts"],
  },
  {
    name: "[P04] quoted map key",
    input: "reviews.`John Smith`",
    syntax: "backtick",
    expected: ["reviews", "John Smith"],
  },
  {
    name: "[P05] wildcard (backtick)",
    input: "authors.*.given_name",
    syntax: "backtick",
    expected: ["authors", WILDCARD, "given_name"],
  },
  { name: "[P09] quoted ampersand", input: "foo.`x&y`", syntax: "backtick", expected: ["foo", "x&y"] },
  { name: "[P10] escaped backtick in quotes", input: "`a\\`b`", syntax: "backtick", expected: ["a`b"] },
  { name: "[P11] escaped backslash in quotes", input: "`a\\\\b`", syntax: "backtick", expected: ["a\\b"] },
  { name: "[P22] quoted dot", input: "`foo.bar`", syntax: "backtick", expected: ["foo.bar"] },
  { name: "[P24] quoted star is a literal key", input: "`*`", syntax: "backtick", expected: ["*"] },
  {
    name: "bare unicode and dashes (backtick)",
    input: "a.b-c.é",
    syntax: "backtick",
    expected: ["a", "b-c", "é"],
  },
];

export const PARSE_ERROR_ROWS: readonly ParseErrorRow[] = [
  { name: "empty path", input: "", syntax: "backslash", code: "empty_path", column: 1, segments: [] },
  {
    name: "[P14] leading dot",
    input: ".a",
    syntax: "backslash",
    code: "empty_segment",
    column: 1,
    segments: [],
  },
  { name: "[P15] lone dot", input: ".", syntax: "backslash", code: "empty_segment", column: 1, segments: [] },
  {
    name: "[P16] trailing dot",
    input: "a.b.",
    syntax: "backslash",
    code: "empty_segment",
    column: 5,
    segments: ["a", "b"],
  },
  {
    name: "[P17] double dot",
    input: "config..read",
    syntax: "backslash",
    code: "empty_segment",
    column: 8,
    segments: ["config"],
  },
  {
    name: "dangling escape",
    input: "a.b\\",
    syntax: "backslash",
    code: "dangling_escape",
    column: 4,
    segments: ["a"],
  },
  {
    name: "forbidden __proto__",
    input: "a.__proto__.b",
    syntax: "backslash",
    code: "forbidden_segment",
    column: 3,
    segments: ["a"],
  },
  {
    name: "forbidden after decoding",
    input: "a.\\_\\_proto\\_\\_",
    syntax: "backslash",
    code: "forbidden_segment",
    column: 3,
    segments: ["a"],
  },
  {
    name: "forbidden constructor",
    input: "constructor",
    syntax: "backslash",
    code: "forbidden_segment",
    column: 1,
    segments: [],
  },
  {
    name: "forbidden prototype",
    input: "x.prototype",
    syntax: "backslash",
    code: "forbidden_segment",
    column: 3,
    segments: ["x"],
  },
  {
    name: "[P12] empty quotes",
    input: "``",
    syntax: "backtick",
    code: "empty_segment",
    column: 1,
    segments: [],
  },
  {
    name: "[P13] unterminated quote",
    input: "a.`abc",
    syntax: "backtick",
    code: "unterminated_quote",
    column: 3,
    segments: ["a"],
  },
  {
    name: "quote ends in an escape",
    input: "`abc\\",
    syntax: "backtick",
    code: "unterminated_quote",
    column: 1,
    segments: [],
  },
  {
    name: "text after closing quote",
    input: "`a`b",
    syntax: "backtick",
    code: "unexpected_character",
    column: 4,
    segments: [],
  },
  {
    name: "backtick inside a bare segment",
    input: "a.b`c`",
    syntax: "backtick",
    code: "unexpected_character",
    column: 4,
    segments: ["a"],
  },
  {
    name: "backslash outside quotes",
    input: "a\\.b",
    syntax: "backtick",
    code: "unexpected_character",
    column: 2,
    segments: [],
  },
  {
    name: "unknown escape in quotes",
    input: "`a\\nb`",
    syntax: "backtick",
    code: "unexpected_character",
    column: 3,
    segments: [],
  },
  {
    name: "trailing dot (backtick)",
    input: "`a`.",
    syntax: "backtick",
    code: "empty_segment",
    column: 5,
    segments: ["a"],
  },
  {
    name: "forbidden inside quotes",
    input: "`__proto__`",
    syntax: "backtick",
    code: "forbidden_segment",
    column: 1,
    segments: [],
  },
];

export const FORMAT_ROWS: readonly FormatRow[] = [
  { name: "plain", segments: ["a", "b"], syntax: "backslash", expected: "a.b" },
  {
    name: "dots and backslashes escaped",
    segments: ["foo.bar", "a\\b"],
    syntax: "backslash",
    expected: "foo\\.bar.a\\\\b",
  },
  {
    name: "escape as the first character",
    segments: [".a", "\\"],
    syntax: "backslash",
    expected: "\\.a.\\\\",
  },
  {
    name: "colons and slashes need no escape",
    segments: ["a:b", "c/d"],
    syntax: "backslash",
    expected: "a:b.c/d",
  },
  {
    name: "wildcard vs literal star",
    segments: [WILDCARD, "*", "a*"],
    syntax: "backslash",
    expected: "*.\\*.a*",
  },
  {
    name: "[P20] space is quoted",
    segments: ["reviews", "John Smith"],
    syntax: "backtick",
    expected: "reviews.`John Smith`",
  },
  { name: "[P21] every backtick escaped", segments: ["a`b`c"], syntax: "backtick", expected: "`a\\`b\\`c`" },
  { name: "[P22] dot is quoted", segments: ["foo.bar"], syntax: "backtick", expected: "`foo.bar`" },
  { name: "[P23] leading digit is quoted", segments: ["0abc"], syntax: "backtick", expected: "`0abc`" },
  { name: "[P24] literal star is quoted", segments: ["*", WILDCARD], syntax: "backtick", expected: "`*`.*" },
  { name: "backslash is quoted and escaped", segments: ["a\\b"], syntax: "backtick", expected: "`a\\\\b`" },
];
