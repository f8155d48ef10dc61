// The updateInstallation allow-list, as written in Ampersand's OpenAPI description of `updateMask`.

/** The eight paths Ampersand's updateInstallation accepts, in core's pattern syntax. */
export const INSTALLATION_PATTERNS: readonly string[] = [
  "connectionId",
  "config.createdBy",
  "config.content.read.objects.<objectName>",
  "config.content.write.objects.<objectName>",
  "config.content.write.objects",
  "config.content.subscribe.objects.<objectName>",
  "config.content.subscribe.objects",
  "config.content.proxy.enabled",
];
