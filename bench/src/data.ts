// Seeded, realistic Ampersand installations: every library in every process gets byte-identical data.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** One read object, as Ampersand stores it under `config.content.read.objects.<objectName>`. */
export interface ReadObject {
  objectName: string;
  destination: string;
  schedule: string;
  selectedFields: Record<string, boolean>;
  selectedFieldMappings: Record<string, string>;
  selectedFieldsAuto?: "all";
  disabled?: boolean;
  backfill?: { defaultPeriod: { days?: number; fullHistory?: boolean } };
}

/** The parts of an Ampersand `Installation` the benchmarks touch; the rest rides along as realistic ballast. */
export interface Installation {
  id: string;
  projectId: string;
  integrationId: string;
  healthStatus: string;
  lastOperationStatus: string;
  group: Record<string, unknown>;
  connection: Record<string, unknown>;
  createTime: string;
  createdBy: string;
  updateTime: string;
  config: {
    id: string;
    revisionId: string;
    createTime: string;
    createdBy: string;
    content: {
      provider: string;
      read: { objects: Record<string, ReadObject> };
      write: { objects: Record<string, Record<string, unknown>> };
      proxy: { enabled: boolean };
    };
  };
}

/** The N values of the scaling rows. */
export const SIZES = [10, 1_000, 100_000] as const;

/** Seed shared by every process, so the data never differs between libraries. */
const SEED = 0x5eed;

/** mulberry32: tiny, fast and good enough to make varied but reproducible data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STANDARD_OBJECTS = [
  "contacts",
  "companies",
  "deals",
  "leads",
  "accounts",
  "opportunities",
  "tickets",
  "tasks",
  "notes",
  "calls",
  "meetings",
  "emails",
  "products",
  "line_items",
  "quotes",
  "campaigns",
  "cases",
  "users",
  "owners",
  "invoices",
];

const FIELDS = [
  "email",
  "phone",
  "firstname",
  "lastname",
  "company",
  "jobtitle",
  "website",
  "city",
  "state",
  "country",
  "zip",
  "industry",
  "annualrevenue",
  "numberofemployees",
  "lifecyclestage",
  "hs_lead_status",
  "createdate",
  "lastmodifieddate",
  "ownerid",
  "description",
];

const SCHEDULES = ["*/15 * * * *", "*/30 * * * *", "0 * * * *", "0 */6 * * *"];

/**
 * The name of the i-th read object: the standard CRM objects first, then Salesforce-style custom objects.
 * @param index - Position in the objects map.
 * @returns The object name, a plain identifier that needs no escaping in a path.
 */
export function objectNameAt(index: number): string {
  return index < STANDARD_OBJECTS.length
    ? (STANDARD_OBJECTS[index] as string)
    : `custom_object_${String(index).padStart(6, "0")}__c`;
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function makeReadObject(next: () => number, objectName: string): ReadObject {
  const selectedFields: Record<string, boolean> = {};
  const fieldCount = 3 + Math.floor(next() * 8);
  for (let i = 0; i < fieldCount; i++) selectedFields[pick(next, FIELDS)] = next() < 0.9;
  const selectedFieldMappings: Record<string, string> = {};
  const mappingCount = Math.floor(next() * 4);
  for (let i = 0; i < mappingCount; i++) {
    const field = pick(next, FIELDS);
    selectedFieldMappings[`${field}Mapped`] = field;
  }
  const value: ReadObject = {
    objectName,
    destination: next() < 0.7 ? `${objectName}Webhook` : "defaultWebhook",
    schedule: pick(next, SCHEDULES),
    selectedFields,
    selectedFieldMappings,
  };
  if (next() < 0.3) value.selectedFieldsAuto = "all";
  if (next() < 0.1) value.disabled = true;
  if (next() < 0.5) value.backfill = { defaultPeriod: next() < 0.5 ? { days: 30 } : { fullHistory: true } };
  return value;
}

/**
 * A realistic installation with `n` read objects, built from a fixed seed.
 *
 * The result goes through `JSON.parse(JSON.stringify(…))` so its objects have the shapes a server gets from a
 * database or a request body, not the shapes of this generator's literals.
 * @param n - Number of read objects.
 * @returns A fresh installation; equal calls give deep-equal results.
 */
export function makeInstallation(n: number): Installation {
  const next = random(SEED + n);
  const objects: Record<string, ReadObject> = {};
  for (let i = 0; i < n; i++) {
    const name = objectNameAt(i);
    objects[name] = makeReadObject(next, name);
  }
  const createTime = "2026-03-14T09:26:53.589793Z";
  const group = { groupRef: "group-123", groupName: "Super Customer", projectId: "project-456", createTime };
  const installation: Installation = {
    id: "7b3c9d2e-5a1f-4e8b-b6d4-9c8a2f1e5d3b",
    projectId: "project-456",
    integrationId: "e3a7f9c1-4b2d-4e8a-9f6b-2d5c8a1e3b7f",
    healthStatus: "healthy",
    lastOperationStatus: "success",
    group,
    connection: {
      id: "a1c4e7b2-8f3d-4a6e-9c2b-5d8f1e4a7b3c",
      projectId: "project-456",
      provider: "salesforce",
      group,
      consumer: { consumerRef: "consumer-123", consumerName: "Ada", projectId: "project-456", createTime },
      providerWorkspaceRef: "acme-corp",
      createTime,
      authScheme: "oauth2/authorizationCode",
      status: "working",
    },
    createTime,
    createdBy: "consumer:consumer-123",
    updateTime: createTime,
    config: {
      id: "config-123",
      revisionId: "revision-123",
      createTime,
      createdBy: "builder:builder-123",
      content: {
        provider: "salesforce",
        read: { objects },
        write: {
          objects: {
            contacts: { objectName: "contacts" },
            leads: { objectName: "leads", deletionSettings: { enabled: true } },
            accounts: {
              objectName: "accounts",
              selectedFieldSettings: { name: { default: { value: "n/a" } } },
            },
          },
        },
        proxy: { enabled: true },
      },
    },
  };
  return JSON.parse(JSON.stringify(installation)) as Installation;
}

/** Where the parent leaves the generated installations for its children, set by bench.mjs. */
function dataFile(n: number): string | undefined {
  const dir = process.env.FIELDMASK_BENCH_CACHE;
  return dir === undefined ? undefined : `${dir}/installation-${n}.json`;
}

/**
 * Generates the installation of every size once per run, as JSON text for the children: generating 100,000
 * objects costs seconds, reading them back about a third of that.
 * @param sizes - The N values the selected cases use.
 */
export function writeInstallations(sizes: Iterable<number>): void {
  for (const n of sizes) {
    const file = dataFile(n);
    if (file !== undefined) writeFileSync(file, JSON.stringify(makeInstallation(n)));
  }
}

/**
 * The installation with `n` read objects: read from the run's data file when the parent wrote one, otherwise
 * generated. Either way it is a fresh `JSON.parse` result, deep-equal to {@link makeInstallation}'s.
 * @param n - Number of read objects.
 * @returns A fresh installation.
 */
export function loadInstallation(n: number): Installation {
  const file = dataFile(n);
  if (file !== undefined && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Installation;
  return makeInstallation(n);
}

/**
 * The names of the objects an edit touches: one in the middle of the map, or `count` spread across it.
 * @param n - Number of read objects in the installation.
 * @param count - How many objects to edit (1 or 10).
 * @returns Distinct names of existing objects.
 */
export function editedNames(n: number, count: number): string[] {
  if (count === 1) return [objectNameAt(Math.floor(n / 2))];
  const names: string[] = [];
  const step = Math.floor(n / count);
  for (let i = 0; i < count; i++) names.push(objectNameAt(i * step));
  return names;
}

/**
 * The new value of an edited read object: a faster schedule and one more selected field (a typical UI edit).
 * @param before - The stored read object.
 * @returns A fresh object, sharing nothing with `before`.
 */
export function editReadObject(before: ReadObject): ReadObject {
  const after = JSON.parse(JSON.stringify(before)) as ReadObject;
  after.schedule = "*/5 * * * *";
  after.selectedFields.mobilephone = true;
  return after;
}

/** One edit of an installation, in every form the libraries want it. */
export interface Edit {
  /** The stored installation (never mutated by a case). */
  readonly current: Installation;
  /** Number of read objects in `current`. */
  readonly n: number;
  /** Names of the edited read objects. */
  readonly names: readonly string[];
  /** Their new values, in the order of `names`. */
  readonly values: readonly ReadObject[];
  /** The update mask: one `config.content.read.objects.<name>` path per edited object. */
  readonly mask: readonly string[];
  /** The PATCH body (`installation` of the request): only the masked fields. */
  readonly body: { config: { content: { read: { objects: Record<string, ReadObject> } } } };
}

/**
 * Builds the installation with `n` read objects and an edit of `count` of them.
 * @param n - Number of read objects.
 * @param count - Number of edited objects (paths in the mask).
 * @returns The edit; equal calls give deep-equal results.
 */
export function makeEdit(n: number, count: number): Edit {
  const current = loadInstallation(n);
  const names = editedNames(n, count);
  const values: ReadObject[] = [];
  const mask: string[] = [];
  const objects: Record<string, ReadObject> = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const value = editReadObject(current.config.content.read.objects[name] as ReadObject);
    values.push(value);
    mask.push(`config.content.read.objects.${name}`);
    objects[name] = value;
  }
  return { current, n, names, values, mask, body: { config: { content: { read: { objects } } } } };
}
