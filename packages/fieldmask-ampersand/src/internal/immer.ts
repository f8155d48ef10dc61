import { Immer } from "immer";

/**
 * The adapter's own immer instance. Auto-freeze is off: immer would deep-freeze the whole result, including the
 * subtrees it shares with the caller's input (immer 11 freezes untouched parts too). The global immer
 * configuration is never touched, so the host application's `setAutoFreeze` stays its own.
 * @internal
 */
export const immer: Immer = /* @__PURE__ */ createImmer();

function createImmer(): Immer {
  const instance = new Immer();
  instance.setAutoFreeze(false);
  return instance;
}
