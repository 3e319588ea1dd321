// The built CLI's module graph: it must run in plain Node (no electron anywhere), and `list` must not
// load the AWS SDK clients, conf or zod, which would cost it most of its start-up time.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILT_CLI, requireBuild } from './run-cli'

interface ModuleImports {
  static: string[]
  dynamic: string[]
}

function importsOf(file: string): ModuleImports {
  // Bundled packages carry JSDoc such as {import('./types').Options}: comments are not imports.
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const statics = [...code.matchAll(/^(?:import|export)\b[^;'"]*?(?:from\s*)?["']([^"']+)["']/gm)].map((m) => m[1]!)
  const dynamics = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!)
  return { static: statics, dynamic: dynamics }
}

/** Files and bare specifiers (packages, node: builtins) reachable from `entry`; `follow` picks the dynamic imports to count. */
function reachable(entry: string, follow: (specifier: string) => boolean): { files: Set<string>; packages: Set<string> } {
  const packages = new Set<string>()
  const files = new Set<string>()
  const visit = (file: string): void => {
    if (files.has(file)) return
    files.add(file)
    const imports = importsOf(file)
    for (const specifier of [...imports.static, ...imports.dynamic.filter(follow)]) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier))
      else packages.add(specifier)
    }
  }
  visit(entry)
  return { files, packages }
}

describe('the built CLI', () => {
  it('never imports electron, whatever command runs', () => {
    requireBuild()
    const all = reachable(BUILT_CLI, () => true).packages
    expect([...all].filter((p) => p === 'electron' || p.startsWith('electron/'))).toEqual([])
    expect(all).toContain('@aws-sdk/client-sts')
  })

  it('starts `list` without the AWS SDK clients, conf or zod', () => {
    requireBuild()
    // Follow only the dynamic import of the list command (app-store, for app roles, is loaded only when there are some).
    const list = reachable(BUILT_CLI, (specifier) => /[\\/]list-[\w-]+\.js$/.test(specifier)).packages
    const heavy = [...list].filter((p) => /^(@aws-sdk\/|conf$|zod$|electron)/.test(p))
    expect(heavy).toEqual([])
  })

  it('shares chunks with the app, but the app never loads the CLI entry, which runs a command when imported', () => {
    requireBuild()
    const app = reachable(join(dirname(BUILT_CLI), 'index.js'), () => true).files
    expect(app).not.toContain(BUILT_CLI)
    const running = [...app].filter((file) => readFileSync(file, 'utf8').includes('process.argv.slice(2)'))
    expect(running).toEqual([])
  })

  it('has a launcher that says how to build when the build is missing', () => {
    const launcher = readFileSync(join(dirname(BUILT_CLI), '../../bin/rolecall.js'), 'utf8')
    expect(launcher.startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(launcher).toContain('run "npm run build" first')
  })
})
