import { DEFAULT_LIMITS, type Limits, type MaskOptions } from "../options.js";

/**
 * Every limit resolved to a number: one shape, read on hot paths.
 * @internal
 */
export interface ResolvedLimits {
  readonly maxPaths: number;
  readonly maxSegments: number;
  readonly maxPathLength: number;
  readonly maxDepth: number;
  readonly maxNodes: number;
}

/**
 * Fills missing limits from {@link DEFAULT_LIMITS}.
 * @internal
 */
export function resolveLimits(options: MaskOptions | undefined): ResolvedLimits {
  const limits: Limits | undefined = options?.limits;
  if (limits === undefined) return DEFAULT_LIMITS;
  return {
    maxPaths: limits.maxPaths ?? DEFAULT_LIMITS.maxPaths,
    maxSegments: limits.maxSegments ?? DEFAULT_LIMITS.maxSegments,
    maxPathLength: limits.maxPathLength ?? DEFAULT_LIMITS.maxPathLength,
    maxDepth: limits.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxNodes: limits.maxNodes ?? DEFAULT_LIMITS.maxNodes,
  };
}
