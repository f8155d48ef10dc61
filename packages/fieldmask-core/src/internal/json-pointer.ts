/**
 * Escapes one key for an RFC 6901 JSON Pointer: `~` as `~0`, then `/` as `~1`.
 * @internal
 */
export function escapePointerKey(key: string): string {
  // most keys have neither character: skip the two replaceAll scans and their allocations
  if (key.indexOf("~") === -1 && key.indexOf("/") === -1) return key;
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}
