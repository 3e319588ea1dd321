#!/usr/bin/env node
// The `rolecall` command: starts the CLI that `npm run build` writes to out/main/cli.js.
import { existsSync } from 'node:fs'
import module from 'node:module'

// Node 22+ keeps compiled code between runs (a sixth off `export` there); Node 20 has no such cache.
module.enableCompileCache?.()

const cli = new URL('../out/main/cli.js', import.meta.url)
if (!existsSync(cli)) {
  process.stderr.write('rolecall: the command line is not built yet; run "npm run build" first.\n')
  process.exit(1)
}
await import(cli.href)
