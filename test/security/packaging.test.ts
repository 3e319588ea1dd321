// Electron security checklist, "check which fuses you can change": the release package turns off every
// way to run other code inside Rolecall (RunAsNode, NODE_OPTIONS, --inspect) and loads only a checked
// app.asar; the e2e package differs only in --inspect, which Playwright's _electron needs. Beyond the
// configuration, electron-builder really packages each variant here, around a stand-in for the Electron
// binary (only its fuse wire, which is all the packaging touches), and the resulting wire and asar are read.
import { listPackage } from '@electron/asar'
import { mkdtempSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { electronFuses, packagingConfig } from '../../electron-builder.config'
import e2eConfig from '../../electron-builder.e2e.config'
import { fuseMismatches } from '../../scripts/fuse-check'

const ROOT = join(import.meta.dirname, '../..')

describe('fuses', () => {
  it('release: no Node entry points, only a checked app.asar, encrypted cookies', () => {
    expect(electronFuses('release')).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: true,
      resetAdHocDarwinSignature: true
    })
  })

  it('e2e: the same, but --inspect stays for Playwright', () => {
    expect(electronFuses('e2e')).toEqual({ ...electronFuses('release'), enableNodeCliInspectArguments: true })
  })

  it('each configuration carries its fuses and packages apart from the other', () => {
    expect(packagingConfig('release').electronFuses).toEqual(electronFuses('release'))
    expect(e2eConfig.electronFuses).toEqual(electronFuses('e2e'))
    expect(e2eConfig.directories?.output).not.toBe(packagingConfig('release').directories?.output)
  })
})

// The fuse sentinel and Electron's default wire (version 1, eight fuses): RunAsNode on, cookie
// encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, asar-only off, V8 snapshot off,
// file:// privileges on.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const DEFAULT_WIRE = [1, 8, ...'10110001'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0)))

describe.skipIf(!existsSync(join(ROOT, 'out/main/index.js')))('a packaged build (electron-builder, Linux dir target)', () => {
  const work = mkdtempSync(join(tmpdir(), 'rolecall-package-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  const electronDist = join(work, 'electron')
  mkdirSync(electronDist)
  writeFileSync(join(electronDist, 'electron'), Buffer.concat([Buffer.from('stand-in for Electron 45\n'), Buffer.from(SENTINEL), Buffer.from(DEFAULT_WIRE)]), { mode: 0o755 })

  // Each variant is packaged once, for all the checks on it.
  const builds = new Map<string, Promise<string>>()
  const packaged = (variant: 'release' | 'e2e'): Promise<string> => {
    if (!builds.has(variant)) builds.set(variant, pack(variant))
    return builds.get(variant)!
  }

  async function pack(variant: 'release' | 'e2e'): Promise<string> {
    const { Arch, Platform, build } = await import('electron-builder')
    const output = join(work, variant)
    const config = packagingConfig(variant)
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: { ...config, electronDist, directories: { ...config.directories, output } }
    })
    return join(output, 'linux-unpacked')
  }

  it.each(['release', 'e2e'] as const)('%s: the binary has exactly the configured fuses', async (variant) => {
    const app = await packaged(variant)
    expect(await fuseMismatches(join(app, 'rolecall'), variant)).toEqual([])
  }, 120_000)

  it('app.asar holds the built app and nothing else of the repository', async () => {
    const app = await packaged('release')
    const entries = listPackage(join(app, 'resources', 'app.asar'), { isPack: false }).map((entry) => entry.split('\\').join('/'))
    for (const needed of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/resources/tray/idle.png', '/package.json']) {
      expect(entries).toContain(needed)
    }
    const ours = entries.filter((entry) => !entry.startsWith('/node_modules'))
    expect(ours.filter((entry) => !/^\/(out|resources)(\/|$)|^\/package\.json$/.test(entry))).toEqual([])
    expect(ours).not.toContain('/resources/make-icons.py')
  }, 120_000)
})
