import type { ResourceName } from "./resources.js";
import type {
  ApiKey,
  Connection,
  Destination,
  Installation,
  JWTKey,
  Org,
  Project,
  ProviderApp,
  UpdateApiKeyRequest,
  UpdateConnectionRequest,
  UpdateDestinationRequest,
  UpdateInstallationRequest,
  UpdateJWTKeyRequest,
  UpdateOrgRequest,
  UpdateProjectRequest,
  UpdateProviderAppRequest,
} from "./types.js";

/** The resource type each {@link ResourceName} updates, as the API returns it. */
export interface ResourceTypes {
  installation: Installation;
  connection: Connection;
  project: Project;
  providerApp: ProviderApp;
  destination: Destination;
  org: Org;
  apiKey: ApiKey;
  jwtKey: JWTKey;
}

/** The PATCH request body of each {@link ResourceName}. */
export interface UpdateRequestTypes {
  installation: UpdateInstallationRequest;
  connection: UpdateConnectionRequest;
  project: UpdateProjectRequest;
  providerApp: UpdateProviderAppRequest;
  destination: UpdateDestinationRequest;
  org: UpdateOrgRequest;
  apiKey: UpdateApiKeyRequest;
  jwtKey: UpdateJWTKeyRequest;
}
