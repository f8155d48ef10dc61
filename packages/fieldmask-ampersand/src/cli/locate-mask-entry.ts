/** Where a mask entry sits in the raw JSON text: 1-based line and column of a character. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds the `index`-th entry of the `updateMask` array in the raw JSON `text` and returns the position of its
 * character at `column` (1-based, counted in the decoded string). Returns `undefined` when the text does not
 * spell the entries the way `JSON.stringify` would (then the CLI names the file without a line).
 */
export function locateMaskEntry(
  text: string,
  mask: readonly unknown[],
  index: number,
  column: number,
): TextPosition | undefined {
  const key = text.indexOf('"updateMask"');
  if (key < 0) return undefined;
  let cursor = key + '"updateMask"'.length;
  let found = -1;
  // Walk the entries in order so that a duplicate entry is found at its own occurrence, not the first one.
  for (let k = 0; k <= index && k < mask.length; k++) {
    const literal = JSON.stringify(mask[k]);
    if (literal === undefined) return undefined;
    const at = text.indexOf(literal, cursor);
    if (at < 0) return undefined;
    found = at;
    cursor = at + literal.length;
  }
  if (found < 0) return undefined;
  const entry = mask[index];
  // Skip the opening quote, then map the decoded column to raw characters (escapes take more than one).
  let offset = found + (typeof entry === "string" ? 1 : 0);
  if (typeof entry === "string") {
    const limit = Math.min(column - 1, entry.length);
    for (let i = 0; i < limit; i++) offset += (JSON.stringify(entry[i]) as string).length - 2;
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
