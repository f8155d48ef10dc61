// Golden rows for diffMask, restated from the D (diff → update mask) group of
// /work/shared/conformance/fieldmask-cases.md (googleapis/python-api-core field_mask(original, modified)),
// plus rows for the grammar-driven choices the source has no counterpart for. `grammar` lists the allowed
// patterns; a python row has no grammar, so we allow the fields it names.

export interface DiffRow {
  readonly id: string;
  readonly grammar: readonly string[];
  readonly before: unknown;
  readonly after: unknown;
  readonly subPaths?: boolean;
  readonly mask: readonly string[];
  readonly body: unknown;
  readonly unexpressible?: readonly {
    readonly path: string;
    readonly kind: "added" | "changed" | "removed";
  }[];
  readonly note?: string;
}

export const DIFF_ROWS: readonly DiffRow[] = [
  {
    id: "D01",
    grammar: ["name"],
    before: null,
    after: null,
    mask: [],
    body: {},
    note: "the same value (here null) is no change",
  },
  {
    id: "D02",
    grammar: ["number_value"],
    before: { number_value: 1 },
    after: { number_value: 1 },
    mask: [],
    body: {},
  },
  {
    id: "D03",
    grammar: ["red"],
    before: { red: 0 },
    after: {},
    mask: [],
    body: {},
    unexpressible: [{ path: "red", kind: "removed" }],
    note: "DIVERGENCE: proto3 treats 0 as unset (no change); in JSON an absent key differs from 0, and a removal needs a path above it",
  },
  {
    id: "D04",
    grammar: ["name"],
    before: { name: "name" },
    after: {},
    mask: [],
    body: {},
    unexpressible: [{ path: "name", kind: "removed" }],
    note: "DIVERGENCE: python emits ['name'] (protobuf clears a masked field absent from the body); our applyMask answers missing_value there (Ampersand's 400), so a top-level removal has no carrier",
  },
  {
    id: "D05",
    grammar: ["name"],
    before: {},
    after: { name: "name" },
    mask: ["name"],
    body: { name: "name" },
    note: "python's before is null; our documents are objects",
  },
  {
    id: "D06",
    grammar: ["source_context", "source_context.file_name"],
    before: {},
    after: { source_context: { file_name: "name" } },
    mask: ["source_context.file_name"],
    body: { source_context: { file_name: "name" } },
  },
  {
    id: "D07",
    grammar: ["source_context", "source_context.file_name"],
    before: { source_context: { file_name: "name" } },
    after: {},
    mask: [],
    body: {},
    unexpressible: [{ path: "source_context", kind: "removed" }],
    note: "DIVERGENCE: python emits the removed message's path; a removal is sent as the parent's new value, and the root is no path",
  },
  {
    id: "D07-parent",
    grammar: ["config", "config.source_context.file_name"],
    before: { config: { source_context: { file_name: "name" }, other: 1 } },
    after: { config: { other: 1 } },
    mask: ["config"],
    body: { config: { other: 1 } },
    note: "with an allowed parent, the removal falls back to it",
  },
  {
    id: "D08",
    grammar: ["source_context.file_name"],
    before: { source_context: { file_name: "name" } },
    after: { source_context: { file_name: "other_name" } },
    mask: ["source_context.file_name"],
    body: { source_context: { file_name: "other_name" } },
  },
  {
    id: "D09",
    grammar: ["alpha"],
    before: { alpha: { value: 1 } },
    after: { alpha: { value: 2 } },
    mask: ["alpha"],
    body: { alpha: { value: 2 } },
    note: "a wrapper is atomic when only its own path is allowed",
  },
  {
    id: "D10",
    grammar: ["values"],
    before: { values: [1, 2] },
    after: { values: [2, 1] },
    mask: ["values"],
    body: { values: [2, 1] },
    note: "lists are atomic; reordering is a change",
  },
  {
    id: "D10-equal",
    grammar: ["values"],
    before: { values: [1, { a: [2] }] },
    after: { values: [1, { a: [2] }] },
    mask: [],
    body: {},
    note: "lists are compared deeply, not by reference",
  },
  {
    id: "D11",
    grammar: ["fields"],
    before: { fields: { foo: 1 } },
    after: { fields: { bar: 1 } },
    mask: ["fields"],
    body: { fields: { bar: 1 } },
  },
  {
    id: "D12",
    grammar: ["alpha", "red"],
    before: { alpha: { value: 1 } },
    after: { alpha: { value: 2 }, red: 1 },
    mask: ["alpha", "red"],
    body: { alpha: { value: 2 }, red: 1 },
  },
  // --- our grammar-driven rows (Ampersand's installation shape) ---
  {
    id: "G01",
    grammar: ["config.read.objects.<name>", "config.write.objects", "config.write.objects.<name>"],
    before: {
      config: { read: { objects: { a: { s: 1 }, b: { s: 2 } } }, write: { objects: { x: { w: 1 }, y: {} } } },
    },
    after: { config: { read: { objects: { a: { s: 9 }, b: { s: 2 } } }, write: { objects: { y: {} } } } },
    mask: ["config.read.objects.a", "config.write.objects"],
    body: { config: { read: { objects: { a: { s: 9 } } }, write: { objects: { y: {} } } } },
    note: "one changed object → its own path; an object removed from a map → the whole-map path",
  },
  {
    id: "G02",
    grammar: ["config.read.objects.<name>"],
    before: { id: "1", config: { read: { objects: { a: { s: 1 } } } } },
    after: { id: "2", config: { read: { objects: {} } } },
    mask: [],
    body: {},
    unexpressible: [
      { path: "id", kind: "changed" },
      { path: "config.read.objects.a", kind: "removed" },
    ],
    note: "a read-only field and a removal with no allowed parent",
  },
  {
    id: "G03",
    grammar: ["objects.<name>", "objects.<name>.**"],
    before: { objects: { a: { s: 1, t: 1 } } },
    after: { objects: { a: { s: 2, t: 1 } } },
    mask: ["objects.a"],
    body: { objects: { a: { s: 2, t: 1 } } },
    note: "`.**` sub-paths are not used by default",
  },
  {
    id: "G04",
    grammar: ["objects.<name>", "objects.<name>.**"],
    before: { objects: { a: { s: 1, t: 1 } } },
    after: { objects: { a: { s: 2, t: 1 } } },
    subPaths: true,
    mask: ["objects.a.s"],
    body: { objects: { a: { s: 2 } } },
    note: "with subPaths the most specific path is a `.**` sub-path",
  },
  {
    id: "G05",
    grammar: ["objects.<name>"],
    before: { objects: {} },
    after: { objects: { "": { s: 1 }, "a.b": { s: 2 } } },
    mask: ["objects.a\\.b"],
    body: { objects: { "a.b": { s: 2 } } },
    unexpressible: [{ path: "objects.", kind: "added" }],
    note: "keys are escaped in mask paths; an empty key cannot be written as a path",
  },
];
