// @fieldmask/ampersand — the public API. Every export is listed by name.
export { WILDCARD } from "@fieldmask/core";
