// Realistic resources for the tests, shaped like the spec's response examples (the updateInstallation page).
import type { Connection, Installation, JWTKey } from "@fieldmask/ampersand";

/** A connection as the updateInstallation page's example response shows it. */
export function exampleConnection(id = "connection-123"): Connection {
  return {
    id,
    projectId: "project-456",
    provider: "salesforce",
    group: {
      groupRef: "group-123",
      groupName: "Super Customer",
      projectId: "project-456",
      createTime: "2023-07-13T21:34:44.816Z",
      updateTime: "2023-07-13T21:34:44.816Z",
    },
    consumer: {
      consumerRef: "consumer-123",
      consumerName: "Super Customer",
      projectId: "project-456",
      createTime: "2023-07-13T21:34:44.816Z",
      updateTime: "2023-07-13T21:34:44.816Z",
    },
    createTime: "2023-07-13T21:34:44.816Z",
    authScheme: "oauth2/authorizationCode",
    status: "working",
    providerWorkspaceRef: "provider-workspace-123",
    providerConsumerRef: "provider-consumer-123",
    updateTime: "2023-07-13T21:34:44.816Z",
  };
}

/** An installation with read, write, proxy and subscribe config, as a real HubSpot/Salesforce one looks. */
export function exampleInstallation(): Installation {
  return {
    id: "installation-789",
    projectId: "project-456",
    integrationId: "integration-001",
    healthStatus: "healthy",
    connection: exampleConnection(),
    createTime: "2023-11-07T05:31:56Z",
    createdBy: "consumer:consumer-123",
    config: {
      id: "config-123",
      revisionId: "revision-123",
      createTime: "2023-11-07T05:31:56Z",
      createdBy: "builder:builder-123",
      content: {
        provider: "salesforce",
        read: {
          objects: {
            contacts: {
              objectName: "contacts",
              schedule: "*/15 * * * *",
              destination: "contactsWebhook",
              selectedFields: { email: true, firstname: true },
              selectedFieldMappings: { companyName: "company" },
              backfill: { defaultPeriod: { days: 30 } },
            },
            leads: {
              objectName: "leads",
              schedule: "0 * * * *",
              destination: "leadsWebhook",
              selectedFields: { status: true },
              selectedFieldMappings: {},
            },
          },
        },
        write: {
          objects: {
            contacts: { objectName: "contacts", deletionSettings: { enabled: false } },
            notes: {
              objectName: "notes",
              selectedFieldSettings: { source: { default: { stringValue: "api" }, writeOnUpdate: "never" } },
            },
          },
        },
        proxy: { enabled: true },
        subscribe: {
          objects: {
            contacts: {
              objectName: "contacts",
              destination: "contactsWebhook",
              inheritFieldsAndMappings: true,
              createEvent: { enabled: "always" },
              updateEvent: { enabled: "always", watchFieldsAuto: "all" },
            },
          },
        },
      },
    },
    group: {
      groupRef: "group-123",
      groupName: "Super Customer",
      projectId: "project-456",
      createTime: "2023-07-13T21:34:44.816Z",
      updateTime: "2023-07-13T21:34:44.816Z",
    },
    lastOperationStatus: "success",
    updateTime: "2023-11-07T05:31:56Z",
  };
}

/** A JWT key as the updateJWTKey response example shows it. */
export function exampleJwtKey(): JWTKey {
  return {
    id: "550e8400-e29b-41d4-a716-446655440000",
    projectId: "123e4567-e89b-12d3-a456-426614174000",
    label: "production-key-1",
    algorithm: "RSA",
    publicKeyPem: "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n",
    active: true,
    createTime: "2024-01-15T10:30:00Z",
    updateTime: "2024-01-15T10:30:00Z",
  };
}

/** A fixed clock for `options.now`. */
export const NOW = (): Date => new Date("2026-01-02T03:04:05.000Z");

/** Deep-freezes a value, to prove a function never writes to its input. */
export function deepFreeze<T>(value: T): T {
  const work: unknown[] = [value];
  while (work.length > 0) {
    const node = work.pop();
    if (typeof node !== "object" || node === null || Object.isFrozen(node)) continue;
    Object.freeze(node);
    for (const child of Object.values(node)) work.push(child);
  }
  return value;
}

/** True when nothing in `value` is frozen. */
export function nothingFrozen(value: unknown): boolean {
  const work: unknown[] = [value];
  while (work.length > 0) {
    const node = work.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Object.isFrozen(node)) return false;
    for (const child of Object.values(node)) work.push(child);
  }
  return true;
}
