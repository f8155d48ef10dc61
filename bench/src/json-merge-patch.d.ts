// json-merge-patch 1.0.2 ships no types; only what the apply cases call is declared.
declare module "json-merge-patch" {
  /** RFC 7396: merges `patch` into `target`, mutating and returning it. */
  export function apply(target: unknown, patch: unknown): unknown;
  const mergePatch: { apply: typeof apply };
  export default mergePatch;
}
