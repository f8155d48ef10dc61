import type { TextPosition } from "./locate-mask-entry.js";

/**
 * Finds where the value at `name` (an issue name such as `installation.config.content.proxy.enabled` or
 * `jwtKey.scopes[2]`: keys joined by dots, `.` and `\` inside a key escaped with `\`, indexes in brackets) starts
 * in the raw JSON `text`. Returns `undefined` when the text has no value there (a missing value) or the name
 * cannot be read. The text must be valid JSON (the CLI has parsed it already).
 */
export function locateJsonValue(text: string, name: string): TextPosition | undefined {
  const path = readName(name);
  if (path === undefined) return undefined;
  let at = skipSpace(text, 0);
  for (let depth = 0; depth < path.length; depth++) {
    const next = findMember(text, at, path[depth] as string | number);
    if (next === undefined) return undefined;
    at = next;
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

function readName(name: string): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  let key = "";
  let pending = true; // a key is being read (possibly empty only after a dot)
  for (let i = 0; i < name.length; i++) {
    const char = name[i] as string;
    if (char === "\\") {
      const escaped = name[i + 1];
      if (escaped === undefined) return undefined;
      key += escaped;
      i++;
    } else if (char === ".") {
      if (pending) path.push(key);
      key = "";
      pending = true;
    } else if (char === "[") {
      const close = name.indexOf("]", i);
      const index = Number(name.slice(i + 1, close));
      if (close < 0 || !Number.isInteger(index) || index < 0) return undefined;
      if (pending) path.push(key);
      path.push(index);
      key = "";
      pending = false;
      i = close;
    } else {
      key += char;
      pending = true;
    }
  }
  if (pending) path.push(key);
  return path;
}

/** Offset of the value of member `key` (object) or element `key` (array) of the value starting at `at`. */
function findMember(text: string, at: number, key: string | number): number | undefined {
  const open = text[at];
  if (open === "{" && typeof key === "string") {
    let found: number | undefined;
    let i = skipSpace(text, at + 1);
    while (text[i] === '"') {
      const end = skipString(text, i);
      const name = JSON.parse(text.slice(i, end)) as string;
      const value = skipSpace(text, skipSpace(text, end) + 1); // past the colon
      // JSON.parse keeps the last of duplicate keys, so the last match wins here too.
      if (name === key) found = value;
      i = skipSpace(text, skipValue(text, value));
      if (text[i] === ",") i = skipSpace(text, i + 1);
    }
    return found;
  }
  if (open === "[" && typeof key === "number") {
    let i = skipSpace(text, at + 1);
    for (let index = 0; text[i] !== "]" && i < text.length; index++) {
      if (index === key) return i;
      i = skipSpace(text, skipValue(text, i));
      if (text[i] === ",") i = skipSpace(text, i + 1);
    }
  }
  return undefined;
}

function skipValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first === "{" || first === "[") {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      const char = text[i];
      if (char === '"') i = skipString(text, i) - 1;
      else if (char === "{" || char === "[") depth++;
      else if (char === "}" || char === "]") {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return text.length;
  }
  let i = at;
  while (i < text.length && !",}] \t\r\n".includes(text[i] as string)) i++;
  return i;
}

/** Offset just past the string literal starting at `at`. */
function skipString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const char = text[i];
    if (char === "\\") i++;
    else if (char === '"') return i + 1;
  }
  return text.length;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && " \t\r\n".includes(text[i] as string)) i++;
  return i;
}
