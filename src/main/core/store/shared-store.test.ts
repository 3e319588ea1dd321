// The settings file shared by the app and the CLI: 0600 in a 0700 folder, and saves from several
// processes at once lose nothing (each takes the lock; the "recent" map is merged with the file's).
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { settingsConf } from '../../../../test/support/settings-conf'
import { AppStore } from './app-store'
import { openStore } from './open-store'

const WRITER = fileURLToPath(new URL('../../../../test/support/settings-writer.ts', import.meta.url))

function writer(dir: string, prefix: string, count: number, go: string): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, prefix, String(count), go], { stdio: ['ignore', 'ignore', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', resolve)
  })
}

const mode = (path: string) => statSync(path).mode & 0o777

describe.skipIf(process.platform === 'win32')('the shared settings file', () => {
  it('is created 0600 in a folder created 0700', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rolecall-store-')), 'Rolecall')
    const store = new AppStore(openStore(join(dir, 'settings.json'), () => settingsConf(dir)).store)
    store.updateSettings({ clipboardClearSeconds: 20 })
    expect(mode(join(dir, 'settings.json'))).toBe(0o600)
    expect(mode(dir)).toBe(0o700)
  })

  it('tightens a 0644 file in a 0755 folder when opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    chmodSync(dir, 0o755)
    writeFileSync(join(dir, 'settings.json'), '{}', { mode: 0o644 })
    chmodSync(join(dir, 'settings.json'), 0o644)
    openStore(join(dir, 'settings.json'), () => settingsConf(dir))
    expect(mode(join(dir, 'settings.json'))).toBe(0o600)
    expect(mode(dir)).toBe(0o700)
  })

  it('loses no save when the app and three CLI processes save at once, many times', async () => {
    const base = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    const dir = join(base, 'data')
    mkdirSync(dir)
    const go = join(base, 'go')
    const clis = ['cli1', 'cli2', 'cli3']
    const writers = clis.map((prefix) => writer(dir, prefix, 12, go))
    const app = new AppStore(openStore(join(dir, 'settings.json'), () => settingsConf(dir)).store)
    app.extras()
    // Once every writer has opened the file and read "recent", they all start, and the app with them.
    while (!clis.every((prefix) => existsSync(`${go}.${prefix}.ready`))) await new Promise((resolve) => setTimeout(resolve, 20))
    writeFileSync(go, '')
    for (let i = 0; i < 12; i++) {
      app.markUsed(`app-${i}`, Date.now())
      app.updateAccount(String(100000000000 + i), { alias: `account ${i}` })
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5))
      app.flush()
    }
    app.updateSettings({ clipboardClearSeconds: 20 })
    expect(await Promise.all(writers)).toEqual([0, 0, 0])

    const saved = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as {
      recent: Record<string, number>
      accounts: Record<string, unknown>
      settings: { clipboardClearSeconds: number }
    }
    const used = ['app', ...clis].flatMap((prefix) => Array.from({ length: 12 }, (_, i) => `${prefix}-${i}`))
    expect(Object.keys(saved.recent).sort()).toEqual(used.sort())
    expect(Object.keys(saved.accounts)).toHaveLength(12)
    expect(saved.settings.clipboardClearSeconds).toBe(20)
    expect(mode(join(dir, 'settings.json'))).toBe(0o600)
    expect(mode(dir)).toBe(0o700)
  }, 60_000)
})
