// @fieldmask/ampersand — the public API. Every export is listed by name.

export { WILDCARD } from "@fieldmask/core";
export { AmpersandProblemError } from "./ampersand-problem-error.js";
export { applyUpdate } from "./apply-update.js";
export { diffInstallation } from "./diff-installation.js";
export type { UpdateDiff } from "./diff-update.js";
export { diffUpdate } from "./diff-update.js";
export type { InstallationEdit } from "./edit-installation.js";
export { editInstallation } from "./edit-installation.js";
export type { ResourceTypes, UpdateRequestTypes } from "./resource-types.js";
export type { ResourceInfo, ResourceName } from "./resources.js";
export {
  API_KEY_GRAMMAR,
  CONNECTION_GRAMMAR,
  DESTINATION_GRAMMAR,
  INSTALLATION_GRAMMAR,
  JWT_KEY_GRAMMAR,
  ORG_GRAMMAR,
  PROJECT_GRAMMAR,
  PROVIDER_APP_GRAMMAR,
  RESOURCE_NAMES,
  RESOURCES,
} from "./resources.js";
export type {
  ApiKey,
  ApiProblem,
  BaseReadConfigObject,
  BaseSubscribeConfigObject,
  BaseWriteConfigObject,
  Config,
  ConfigContent,
  Connection,
  Destination,
  FieldSetting,
  InputValidationIssue,
  InputValidationProblem,
  Installation,
  JsonBody,
  JWTKey,
  Org,
  Project,
  ProviderApp,
  ReadConfigObject,
  Schemas,
  SubscribeConfigObject,
  UpdateApiKeyRequest,
  UpdateConnectionRequest,
  UpdateDestinationRequest,
  UpdateInstallationConfigContent,
  UpdateInstallationRequest,
  UpdateJWTKeyRequest,
  UpdateOrgRequest,
  UpdateProjectRequest,
  UpdateProviderAppRequest,
  WriteConfigObject,
} from "./types.js";
export { updateInstallation } from "./update-installation.js";
export type {
  AmpersandIssueCode,
  DiffUpdateOptions,
  UnexpressibleChange,
  UpdateOptions,
  ValidateOptions,
} from "./update-options.js";
export { validateUpdateInstallationRequest } from "./validate-update-installation-request.js";
export type { ValidateUpdateResult } from "./validate-update-request.js";
export { validateUpdateRequest } from "./validate-update-request.js";
