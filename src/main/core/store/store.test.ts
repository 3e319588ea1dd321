// The settings store on disk: roles and settings kept across reopen, the file's schema enforced by the
// store library itself, and a damaged file backed up with its roles recovered.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { settingsConf } from '../../../../test/support/settings-conf'
import { AppStore, DEFAULT_SETTINGS } from './app-store'
import { openStore } from './open-store'

// conf is the library electron-store extends; it writes the same JSON file the app uses.
function confAt(dir: string) {
  return () => settingsConf(dir)
}

const role = { id: 'r1', displayName: 'Prod admin', roleArn: 'arn:aws:iam::123456789012:role/Admin' }

describe('AppStore', () => {
  it('persists roles and settings across reopen, with defaults filled in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    const first = new AppStore(confAt(dir)())
    expect(first.settings()).toEqual(DEFAULT_SETTINGS)
    first.saveRole(role)
    first.saveRole({ ...role, id: 'r2', displayName: 'Dev' })
    first.saveRole({ ...role, displayName: 'Prod admin (renamed)' })
    first.updateSettings({ clipboardClearSeconds: 20 })
    const second = new AppStore(confAt(dir)())
    expect(second.roles().map((r) => r.displayName)).toEqual(['Prod admin (renamed)', 'Dev'])
    expect(second.settings().clipboardClearSeconds).toBe(20)
    expect(second.removeRole('r1')).toBe(true)
    expect(second.removeRole('r1')).toBe(false)
    expect(new AppStore(confAt(dir)()).roles().map((r) => r.id)).toEqual(['r2'])
  })

  it('reads a role saved before names refused control characters, with spaces for them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ roles: [{ ...role, displayName: 'Prod\ncredential_process = x\u202e' }] }))
    expect(new AppStore(settingsConf(dir)).roles()).toEqual([{ ...role, displayName: 'Prod credential_process = x' }])
  })

  it('is refused by the store library itself when the file breaks the schema, and takes only writes that fit it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    const store = settingsConf(dir)
    expect(() => store.set('settings', { clipboardClearSeconds: 'ten' })).toThrow(/Config schema violation: `settings\/clipboardClearSeconds` must be integer/)
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ favourites: 'r1' }))
    expect(() => settingsConf(dir)).toThrow(/Config schema violation: `favourites` must be array/)
  })

  it('opens a file written by another version, with keys this one does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    const path = join(dir, 'settings.json')
    const text = JSON.stringify({
      settings: { clipboardClearSeconds: 20, someFutureSetting: true },
      accounts: { '123456789012': { alias: 'prod', someFutureField: 1 } },
      favourites: ['r1'],
      someFutureKey: {}
    })
    writeFileSync(path, text)
    const opened = openStore(path, confAt(dir))
    expect(opened.recovery).toBeUndefined()
    expect(new AppStore(opened.store).settings().clipboardClearSeconds).toBe(20)
    expect(readFileSync(path, 'utf8')).toBe(text)
  })

  it('skips invalid hand-edited entries without deleting them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ roles: [role, { id: 'bad', roleArn: 'nope' }] }))
    const store = new AppStore(confAt(dir)())
    expect(store.roles().map((r) => r.id)).toEqual(['r1'])
    store.saveRole({ ...role, id: 'r3' })
    const raw = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as { roles: unknown[] }
    expect(raw.roles).toHaveLength(3)
  })
})

describe('openStore', () => {
  it('keeps a corrupted file as a backup, starts fresh and recovers what roles it can', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    const path = join(dir, 'settings.json')
    writeFileSync(path, '{"roles": [' + JSON.stringify(role) + '], "settings": {"clipboardClearSeconds": 10}')
    const truncated = openStore(path, confAt(dir), () => Date.parse('2026-01-01T00:00:00Z'))
    expect(truncated.recovery).toMatchObject({ recoveredRoles: 0 })
    expect(readdirSync(dir).some((f) => f.startsWith('settings.json.corrupt-2026-01-01T00-00-00'))).toBe(true)
    expect(new AppStore(truncated.store).settings()).toEqual(DEFAULT_SETTINGS)
  })

  it('recovers app-defined roles from a file that parses but does not fit the store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    const path = join(dir, 'settings.json')
    writeFileSync(path, JSON.stringify({ roles: [role], settings: { clipboardClearSeconds: 10 } }))
    let calls = 0
    const failingOnce = () => {
      calls += 1
      if (calls === 1) throw new Error('schema violation')
      return confAt(dir)()
    }
    const opened = openStore(path, failingOnce)
    expect(opened.recovery).toMatchObject({ recoveredRoles: 1, reason: 'schema violation' })
    expect(new AppStore(opened.store).roles()).toEqual([role])
  })
})

describe('AppStore last-used times', () => {
  it('holds them back for one deferred write, and shows them meanwhile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    const deferred: (() => void)[] = []
    const store = new AppStore(confAt(dir)(), (write) => deferred.push(write))
    store.markUsed('a', 1)
    store.markUsed('b', 2)
    expect(deferred).toHaveLength(1)
    expect(store.extras().recent).toEqual({ a: 1, b: 2 })
    expect(new AppStore(confAt(dir)()).extras().recent).toEqual({})
    deferred[0]!()
    expect(new AppStore(confAt(dir)()).extras().recent).toEqual({ a: 1, b: 2 })
  })
})
