// Golden rows for applyMask, pickMask and toJsonPatch, restated from the A (AIP-134 update), K (map keys and
// lists), M (protobuf merge, for the replace-vs-merge contrast), T (trim) and JP (JSON Pointer) groups of
// /work/shared/conformance/fieldmask-cases.md. Where our rule differs from the source row, `note` says so and why.
import type { MaskIssueCode } from "@fieldmask/core";

export interface ApplyRow {
  readonly id: string;
  readonly target: unknown;
  readonly source: unknown;
  readonly mask: readonly string[];
  readonly missing?: "error" | "delete" | "keep";
  /** The result, or the issues (code and index) the call must throw. */
  readonly expect: unknown;
  readonly issues?: readonly { readonly code: MaskIssueCode; readonly index: number | undefined }[];
  readonly note?: string;
}

// Java FieldMaskTreeTest's source message, used by the M rows.
const P = {
  optional_int32: 1234,
  optional_nested_message: { bb: 5678 },
  repeated_int32: [4321],
  repeated_nested_message: [{ bb: 8765 }],
};
const S = { payload: P, child: { payload: P } };

export const APPLY_ROWS: readonly ApplyRow[] = [
  // --- A: AIP-134 update (einride/aip-go) ---
  {
    id: "A01",
    mask: ["*"],
    source: { message: { string: "src" } },
    target: { message: { string: "dst", int64: 222 } },
    expect: { message: { string: "src" } },
    note: "`*` applies every key of the source; each is replaced whole",
  },
  {
    id: "A02",
    mask: ["*"],
    source: { map_string_string: { "src-key": "src-value" } },
    target: { map_string_string: { "dst-key": "dst-value" } },
    expect: { map_string_string: { "src-key": "src-value" } },
  },
  {
    id: "A03",
    mask: null as unknown as string[],
    source: { double: 111 },
    target: { double: 222 },
    expect: undefined,
    issues: [{ code: "not_an_array", index: undefined }],
    note: "DIVERGENCE: an omitted mask means 'fields present in src' in AIP-134; we require a mask (Ampersand: updateMask is required)",
  },
  {
    id: "A08",
    mask: ["double", "bytes"],
    source: { double: 111, float: 111, bytes: "b111" },
    target: { double: 222, float: 222, bool: false, string: "222", bytes: "b222" },
    expect: { double: 111, float: 222, bool: false, string: "222", bytes: "b111" },
  },
  {
    id: "A09",
    mask: ["repeated_double", "repeated_string"],
    missing: "delete",
    source: { repeated_double: [111], repeated_float: [111] },
    target: { repeated_double: [222], repeated_string: ["222"], repeated_bytes: ["b222"] },
    expect: { repeated_double: [111], repeated_bytes: ["b222"] },
    note: "AIP-134 clears a masked field the body lacks: our missing: 'delete'",
  },
  {
    id: "A09-error",
    mask: ["repeated_double", "repeated_string"],
    source: { repeated_double: [111], repeated_float: [111] },
    target: { repeated_double: [222], repeated_string: ["222"], repeated_bytes: ["b222"] },
    expect: undefined,
    issues: [{ code: "missing_value", index: 1 }],
    note: "the default missing: 'error' (Ampersand answers 400 'missing value for a mask')",
  },
  {
    id: "A10",
    mask: ["repeated_message"],
    source: { repeated_message: [{ string: "src" }, { int64: 111 }] },
    target: { repeated_message: [{ int64: 222 }, { string: "dst" }] },
    expect: { repeated_message: [{ string: "src" }, { int64: 111 }] },
    note: "lists are replaced whole (protobuf's default would APPEND, M07: our replace rule wins)",
  },
  {
    id: "A11",
    mask: ["repeated_message.string"],
    source: { repeated_message: [{ string: "src" }, { int64: 111 }] },
    target: { repeated_message: [{ int64: 222 }, { string: "dst" }] },
    expect: undefined,
    issues: [{ code: "not_traversable", index: 0 }],
    note: "DIVERGENCE: einride silently ignores a sub-path into a list; we refuse it (lists are atomic leaves)",
  },
  {
    id: "A12",
    mask: ["message"],
    source: { message: { string: "src" } },
    target: { message: { string: "dst", int64: 222 } },
    expect: { message: { string: "src" } },
    note: "a named message leaf is REPLACED (protobuf's default deep-merges, M09: our replace rule wins)",
  },
  {
    id: "A13",
    mask: ["message.string"],
    source: { message: { string: "src" } },
    target: { message: { string: "dst", int64: 222 } },
    expect: { message: { string: "src", int64: 222 } },
  },
  {
    id: "A14",
    mask: ["message.string"],
    source: { message: { string: "src" } },
    target: {},
    expect: { message: { string: "src" } },
    note: "a missing parent is created",
  },
  {
    id: "A15",
    mask: ["message.string"],
    missing: "delete",
    source: {},
    target: { message: { string: "src" } },
    expect: { message: {} },
    note: "leaf deleted, parent kept (now empty)",
  },
  {
    id: "A15-keep",
    mask: ["message.string"],
    missing: "keep",
    source: {},
    target: { message: { string: "src" } },
    expect: { message: { string: "src" } },
  },
  {
    id: "A16",
    mask: ["map_string_string"],
    source: {
      map_string_string: { "src-key": "src-value" },
      map_string_message: { "src-key": { string: "src-value" } },
    },
    target: {
      map_string_string: { "dst-key": "dst-value" },
      map_string_message: { "dst-key": { string: "dst-value" } },
    },
    expect: {
      map_string_string: { "src-key": "src-value" },
      map_string_message: { "dst-key": { string: "dst-value" } },
    },
  },
  {
    id: "A17",
    mask: ["map_string_string.src1"],
    source: { map_string_string: { src1: "src1-value", src2: "src2-value" } },
    target: { map_string_string: { "dst-key": "dst-value" } },
    expect: { map_string_string: { "dst-key": "dst-value", src1: "src1-value" } },
    note: "DIVERGENCE: einride ignores map-key paths; we support them (AIP-161 MAY, fmutils K04, Ampersand's objects.<objectName>)",
  },
  {
    id: "A18",
    mask: ["map_string_string"],
    missing: "delete",
    source: {},
    target: {
      map_string_string: { "dst-key": "dst-value" },
      map_string_message: { "dst-key": { string: "dst-value" } },
    },
    expect: { map_string_message: { "dst-key": { string: "dst-value" } } },
  },
  {
    id: "A19",
    mask: ["message"],
    missing: "delete",
    source: {},
    target: { message: { int32: 23 } },
    expect: {},
  },
  // --- K: map keys and lists (mennanov fmutils / fieldmask-utils) ---
  {
    id: "K01",
    mask: ["user.user_id", "photo", "login_timestamps", "attributes"],
    source: {
      user: { user_id: 567, name: "different-name" },
      photo: { path: "photo-path" },
      login_timestamps: [1, 2, 3],
      attributes: { src: {} },
    },
    target: { user: { name: "name" }, login_timestamps: [4], attributes: { dest: {} } },
    expect: {
      user: { user_id: 567, name: "name" },
      photo: { path: "photo-path" },
      login_timestamps: [1, 2, 3],
      attributes: { src: {} },
    },
  },
  {
    id: "K02",
    mask: ["photo.path"],
    source: { photo: { path: "photo-path" } },
    target: {},
    expect: { photo: { path: "photo-path" } },
  },
  {
    id: "K03",
    mask: ["user", "photo.photo_id", "attributes", "login_timestamps"],
    missing: "delete",
    source: { photo: { photo_id: 0 }, attributes: {}, login_timestamps: [] },
    target: {
      user: { name: "name" },
      photo: { photo_id: 1234 },
      attributes: { attribute: { tags: { tag: "val" } } },
      login_timestamps: [1, 2, 3],
      gallery: [{ photo_id: 567, path: "path" }],
    },
    expect: {
      photo: { photo_id: 0 },
      attributes: {},
      login_timestamps: [],
      gallery: [{ photo_id: 567, path: "path" }],
    },
    note: "fmutils clears an absent source value: our missing: 'delete'",
  },
  {
    id: "K04",
    mask: [
      "addresses_by_name.home.number",
      "addresses_by_name.home.postal_code",
      "addresses_by_name.work.postal_code",
      "addresses_by_name.friend",
    ],
    source: {
      addresses_by_name: {
        home: { number: "18", postal_code: "" },
        work: { postal_code: "69009" },
        friend: { number: "3", street: "Rue de Brest", postal_code: "29200" },
        skip: { number: "1", street: "Street", postal_code: "1234" },
      },
    },
    target: {
      addresses_by_name: {
        home: { number: "1", street: "Rue de la République", postal_code: "75007" },
        work: { number: "2", street: "Rue de la Charité", postal_code: "69002" },
      },
    },
    expect: {
      addresses_by_name: {
        home: { number: "18", street: "Rue de la République", postal_code: "" },
        work: { number: "2", street: "Rue de la Charité", postal_code: "69009" },
        friend: { number: "3", street: "Rue de Brest", postal_code: "29200" },
      },
    },
  },
  {
    id: "K05",
    mask: ["attributes.src1.tags.key1", "attributes.src2"],
    source: {
      attributes: { src1: { tags: { key1: "value1", key2: "value2" } }, src2: { tags: { key3: "value3" } } },
    },
    target: { user: { name: "name" }, attributes: { dest1: { tags: { key4: "value4" } } } },
    expect: {
      user: { name: "name" },
      attributes: {
        src1: { tags: { key1: "value1" } },
        src2: { tags: { key3: "value3" } },
        dest1: { tags: { key4: "value4" } },
      },
    },
  },
  {
    id: "K06",
    mask: ["gallery.path"],
    source: { gallery: [{ photo_id: 123, path: "test-path-1" }] },
    target: { gallery: [{ photo_id: 123, path: "test-path-7" }] },
    expect: undefined,
    issues: [{ code: "not_traversable", index: 0 }],
    note: "DIVERGENCE: fmutils applies a sub-path to every list element by index; lists are atomic for us (AIP-161 would write gallery.*.path, which we also refuse: a list is not a map)",
  },
  {
    id: "K08",
    mask: [".", "a..b"],
    source: {},
    target: {},
    expect: undefined,
    issues: [
      { code: "empty_segment", index: 0 },
      { code: "empty_segment", index: 1 },
    ],
    note: "DIVERGENCE: fmutils silently drops malformed paths; we report every one",
  },
  {
    id: "K10",
    mask: ["B.Field1", "B.A.Field2"],
    source: { Field1: "sC1", B: { Field1: "sB1", Field2: 1, A: { Field1: "sA1", Field2: 5 } } },
    target: { Field1: "dC1", B: { Field1: "dB1", Field2: 2, A: { Field1: "dA1", Field2: 10 } } },
    expect: { Field1: "dC1", B: { Field1: "sB1", Field2: 2, A: { Field1: "dA1", Field2: 5 } } },
  },
  {
    id: "K11",
    mask: ["Field1", "A.Field2"],
    source: { Field1: "sB1", A: [{ Field1: "s0", Field2: 1 }] },
    target: { Field1: "dB1", A: [{ Field1: "d0", Field2: 10 }] },
    expect: undefined,
    issues: [{ code: "not_traversable", index: 1 }],
    note: "DIVERGENCE: fieldmask-utils merges per list index; lists are atomic for us",
  },
  {
    id: "K12",
    mask: ["Field1", "A"],
    source: { Field1: "s", A: null },
    target: { Field1: "d", A: [{ Field1: "x", Field2: 10 }] },
    expect: { Field1: "s", A: null },
    note: "null is a value: it replaces the list",
  },
  {
    id: "K13",
    mask: [],
    source: { Field1: "A Field1", Field2: 1 },
    target: {},
    expect: {},
    note: "DIVERGENCE: fieldmask-utils copies everything on an empty mask; for us (and protobuf, M01) it changes nothing",
  },
  // --- M: protobuf merge, where our replace rule wins ---
  {
    id: "M01",
    mask: [],
    source: S,
    target: { payload: { repeated_int32: [1000] } },
    expect: { payload: { repeated_int32: [1000] } },
  },
  {
    id: "M06",
    mask: ["child", "payload"],
    source: S,
    target: {},
    expect: S,
  },
  {
    id: "M07",
    mask: ["payload.repeated_int32"],
    source: S,
    target: { payload: { repeated_int32: [1000] } },
    expect: { payload: { repeated_int32: [4321] } },
    note: "protobuf APPENDS ([1000, 4321]); our replace rule wins (as M08 with replaceRepeated)",
  },
  {
    id: "M09",
    mask: ["payload"],
    source: S,
    target: { payload: { optional_int32: 1000, optional_uint32: 2000 } },
    expect: { payload: P },
    note: "protobuf deep-merges the message (keeping optional_uint32); our replace rule wins (as M10 with replaceMessage)",
  },
  {
    id: "M12",
    mask: ["payload.optional_int32"],
    missing: "keep",
    source: { child: { payload: P } },
    target: {},
    expect: {},
    note: "no empty parent is created when both sides lack it",
  },
  {
    id: "M13",
    mask: ["payload"],
    missing: "delete",
    source: { child: { payload: P } },
    target: { payload: { optional_int32: 1000, optional_uint32: 2000 } },
    expect: {},
  },
  {
    id: "M14",
    mask: ["payload"],
    missing: "keep",
    source: { child: { payload: P } },
    target: { payload: { optional_int32: 1234 } },
    expect: { payload: { optional_int32: 1234 } },
  },
  {
    id: "M21",
    mask: ["a"],
    source: {
      a: { "common key": { a: { "src level 2": {} } }, "src level 1": { a: { "src level 2": {} } } },
    },
    target: { a: { "common key": { a: { "dst level 2": {} } }, "dst level 1": {} } },
    expect: {
      a: { "common key": { a: { "src level 2": {} } }, "src level 1": { a: { "src level 2": {} } } },
    },
    note: "protobuf upserts map entries (keeping 'dst level 1'); our replace rule wins: the map is replaced whole. Write a.* to upsert",
  },
  {
    id: "M21-wildcard",
    mask: ["a.*"],
    source: {
      a: { "common key": { a: { "src level 2": {} } }, "src level 1": { a: { "src level 2": {} } } },
    },
    target: { a: { "common key": { a: { "dst level 2": {} } }, "dst level 1": {} } },
    expect: {
      a: {
        "common key": { a: { "src level 2": {} } },
        "dst level 1": {},
        "src level 1": { a: { "src level 2": {} } },
      },
    },
    note: "protobuf's per-key upsert, spelled a.*",
  },
  {
    id: "M24",
    mask: ["f.b", "f.c"],
    source: { f: { b: { d: 10 }, c: [2] } },
    target: { f: { b: { d: 1, x: 2 }, c: [1] } },
    expect: { f: { b: { d: 10 }, c: [2] } },
    note: "field_mask.proto's doc example deep-merges b and appends to c ({b: {d: 10, x: 2}, c: [1, 2]}); our replace rule wins",
  },
  // --- wildcards and missing policies (our own rows) ---
  {
    id: "W01",
    mask: ["objects.*.schedule"],
    source: { objects: { a: { schedule: "5m" }, b: { schedule: "1h" } } },
    target: { objects: { a: { schedule: "1d", name: "a" }, c: { schedule: "1d" } } },
    expect: { objects: { a: { schedule: "5m", name: "a" }, c: { schedule: "1d" }, b: { schedule: "1h" } } },
  },
  {
    id: "W02",
    mask: ["objects.*"],
    missing: "delete",
    source: { objects: { a: { schedule: "5m" } } },
    target: { objects: { a: { schedule: "1d" }, c: { schedule: "1d" } } },
    expect: { objects: { a: { schedule: "5m" } } },
    note: "with missing: 'delete', keys the source lacks are removed",
  },
  {
    id: "W03",
    mask: ["objects.*.schedule"],
    source: { objects: { a: { name: "a" } } },
    target: { objects: {} },
    expect: undefined,
    issues: [{ code: "missing_value", index: 0 }],
  },
  {
    id: "W04",
    mask: ["objects.*"],
    source: JSON.parse('{ "objects": { "__proto__": { "polluted": true } } }'),
    target: { objects: {} },
    expect: undefined,
    issues: [{ code: "forbidden_segment", index: 0 }],
    note: "a key reached through * is a path segment too",
  },
  {
    id: "N01",
    mask: ["a.b"],
    source: { a: { b: 1 } },
    target: { a: "text" },
    expect: undefined,
    issues: [{ code: "not_traversable", index: 0 }],
  },
  {
    id: "N02",
    mask: ["a.b", "c.d"],
    source: { a: null, c: { d: () => 1 } },
    target: { a: { b: 0 }, c: {} },
    expect: undefined,
    issues: [
      { code: "not_traversable", index: 0 },
      { code: "invalid_value", index: 1 },
    ],
    note: "every issue is reported, not only the first",
  },
];

export interface PickRow {
  readonly id: string;
  readonly value: unknown;
  readonly mask: readonly string[];
  readonly expect: unknown;
  readonly note?: string;
}

export const PICK_ROWS: readonly PickRow[] = [
  {
    id: "T01",
    mask: ["payload.optional_int32", "payload.optional_string"],
    value: { payload: { optional_int32: 1234, optional_string: "1234", optional_bool: true } },
    expect: { payload: { optional_int32: 1234, optional_string: "1234" } },
  },
  {
    id: "T02",
    mask: [
      "payload.optional_int32",
      "payload.optional_string",
      "payload.optional_int64",
      "child",
      "child.optional_int32",
    ],
    value: { payload: { optional_int32: 1234, optional_string: "1234", optional_bool: true } },
    expect: { payload: { optional_int32: 1234, optional_string: "1234" } },
    note: "DIVERGENCE: Java writes the proto default (optional_int64: 0); JSON has no defaults, so an unset field stays absent (as T03)",
  },
  {
    id: "T05",
    mask: ["optional_int32"],
    value: { optional_int32: 123 },
    expect: { optional_int32: 123 },
  },
  {
    id: "T06",
    mask: ["f.a", "f.b.d"],
    value: { f: { a: 22, b: { d: 1, x: 2 }, y: 13 }, z: 8 },
    expect: { f: { a: 22, b: { d: 1 } } },
  },
  {
    id: "T07",
    mask: ["f.a", "f.b.d"],
    value: {},
    expect: {},
    note: "DIVERGENCE: protobuf-fieldmask builds the structure with undefined leaves; we create nothing",
  },
  {
    id: "K07",
    mask: ["profile.attributes.a1", "profile.attributes.a2.tags.t2", "profile.attributes.aNonExistant"],
    value: {
      event_id: 1,
      profile: {
        attributes: {
          a1: { tags: { t1: "1", t2: "2", t3: "3" } },
          a2: { tags: { t1: "1", t2: "2", t3: "3" } },
          a3: { tags: { t1: "1", t2: "2", t3: "3" } },
        },
      },
    },
    expect: {
      profile: { attributes: { a1: { tags: { t1: "1", t2: "2", t3: "3" } }, a2: { tags: { t2: "2" } } } },
    },
    note: "a key missing from the data is ignored",
  },
  {
    id: "P-wildcard",
    mask: ["objects.*.n"],
    value: { objects: { a: { n: 1, m: 2 }, b: { m: 3 } } },
    expect: { objects: { a: { n: 1 } } },
  },
];

export interface JsonPatchRow {
  readonly id: string;
  readonly target: unknown;
  readonly source: unknown;
  readonly mask: readonly string[];
  readonly missing?: "error" | "delete" | "keep";
  readonly expect: readonly unknown[];
  readonly note?: string;
}

export const JSON_PATCH_ROWS: readonly JsonPatchRow[] = [
  {
    id: "D14",
    target: { user: { firstName: "Albert", lastName: "Einstein" } },
    source: { user: { lastName: "Collins" } },
    mask: ["user.lastName"],
    expect: [{ op: "replace", path: "/user/lastName", value: "Collins" }],
  },
  {
    id: "D15",
    target: { first: "Chris" },
    source: { last: "Brown" },
    mask: ["last"],
    expect: [{ op: "add", path: "/last", value: "Brown" }],
  },
  {
    id: "D16",
    target: { list: ["foo", "bar"] },
    source: { list: ["baz", "foo", "bar"] },
    mask: ["list"],
    expect: [{ op: "replace", path: "/list", value: ["baz", "foo", "bar"] }],
    note: "lists are atomic: one replace, not fast-json-patch's index-wise operations",
  },
  {
    id: "JP04",
    target: { "a/b": 0 },
    source: { "a/b": 1 },
    mask: ["a/b"],
    expect: [{ op: "replace", path: "/a~1b", value: 1 }],
  },
  {
    id: "JP05",
    target: {},
    source: { "m~n": 8 },
    mask: ["m~n"],
    expect: [{ op: "add", path: "/m~0n", value: 8 }],
  },
  {
    id: "JP08",
    target: { "~1": false },
    source: { "~1": true },
    mask: ["~1"],
    expect: [{ op: "replace", path: "/~01", value: true }],
    note: "~ is escaped before /, so the key ~1 is /~01",
  },
  {
    id: "JP-parent",
    target: {},
    source: { a: { b: { c: 1 } } },
    mask: ["a.b.c"],
    expect: [{ op: "add", path: "/a", value: { b: { c: 1 } } }],
    note: "JSON Patch cannot add below a missing parent (JP14), so the created parent is one add",
  },
  {
    id: "JP-remove",
    target: { a: { b: 1, c: 2 } },
    source: { a: {} },
    mask: ["a.b", "a.x"],
    missing: "delete",
    expect: [{ op: "remove", path: "/a/b" }],
    note: "deleting what is not there is no operation (JP15 would fail)",
  },
  {
    id: "JP-wildcard",
    target: { m: { a: 1, b: 2, c: 3 } },
    source: { m: { a: 1, b: 5, d: 4 } },
    mask: ["m.*"],
    missing: "delete",
    expect: [
      { op: "replace", path: "/m/b", value: 5 },
      { op: "add", path: "/m/d", value: 4 },
      { op: "remove", path: "/m/c" },
    ],
  },
];
