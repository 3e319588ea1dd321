// Electron security checklist items that are properties of the source rather than of running code:
// every window gets the hardened webPreferences, nothing switches a protection off, the renderer is
// only ever our own built page, Electron's shell is reachable only through the allow-listed opener,
// no finding of electronegativity is silenced inline, Electron itself stays out of the core, the shared
// contract and the renderer, and the preload hands the page nothing but the contract's functions.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBridge } from '../../src/shared/bridge'
import { channels, events } from '../../src/shared/channels'

const ROOT = join(import.meta.dirname, '../..')

/** Every shipped TypeScript source under src/ (tests are not shipped), as [path relative to the repo, code without comment lines]. */
function sources(under = 'src'): [string, string][] {
  return readdirSync(join(ROOT, under), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name)
      return [relative(ROOT, path).split('\\').join('/'), withoutComments(readFileSync(path, 'utf8'))]
    })
}

/** Comments may name what the code must not do; only code counts. */
function withoutComments(text: string): string {
  return text.replace(/^\s*(\/\/|\/\*|\*).*$/gm, '')
}

/** Each match of `pattern` in the sources, as "file: matched text". */
function occurrences(pattern: RegExp, under = 'src'): string[] {
  return sources(under).flatMap(([file, text]) => [...text.matchAll(pattern)].map((m) => `${file}: ${m[0]}`))
}

/** The text between the parentheses that open at `open` (the index of '('). */
function argumentsAt(text: string, open: number): string {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i)
  }
  throw new Error('unbalanced parentheses')
}

describe('webPreferences', () => {
  it('every window or view created in main gets secureWebPreferences()', () => {
    const created = sources('src/main').flatMap(([file, text]) =>
      [...text.matchAll(/new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(/g)].map((m) => ({
        at: `${file}: ${m[0]}`,
        options: argumentsAt(text, m.index + m[0].length - 1)
      }))
    )
    expect(created.length).toBeGreaterThan(0)
    for (const { at, options } of created) expect(options, at).toMatch(/\bwebPreferences:\s*secureWebPreferences\(/)
  })

  it('no other webPreferences are written anywhere', () => {
    const all = occurrences(/\bwebPreferences\b.{0,30}/g)
    expect(all.filter((o) => !/webPreferences:\s*secureWebPreferences\(/.test(o))).toEqual([])
  })

  it('no source switches an Electron protection off or turns a risky feature on', () => {
    const risky =
      /\b(nodeIntegration\w*|allowRunningInsecureContent|webviewTag|experimentalFeatures|enableRemoteModule)\s*:\s*true\b|\b(contextIsolation|sandbox|webSecurity)\s*:\s*false\b|\benableBlinkFeatures\b|\bappendSwitch\s*\(|\bdisable-web-security\b|\bno-sandbox\b|\ballowpopups\b/g
    expect(occurrences(risky)).toEqual([])
  })
})

const index = withoutComments(readFileSync(join(ROOT, 'src/main/index.ts'), 'utf8'))

describe('no remote content', () => {
  it('the only page main loads is the renderer URL', () => {
    expect(occurrences(/\.(loadURL|loadFile)\s*\([^)]*\)/g, 'src/main')).toEqual(['src/main/index.ts: .loadURL(rendererUrl)'])
  })

  it("the renderer URL is the built page, or electron-vite's dev server only in a development build", () => {
    expect(index).toMatch(/const devServerUrl = import\.meta\.env\.DEV \? process\.env\.ELECTRON_RENDERER_URL : undefined\n/)
    expect(index).toMatch(/const rendererUrl = devServerUrl \?\? pathToFileURL\(here\('\.\.\/renderer\/index\.html'\)\)\.toString\(\)\n/)
    expect(occurrences(/ELECTRON_RENDERER_URL/g)).toEqual(['src/main/index.ts: ELECTRON_RENDERER_URL'])
  })

  // npm test builds before the unit tests, so the shipped main is checked too.
  it.skipIf(!existsSync(join(ROOT, 'out/main/index.js')))('the built main has no way to load a page named by the environment', () => {
    const built = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8')
    expect(built).not.toContain('ELECTRON_RENDERER_URL')
    expect(built).toMatch(/pathToFileURL\(here\("\.\.\/renderer\/index\.html"\)\)/)
  })

  it.skipIf(!existsSync(join(ROOT, 'out/renderer/index.html')))('the built page refers only to files beside it', () => {
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8')
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(0)
    expect(refs.filter((ref) => !ref?.startsWith('./'))).toEqual([])
  })
})

describe('openExternal', () => {
  it("only the allow-listed opener calls Electron's shell.openExternal", () => {
    expect(occurrences(/\bshell\s*\.\s*openExternal\b/g)).toEqual(['src/main/electron/clipboard-and-opener.ts: shell.openExternal'])
  })

  it('main imports shell once and hands it only to that opener', () => {
    const importers = sources().filter(([, text]) => /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'/.test(text))
    expect(importers.map(([file]) => file)).toEqual(['src/main/index.ts'])
    const code = index.replace(/^import[^\n]*\n/gm, '')
    const uses = code.match(/\bshell\b/g)?.length ?? 0
    expect(uses).toBeGreaterThan(0)
    expect(code.match(/\belectronOpener\(shell\b/g)?.length).toBe(uses)
  })
})

describe('electronegativity', () => {
  it('is silenced nowhere in the code: every exception is in electronegativity-exceptions.json, with its reason', () => {
    const inline = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /eng-disable/.test(readFileSync(join(entry.parentPath, entry.name), 'utf8')))
      .map((entry) => entry.name)
    expect(inline).toEqual([])
  })
})

describe('Electron stays at the edge', () => {
  it.each(['src/main/core', 'src/shared', 'src/renderer'])('nothing in %s imports electron', (dir) => {
    expect(occurrences(/from\s+'electron'/g, dir)).toEqual([])
  })

  it('the preload exposes one object, built from the contract, and no Electron API', () => {
    const preload = readFileSync(join(ROOT, 'src/preload/index.ts'), 'utf8')
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(preload).toMatch(/exposeInMainWorld\(\s*'rolecall',\s*createBridge\(/)
  })

  it("that object is frozen and holds only the contract's functions, each bound to its own channel", async () => {
    const invoked: unknown[] = []
    const bridge = createBridge({
      invoke: async (channel, request) => invoked.push([channel, request]),
      on: () => () => undefined
    }) as unknown as Record<string, (request?: unknown) => Promise<unknown>>
    expect(Object.isFrozen(bridge)).toBe(true)
    expect(Object.keys(bridge).sort()).toEqual([...Object.values(channels), ...Object.values(events)].sort())
    for (const [channel, method] of Object.entries(channels)) await bridge[method]?.({ probe: channel })
    expect(invoked).toEqual(Object.keys(channels).map((channel) => [channel, { probe: channel }]))
  })
})
