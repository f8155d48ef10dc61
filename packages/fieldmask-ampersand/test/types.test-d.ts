import {
  applyUpdate,
  diffInstallation,
  diffUpdate,
  editInstallation,
  type InputValidationProblem,
  type Installation,
  type JWTKey,
  RESOURCE_NAMES,
  type ResourceName,
  type UnexpressibleChange,
  type UpdateInstallationRequest,
  type UpdateJWTKeyRequest,
  updateInstallation,
  validateUpdateInstallationRequest,
  validateUpdateRequest,
} from "@fieldmask/ampersand";
import { describe, expectTypeOf, test } from "vitest";

declare const installation: Installation;
declare const key: JWTKey;

describe("types", () => {
  test("validation narrows to the endpoint's request type or a problem", () => {
    const result = validateUpdateRequest("jwtKey", {});
    if (result.ok) expectTypeOf(result.request).toEqualTypeOf<UpdateJWTKeyRequest>();
    else expectTypeOf(result.problem).toEqualTypeOf<InputValidationProblem>();
    const installationResult = validateUpdateInstallationRequest({});
    if (installationResult.ok)
      expectTypeOf(installationResult.request).toEqualTypeOf<UpdateInstallationRequest>();
  });

  test("applying returns the resource type", () => {
    expectTypeOf(applyUpdate("jwtKey", key, {})).toEqualTypeOf<JWTKey>();
    expectTypeOf(updateInstallation(installation, {})).toEqualTypeOf<Installation>();
    // @ts-expect-error: a JWT key is not an installation
    applyUpdate("installation", key, {});
  });

  test("diffs give a typed request or null, and the report", () => {
    expectTypeOf(
      diffInstallation(installation, installation).request,
    ).toEqualTypeOf<UpdateInstallationRequest | null>();
    expectTypeOf(diffUpdate("jwtKey", key, key).request).toEqualTypeOf<UpdateJWTKeyRequest | null>();
    expectTypeOf(editInstallation(installation, () => {}).unexpressible).toEqualTypeOf<
      UnexpressibleChange[]
    >();
  });

  test("resource names", () => {
    expectTypeOf(RESOURCE_NAMES).toEqualTypeOf<readonly ResourceName[]>();
    // @ts-expect-error: not an updateMask endpoint
    validateUpdateRequest("topic", {});
    // the JWT key's mask is typed from the spec's enum: "label", not "name"
    expectTypeOf<UpdateJWTKeyRequest["updateMask"][number]>().toEqualTypeOf<"active" | "label">();
  });
});
