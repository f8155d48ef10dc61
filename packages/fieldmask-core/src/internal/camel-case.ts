/**
 * Outcome of a case conversion: the converted text, or the reason it cannot be converted reversibly.
 * @internal
 */
export interface CaseResult {
  readonly text: string;
  readonly error: string | undefined;
}

/**
 * snake_case → lowerCamelCase with protobuf's rules: `_` must be followed by a lowercase letter, and an
 * uppercase letter is refused because the conversion back could not restore it.
 * @internal
 */
export function snakeToCamel(name: string): CaseResult {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      return {
        text: name,
        error: `${JSON.stringify(name)} has an uppercase letter, which lowerCamelCase cannot keep`,
      };
    }
    if (c === 95) {
      const next = name.charCodeAt(i + 1);
      if (!(next >= 97 && next <= 122)) {
        return { text: name, error: `${JSON.stringify(name)} has a "_" not followed by a lowercase letter` };
      }
      out += String.fromCharCode(next - 32);
      i++;
    } else {
      out += name[i];
    }
  }
  return { text: out, error: undefined };
}

/**
 * lowerCamelCase → snake_case; a `_` is refused because it cannot have come from {@link snakeToCamel}.
 * @internal
 */
export function camelToSnake(name: string): CaseResult {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 95)
      return { text: name, error: `${JSON.stringify(name)} has a "_", which lowerCamelCase never has` };
    out += c >= 65 && c <= 90 ? `_${String.fromCharCode(c + 32)}` : name[i];
  }
  return { text: out, error: undefined };
}
