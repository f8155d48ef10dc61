// Ampersand's allowed update paths for an installation (../shared/ampersand/000_80f3fabab0853ebe.txt), plus
// the `.**` sub-path form that Ampersand's React client sends (config.content.read.objects.contacts.disabled).
export const AMPERSAND_PATTERNS = [
  "connectionId",
  "config.createdBy",
  "config.content.read.objects.<objectName>",
  "config.content.read.objects.<objectName>.**",
  "config.content.write.objects.<objectName>",
  "config.content.write.objects",
  "config.content.subscribe.objects.<objectName>",
  "config.content.subscribe.objects",
  "config.content.proxy.enabled",
] as const;

export interface MatchRow {
  readonly path: string;
  /** The pattern that should admit the path, or undefined. */
  readonly pattern: string | undefined;
  readonly captures?: Readonly<Record<string, string>>;
  readonly subPath?: boolean;
}

export const AMPERSAND_MATCH_ROWS: readonly MatchRow[] = [
  { path: "connectionId", pattern: "connectionId", captures: {}, subPath: false },
  { path: "config.createdBy", pattern: "config.createdBy" },
  {
    path: "config.content.read.objects.contacts",
    pattern: "config.content.read.objects.<objectName>",
    captures: { objectName: "contacts" },
    subPath: false,
  },
  {
    path: "config.content.read.objects.contacts.disabled",
    pattern: "config.content.read.objects.<objectName>.**",
    captures: { objectName: "contacts" },
    subPath: true,
  },
  {
    path: "config.content.read.objects.contacts.selectedFields.email",
    pattern: "config.content.read.objects.<objectName>.**",
    subPath: true,
  },
  { path: "config.content.write.objects", pattern: "config.content.write.objects" },
  {
    path: "config.content.write.objects.leads",
    pattern: "config.content.write.objects.<objectName>",
    captures: { objectName: "leads" },
  },
  {
    path: "config.content.subscribe.objects.deals",
    pattern: "config.content.subscribe.objects.<objectName>",
  },
  { path: "config.content.proxy.enabled", pattern: "config.content.proxy.enabled" },
  {
    path: "config.content.read.objects.with\\.dot",
    pattern: "config.content.read.objects.<objectName>",
    captures: { objectName: "with.dot" },
  },
  {
    path: "config.content.read.objects.*",
    pattern: "config.content.read.objects.<objectName>",
    captures: {},
  },
  {
    path: "config.content.read.objects.\\*",
    pattern: "config.content.read.objects.<objectName>",
    captures: { objectName: "*" },
  },
  { path: "config.content.read.objects", pattern: undefined },
  { path: "config.content.write.objects.leads.x", pattern: undefined },
  { path: "config.content.foo", pattern: undefined },
  { path: "config", pattern: undefined },
  { path: "name", pattern: undefined },
  { path: "connectionId.x", pattern: undefined },
  { path: "config.*", pattern: undefined },
  { path: "config..createdBy", pattern: undefined },
];
