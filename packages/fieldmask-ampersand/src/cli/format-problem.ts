import { locateJsonValue } from "./locate-json-value.js";
import { locateMaskEntry } from "./locate-mask-entry.js";
import { type Paint, PLAIN } from "./paint.js";

/**
 * The parts of an Ampersand `InputValidationProblem` the CLI prints. Declared structurally so the formatter
 * accepts any problem+json body, including ones read back from a server.
 */
export interface ProblemLike {
  readonly title?: string | undefined;
  readonly detail?: string | undefined;
  readonly issues?: readonly IssueLike[] | undefined;
}

/** One `InputValidationIssue` as the CLI reads it. */
export interface IssueLike {
  readonly title?: string | undefined;
  readonly detail?: string | undefined;
  readonly name?: string | undefined;
  readonly value?: unknown;
  readonly remedy?: string | undefined;
  readonly context?: { readonly [key: string]: unknown } | undefined;
}

const MASK_ENTRY = /^updateMask\[(\d+)\]$/;

/**
 * Renders a problem the way a compiler reports errors: one block per issue with the file (and line:column when
 * the entry can be found in the text), the mask entry with a caret under the offending column, and the
 * `did you mean` suggestion; then a count.
 *
 * @param problem - The problem+json body built by the adapter.
 * @param file - The name of the request file, as given on the command line.
 * @param text - The raw request text, to find line numbers; `undefined` when there is none.
 * @param body - The parsed request, to read the mask entries the issues point at.
 * @param paint - Terminal colours; {@link PLAIN} (the default) for none.
 * @returns The text to print on stderr, ending in a newline.
 */
export function formatProblem(
  problem: ProblemLike,
  file: string,
  text: string | undefined,
  body: unknown,
  paint: Paint = PLAIN,
): string {
  const issues = problem.issues ?? [];
  const mask = readMask(body);
  let out = "";
  if (issues.length === 0) {
    out += `${file}: ${paint.error("error")}: ${problem.detail ?? problem.title ?? "invalid request"}\n`;
  }
  for (let i = 0; i < issues.length; i++) {
    // A blank line between issues, as compilers do, so each block reads on its own.
    out += `${formatIssue(issues[i] as IssueLike, file, text, mask, paint)}\n`;
  }
  const count = Math.max(issues.length, 1);
  out += `${count} error${count === 1 ? "" : "s"} in ${file}\n`;
  return out;
}

function formatIssue(
  issue: IssueLike,
  file: string,
  text: string | undefined,
  mask: readonly unknown[] | undefined,
  paint: Paint,
): string {
  const context = issue.context ?? {};
  const code = typeof context.code === "string" ? context.code : undefined;
  const suggestion = typeof context.suggestion === "string" ? context.suggestion : undefined;
  const givenColumn = typeof context.column === "number" ? context.column : undefined;
  const name = issue.name ?? "";
  let message = issue.detail ?? issue.title ?? "invalid value";
  // The suggestion gets its own line below, as a compiler's note; drop it from the sentence.
  const echo = suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
  if (echo !== "" && message.endsWith(echo)) message = message.slice(0, -echo.length);
  const label = paint.error(code === undefined ? "error" : `error[${code}]`);

  const entryMatch = MASK_ENTRY.exec(name);
  const index = entryMatch === null ? -1 : Number(entryMatch[1]);
  const entry = mask !== undefined && index >= 0 ? mask[index] : undefined;
  if (typeof entry !== "string") {
    // A problem with the mask as a whole or with a value in the body: no path to draw a caret under, but the
    // location names the line and column of that value in the file when it is there (a missing value is not).
    const position = text === undefined || name === "" ? undefined : locateJsonValue(text, name);
    const where = position === undefined ? file : `${file}:${position.line}:${position.column}`;
    let out = `${where}: ${label}: ${message}\n`;
    if (name !== "") {
      // Where in the body, and what was there: `installation.config.content.proxy.enabled: "yes"`.
      const shown =
        issue.value === undefined ? "(missing)" : (JSON.stringify(issue.value) ?? String(issue.value));
      out += `  ${name}: ${truncate(shown, 100)}\n`;
    }
    out += hints(suggestion, issue.remedy, paint);
    return out;
  }

  const [column, width] = caretSpan(entry, givenColumn, suggestion);
  const position =
    text === undefined || mask === undefined ? undefined : locateMaskEntry(text, mask, index, column);
  const where = position === undefined ? file : `${file}:${position.line}:${position.column}`;
  const prefix = `  ${name}: `;
  let out = `${where}: ${label}: ${message}\n`;
  out += `${prefix}${entry}\n`;
  out += `${" ".repeat(prefix.length + column - 1)}${paint.caret("^".repeat(width))}\n`;
  out += hints(suggestion, issue.remedy, paint);
  return out;
}

function hints(suggestion: string | undefined, remedy: string | undefined, paint: Paint): string {
  let out = "";
  if (suggestion !== undefined) out += `  ${paint.note("did you mean")} "${suggestion}"?\n`;
  // The adapter's remedy often repeats the suggestion; print it only when it says something more.
  if (remedy !== undefined && (suggestion === undefined || !remedy.includes(suggestion)))
    out += `  ${paint.note("help")}: ${remedy}\n`;
  return out;
}

/**
 * Column (1-based) and width of the caret run. The issue's own column wins; without one, the caret goes under the
 * first segment that differs from the suggestion, or under the whole entry.
 */
function caretSpan(
  entry: string,
  column: number | undefined,
  suggestion: string | undefined,
): [number, number] {
  let start = column;
  if (start === undefined && suggestion !== undefined) start = firstDifferentSegment(entry, suggestion);
  if (start === undefined || start < 1) return [1, Math.max(entry.length, 1)];
  if (start > entry.length) return [entry.length + 1, 1];
  // Underline to the end of the segment the column falls in, so the whole misspelt name is marked.
  let end = start - 1;
  while (end < entry.length && entry[end] !== ".") end++;
  return [start, Math.max(end - (start - 1), 1)];
}

function firstDifferentSegment(entry: string, suggestion: string): number | undefined {
  const a = entry.split(".");
  const b = suggestion.split(".");
  let column = 1;
  for (let i = 0; i < a.length; i++) {
    const segment = a[i] as string;
    const other = b[i];
    // `<placeholder>` segments in the suggestion match anything.
    if (other === undefined || (other !== segment && !other.startsWith("<"))) return column;
    column += segment.length + 1;
  }
  return undefined;
}

function readMask(body: unknown): readonly unknown[] | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const mask = (body as { updateMask?: unknown }).updateMask;
  return Array.isArray(mask) ? mask : undefined;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
