// Lets node-gyp build native modules (better-sqlite3 for examples/server) offline: it is pointed at the
// headers of the Node that runs pnpm (e.g. /usr/include/node) instead of downloading them. pnpm 11+ reads no
// `nodedir` from .npmrc and passes few environment variables to install scripts, so this hook sets it.
const { existsSync } = require("node:fs");
const { dirname, join } = require("node:path");

const nodePrefix = dirname(dirname(process.execPath));

module.exports = {
  hooks: {
    updateConfig(config) {
      if (process.env.npm_config_nodedir || !existsSync(join(nodePrefix, "include", "node", "node.h"))) {
        return config;
      }
      config.extraEnv = { ...config.extraEnv, npm_config_nodedir: nodePrefix };
      return config;
    },
  },
};
