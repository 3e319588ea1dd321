#!/usr/bin/env node
// The `rolecall` command: runs the CLI that `npm run build` writes to out/cli/cli.cjs. CommonJS (see
// bin/package.json), as the CLI is: on Node 20 an ES module entry alone costs ~3 ms of every call.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file */

// Node 22+ keeps compiled code between runs (a sixth off `export` there); Node 20 has no such cache.
require('node:module').enableCompileCache?.()

try {
  require('../out/cli/cli.cjs')
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || !String(error.message).startsWith("Cannot find module '../out/cli/cli.cjs'")) throw error
  process.stderr.write('rolecall: the command line is not built yet; run "npm run build" first.\n')
  process.exit(1)
}
