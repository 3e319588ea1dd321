#!/usr/bin/env node
// The `rolecall` command: starts the CLI that `npm run build` writes to out/main/cli.js.
import module from 'node:module'

// Node 22+ keeps compiled code between runs (a sixth off `export` there); Node 20 has no such cache.
module.enableCompileCache?.()

try {
  await import('../out/main/cli.js')
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('out/main/cli.js')) throw error
  process.stderr.write('rolecall: the command line is not built yet; run "npm run build" first.\n')
  process.exit(1)
}
