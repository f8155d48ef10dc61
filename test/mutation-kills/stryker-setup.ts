import { beforeEach } from "vitest";

// Loaded only by vitest.stryker.config.ts. Stryker's instrumentation makes code several times slower, and these
// tests drive 100,000-segment paths, megabyte strings or timing ratios through the scanner: under Stryker they
// would cost seconds for every mutant they cover without killing any the smaller tests do not. The regular test
// run keeps them.
const HEAVY =
  /without overflowing the stack|without recursion when the limits allow|does not grow with the number of patterns|\[heavy\]/;

beforeEach((context) => {
  if (HEAVY.test(context.task.name)) context.skip();
});
