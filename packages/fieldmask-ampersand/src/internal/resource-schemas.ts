import type { ObjectSchema, ValueSchema } from "./value-schema.js";

// Hand-written from spec/api.bundled.json (components.schemas and the eight PATCH request bodies);
// test/spec-drift.node.test.ts reads the spec and checks these tables against it.

const S = "string";
const B = "boolean";
const I = "integer";
const STRINGS: ValueSchema = { items: S };
const ALWAYS_NEVER: ValueSchema = ["always", "never"];

/** ReadFilter. @internal */
const READ_FILTERS: ValueSchema = {
  items: {
    props: { fieldName: S, operator: ["eq"], value: "string|boolean|number" },
    required: ["fieldName", "operator"],
  },
};

/** BaseReadConfigObject: the read config an update request sends for one object. @internal */
export const READ_OBJECT: ObjectSchema = {
  props: {
    objectName: S,
    schedule: "cron",
    disabled: B,
    destination: S,
    selectedFields: { map: B },
    selectedValueMappings: { map: { map: S } },
    dynamicMappingsInput: {
      items: {
        props: {
          mapToName: S,
          mapToDisplayName: S,
          prompt: S,
          mappedValues: {
            items: {
              props: { mappedValue: S, mappedDisplayValue: S },
              required: ["mappedValue", "mappedDisplayValue"],
            },
          },
          fieldName: S,
        },
        required: ["mapToName"],
      },
    },
    selectedFieldMappings: { map: S },
    selectedFieldsAuto: ["all"],
    backfill: {
      props: { defaultPeriod: { props: { days: "uint", fullHistory: B } }, fieldFilters: READ_FILTERS },
      required: ["defaultPeriod"],
    },
    fieldFilters: READ_FILTERS,
  },
};

/** BaseWriteConfigObject. @internal */
export const WRITE_OBJECT: ObjectSchema = {
  props: {
    objectName: S,
    deletionSettings: { props: { enabled: B }, required: ["enabled"] },
    // ValueDefault is a oneOf of three objects that differ only in the type of `value`.
    selectedValueDefaults: {
      map: { props: { value: "string|integer|boolean", applyOnUpdate: ALWAYS_NEVER }, required: ["value"] },
    },
    selectedFieldSettings: {
      map: {
        props: {
          default: { props: { stringValue: S, integerValue: I, booleanValue: B } },
          writeOnCreate: ALWAYS_NEVER,
          writeOnUpdate: ["always", "never", "ifEmpty"],
        },
      },
    },
  },
  required: ["objectName"],
};

/** BaseSubscribeConfigObject. @internal */
export const SUBSCRIBE_OBJECT: ObjectSchema = {
  props: {
    inheritFieldsAndMappings: B,
    objectName: S,
    destination: S,
    createEvent: { props: { enabled: ALWAYS_NEVER }, required: ["enabled"] },
    updateEvent: {
      props: { enabled: ALWAYS_NEVER, watchFieldsAuto: ["all"], requiredWatchFields: STRINGS },
      required: ["enabled"],
    },
    deleteEvent: { props: { enabled: ALWAYS_NEVER }, required: ["enabled"] },
    otherEvents: STRINGS,
    providerOptions: { props: { quotaOptimization: { props: { enabled: B }, required: ["enabled"] } } },
  },
  required: ["objectName", "destination", "inheritFieldsAndMappings"],
};

/**
 * One allowed updateMask path of an endpoint: the grammar pattern (`*` stands for any one key, a trailing
 * `.**` also admits every path below), the schema of the value it sets, and the spec's own description.
 * @internal
 */
export type PathRow = readonly [pattern: string, schema: ValueSchema, description: string];

/** updateInstallation: the eight paths the spec lists, read objects with their sub-paths. @internal */
export const INSTALLATION_PATHS: readonly PathRow[] = [
  ["connectionId", S, "switch the SaaS connection tied to this installation"],
  ["config.createdBy", "createdBy", "change the attribution for who created this config"],
  ["config.content.read.objects.<objectName>.**", READ_OBJECT, "replace the read config for a single object"],
  ["config.content.write.objects.<objectName>", WRITE_OBJECT, "replace the write config for a single object"],
  ["config.content.write.objects", { map: WRITE_OBJECT }, "replace the entire write objects map"],
  [
    "config.content.subscribe.objects.<objectName>",
    SUBSCRIBE_OBJECT,
    "replace the subscribe config for a single object",
  ],
  ["config.content.subscribe.objects", { map: SUBSCRIBE_OBJECT }, "replace the entire subscribe objects map"],
  ["config.content.proxy.enabled", B, "enable or disable the proxy"],
];

const CREDENTIALS = { username: S, password: S, clientId: S, clientSecret: S, scopes: STRINGS };

/** updateConnection: the `updateMask` enum of UpdateConnectionRequest. @internal */
export const CONNECTION_PATHS: readonly PathRow[] = [
  ["providerWorkspaceRef", S, "the provider workspace this connection belongs to"],
  [
    "providerMetadata",
    {
      map: {
        props: { value: S, source: ["input", "token", "provider"], displayName: S },
        required: ["value", "source"],
      },
    },
    "provider-specific metadata",
  ],
  ["apiKey", S, "the API key (auth scheme apiKey)"],
  [
    "basicAuth",
    { props: { username: S, password: S }, required: ["username", "password"] },
    "basic auth credentials",
  ],
  [
    "oauth2ClientCredentials",
    { props: CREDENTIALS, required: ["clientId", "clientSecret"] },
    "OAuth2 client credentials",
  ],
  [
    "oauth2PasswordCredentials",
    { props: CREDENTIALS, required: ["username", "password", "clientId", "clientSecret"] },
    "OAuth2 password credentials",
  ],
];

/** updateProject. @internal */
export const PROJECT_PATHS: readonly PathRow[] = [
  ["appName", S, "the display name of the application"],
  ["name", S, "the unique project identifier"],
];

/** updateProviderApp. @internal */
export const PROVIDER_APP_PATHS: readonly PathRow[] = [
  ["externalRef", S, "the ID the provider uses for the app"],
  ["clientId", S, "the OAuth client ID"],
  ["clientSecret", S, "the OAuth client secret"],
  ["provider", S, "the SaaS provider"],
  ["scopes", STRINGS, "the OAuth scopes"],
  [
    "metadata",
    { props: { authQueryParams: { map: STRINGS }, providerParams: { map: S } } },
    "provider-specific metadata",
  ],
];

// updateDestination: every metadata field is a string except these.
const DESTINATION_METADATA_TYPES: Readonly<Record<string, ValueSchema>> = {
  headers: { map: S, nullable: true },
  tls: B,
  batchSize: I,
  maxWaitSecs: I,
};
const DESTINATION_METADATA =
  "url headers region streamName endpointUrl partitionKeyTemplate bucket keyTemplate storageClass username tableName database accountIdentifier userId dbName schemaName projectId datasetId tableId workgroupName clusterIdentifier dbUser account container queueUrl topicId serverUrl exchange tls name batchSize maxWaitSecs";
const DESTINATION_SECRETS =
  "awsKeyId awsSecretKey awsSessionToken password privateKey credentials accessKeyId secretAccessKey accessKey username connectionString";

/** updateDestination: `name`, then one path per metadata and secrets field. @internal */
export const DESTINATION_PATHS: readonly PathRow[] = /* @__PURE__ */ destinationPaths();

function destinationPaths(): PathRow[] {
  const rows: PathRow[] = [["name", S, "the user-friendly name"]];
  const metadata = DESTINATION_METADATA.split(" ");
  for (let i = 0; i < metadata.length; i++) {
    const key = metadata[i] as string;
    rows.push([`metadata.${key}`, DESTINATION_METADATA_TYPES[key] ?? S, `metadata field ${key}`]);
  }
  const secrets = DESTINATION_SECRETS.split(" ");
  for (let i = 0; i < secrets.length; i++) {
    rows.push([`secrets.${secrets[i]}`, S, `secret ${secrets[i]}`]);
  }
  return rows;
}

/** updateOrg. @internal */
export const ORG_PATHS: readonly PathRow[] = [["label", S, "the organization label"]];

/** updateApiKey. @internal */
export const API_KEY_PATHS: readonly PathRow[] = [
  ["active", B, "whether the API key is active"],
  ["label", S, "a short name for the API key"],
  ["scopes", STRINGS, "the scopes of the API key"],
];

/**
 * updateJWTKey. The spec contradicts itself: the `updateMask` enum, the `jwtKey` properties and the JWTKey resource
 * say `label`; the prose and the request examples say `name`. The enum is the machine-checked contract and the
 * resource has no `name` field (the rename example's response changes `label`), so `label` it is.
 * @internal
 */
export const JWT_KEY_PATHS: readonly PathRow[] = [
  ["active", B, "whether the JWT key is active"],
  ["label", S, "the label of the JWT key"],
];

/** Each endpoint's path table, by resource name. @internal */
export const PATH_ROWS: Readonly<Record<string, readonly PathRow[]>> = {
  installation: INSTALLATION_PATHS,
  connection: CONNECTION_PATHS,
  project: PROJECT_PATHS,
  providerApp: PROVIDER_APP_PATHS,
  destination: DESTINATION_PATHS,
  org: ORG_PATHS,
  apiKey: API_KEY_PATHS,
  jwtKey: JWT_KEY_PATHS,
};
