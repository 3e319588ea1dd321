// The built CLI's module graph: it must run in plain Node (no electron anywhere), start without the
// ES module loader (CommonJS throughout, launcher included), and `list` and the commands the running
// app answers must not load the AWS SDK clients, conf or zod, which would cost them most of their
// start-up time.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILT_CLI, CLI, requireBuild, run } from './run-cli'

interface ModuleRequires {
  static: string[]
  dynamic: string[]
}

// The CommonJS build loads a dynamic import() as Promise.resolve().then(() => require(...)).
const DYNAMIC = /Promise\.resolve\(\)\.then\(\(\) => require\("([^"]+)"\)\)/g
const REQUIRE = /\brequire\("([^"]+)"\)/g

function requiresOf(file: string): ModuleRequires {
  // Bundled packages carry JSDoc such as {import('./types').Options}: comments are not requires.
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const dynamic = [...code.matchAll(DYNAMIC)].map((m) => m[1]!)
  const statics = [...code.replace(DYNAMIC, '').matchAll(REQUIRE)].map((m) => m[1]!)
  return { static: statics, dynamic }
}

/** Files and bare specifiers (packages, node: builtins) reachable from `entry`; `follow` picks the dynamic requires to count. */
function reachable(entry: string, follow: (specifier: string) => boolean): { files: Set<string>; packages: Set<string> } {
  const packages = new Set<string>()
  const files = new Set<string>()
  const visit = (file: string): void => {
    if (files.has(file)) return
    files.add(file)
    const requires = requiresOf(file)
    for (const specifier of [...requires.static, ...requires.dynamic.filter(follow)]) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier))
      else packages.add(specifier)
    }
  }
  visit(entry)
  return { files, packages }
}

const heavy = (packages: Set<string>): string[] => [...packages].filter((p) => /^(@aws-sdk\/|conf$|zod$|electron)/.test(p))

describe('the built CLI', () => {
  it('never requires electron, whatever command runs', () => {
    requireBuild()
    const all = reachable(BUILT_CLI, () => true).packages
    expect([...all].filter((p) => p === 'electron' || p.startsWith('electron/'))).toEqual([])
    expect(all).toContain('@aws-sdk/client-sts')
  })

  it('is CommonJS, launcher included, so Node never starts its ES module loader for it', () => {
    requireBuild()
    const files = readdirSync(dirname(BUILT_CLI), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
    expect(files.filter((f) => !f.endsWith('.cjs'))).toEqual([])
    expect(JSON.parse(readFileSync(join(dirname(CLI), 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' })
    const launcher = readFileSync(CLI, 'utf8')
    expect(launcher).toContain("require('../out/cli/cli.cjs')")
    expect(launcher).not.toMatch(/^\s*(import|export)\b/m)
  })

  it('answers through the running app without the AWS SDK clients, conf or zod', () => {
    requireBuild()
    expect(heavy(reachable(BUILT_CLI, () => false).packages)).toEqual([])
  })

  it('starts `list` without the AWS SDK clients, conf or zod', () => {
    requireBuild()
    // Follow only the dynamic require of the list command (app-store, for app roles, is loaded only when there are some).
    expect(heavy(reachable(BUILT_CLI, (specifier) => /[\\/]list-[\w-]+\.cjs$/.test(specifier)).packages)).toEqual([])
  })

  it('has a launcher that says how to build when the build is missing', async () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    // The launcher as it is, in a checkout that was never built.
    const checkout = mkdtempSync(join(tmpdir(), 'rolecall-unbuilt-'))
    const bin = join(checkout, 'bin')
    mkdirSync(bin)
    for (const name of ['rolecall.js', 'package.json']) copyFileSync(join(dirname(CLI), name), join(bin, name))
    const result = await run(process.execPath, [join(bin, 'rolecall.js'), 'list'], {})
    rmSync(checkout, { recursive: true })
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'rolecall: the command line is not built yet; run "npm run build" first.\n' })
  })
})
