/** ANSI styling for terminal output; every function returns its text unchanged when colour is off. */
export interface Paint {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly caret: (text: string) => string;
  readonly note: (text: string) => string;
}

const plain = (text: string): string => text;

/** No styling: for pipes, files, tests and `NO_COLOR`. */
export const PLAIN: Paint = { error: plain, warning: plain, caret: plain, note: plain };

/** Compiler colours: bold red errors and carets, bold yellow warnings, cyan notes. */
export const ANSI: Paint = {
  error: (text) => `\x1b[1;31m${text}\x1b[0m`,
  warning: (text) => `\x1b[1;33m${text}\x1b[0m`,
  caret: (text) => `\x1b[1;31m${text}\x1b[0m`,
  note: (text) => `\x1b[36m${text}\x1b[0m`,
};
