// Properties over installations and requests generated from the spec's schemas (see arbitraries.ts).
import {
  AmpersandProblemError,
  type Installation,
  updateInstallation,
  validateUpdateInstallationRequest,
} from "@fieldmask/ampersand";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { connection, installation, updateRequest } from "./arbitraries.js";
import { deepFreeze, NOW, nothingFrozen } from "./fixtures.js";

const RUNS = { numRuns: 60 };

describe("updateInstallation", () => {
  test("accepts every request the spec allows", () => {
    fc.assert(
      fc.property(updateRequest, (request) => {
        const result = validateUpdateInstallationRequest(request);
        expect(result.ok ? [] : result.problem.issues).toEqual([]);
      }),
      RUNS,
    );
  });

  test("never mutates or freezes its inputs, whether or not it freezes its result", () => {
    fc.assert(
      fc.property(installation, updateRequest, fc.boolean(), connection, (before, request, freeze, other) => {
        // Arrange
        const beforeCopy = structuredClone(before);
        const requestCopy = structuredClone(request);
        const withConnection = {
          updateMask: [...request.updateMask, "connectionId"],
          installation: { ...request.installation, connectionId: other.id },
        };
        // Act
        const after = updateInstallation(before, withConnection, {
          now: NOW,
          freeze,
          resolveConnection: () => other,
        });
        // Assert
        expect(before).toEqual(beforeCopy);
        expect(request).toEqual(requestCopy);
        expect(nothingFrozen(before)).toBe(true);
        expect(nothingFrozen(request)).toBe(true);
        expect(nothingFrozen(other)).toBe(true);
        if (!freeze) expect(nothingFrozen(after)).toBe(true);
        else {
          // new parts are frozen; a part the update left as it was is still the caller's (unfrozen) object
          expect(Object.isFrozen(after)).toBe(true);
          expect(Object.isFrozen(after.config)).toBe(after.config !== before.config);
        }
      }),
      RUNS,
    );
  });

  test("writes exactly the masked values and shares everything else", () => {
    fc.assert(
      fc.property(installation, updateRequest, (before, request) => {
        const after = updateInstallation(deepFreeze(before), request, { now: NOW });
        const body = request.installation.config?.content;
        const objects = (after.config.content.read?.objects ?? {}) as Record<string, unknown>;
        for (const [name, value] of Object.entries(body?.read?.objects ?? {}))
          expect(objects[name]).toEqual(value);
        for (const [name, value] of Object.entries(before.config.content.read?.objects ?? {})) {
          if (!(name in (body?.read?.objects ?? {}))) expect(objects[name]).toBe(value);
        }
        if (request.updateMask.includes("config.content.write.objects")) {
          expect(after.config.content.write?.objects).toEqual(body?.write?.objects);
        }
        if (!request.updateMask.includes("config.content.proxy.enabled")) {
          expect(after.config.content.proxy).toBe(before.config.content.proxy);
        }
        expect(after.connection).toBe(before.connection);
        expect(after.group).toBe(before.group);
        expect(after.updateTime).toBe(NOW().toISOString());
      }),
      RUNS,
    );
  });

  test("a bad request changes nothing and throws only AmpersandProblemError", () => {
    fc.assert(
      fc.property(installation, fc.jsonValue(), (before, body) => {
        const copy = structuredClone(before);
        try {
          updateInstallation(before as Installation, body, { now: NOW });
        } catch (error) {
          expect(error).toBeInstanceOf(AmpersandProblemError);
        }
        expect(before).toEqual(copy);
      }),
      RUNS,
    );
  });
});

describe("validateUpdateInstallationRequest", () => {
  test("never throws, whatever the body", () => {
    const masks = fc.array(
      fc.oneof(fc.string(), fc.constantFrom("config.content.read.objects.x", "connectionId")),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ updateMask: masks, installation: fc.jsonValue() })),
        (body) => {
          const result = validateUpdateInstallationRequest(body, { strict: true });
          expect(typeof result.ok).toBe("boolean");
          if (!result.ok) {
            expect(result.problem.status).toBe(400);
            // serializable as is (a -0 in the body becomes 0, which JSON cannot tell apart)
            const text = JSON.stringify(result.problem);
            expect(JSON.stringify(JSON.parse(text))).toBe(text);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
