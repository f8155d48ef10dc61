import type { InputValidationProblem } from "./types.js";

/**
 * Thrown by {@link updateInstallation} and {@link applyUpdate} when the request is invalid. It carries the
 * `400 Bad Request` body Ampersand's API would send, ready for `application/problem+json`.
 *
 * @example
 * ```ts
 * try {
 *   updateInstallation(current, request);
 * } catch (error) {
 *   if (error instanceof AmpersandProblemError) return Response.json(error.problem, { status: 400 });
 *   throw error;
 * }
 * ```
 */
export class AmpersandProblemError extends Error {
  override readonly name = "AmpersandProblemError";
  /** The problem body: `{ type, title, status: 400, detail, issues }`. */
  readonly problem: InputValidationProblem;

  constructor(problem: InputValidationProblem) {
    super(problem.detail ?? "Bad Request");
    this.problem = problem;
  }
}
