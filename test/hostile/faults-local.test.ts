// Faults on the user's own machine: a damaged settings store, a read-only folder under the settings, a full or
// read-only disk under the credentials file, a clipboard that cannot be written. Each ends in a visible error, and
// what the user had (the old file, saved roles, the session) is still there afterwards.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppStore, DEFAULT_SETTINGS } from '../../src/main/core/store/app-store'
import { writeProfile } from '../../src/main/core/credentials-out/credentials-file'
import { dispatch } from '../../src/main/core/ipc/ipc-router'
import { openStore, recoveryMessage } from '../../src/main/core/store/open-store'
import type { WriteFile } from '../../src/main/core/files/shared-file'
import { startCliWorld } from '../cli/fixture'
import { runCli } from '../cli/run-cli'
import { ManualClock } from '../support/manual-clock'
import { settingsConf } from '../support/settings-conf'
import { ROLES } from '../support/world'
import { assume, faultWorlds, session } from './support/fault-world'
import { makeReadOnly } from './support/read-only'
import { hostileTally } from './support/tally'

// The same area as the other fault files: the summary adds them up into one row.
const tally = hostileTally('Faults')
const { start, adopt } = faultWorlds()

describe('a damaged settings store', () => {
  const ROLE = { id: 'r1', displayName: 'Prod admin', roleArn: ROLES.admin }
  const SETTINGS = { clipboardClearSeconds: 20 }

  function storeDir(): { dir: string; path: string } {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-store-'))
    return { dir, path: join(dir, 'settings.json') }
  }
  const conf = (dir: string) => () => settingsConf(dir)

  it.each([
    ['a truncated file', JSON.stringify({ roles: [ROLE], settings: SETTINGS }).slice(0, -9), 0],
    ['roles that are a string', JSON.stringify({ roles: 'Prod admin', settings: SETTINGS }), 0],
    ['settings of the wrong types', JSON.stringify({ roles: [ROLE], settings: { clipboardClearSeconds: 'ten', warnBeforeSeconds: 5 } }), 1],
    ['favourites of the wrong shape', JSON.stringify({ roles: [ROLE], favourites: { r1: true } }), 1],
    ['last-used times that are not numbers', JSON.stringify({ roles: [ROLE], recent: { r1: 'yesterday' } }), 1],
    ['a list where the settings object belongs', JSON.stringify([{ roles: [ROLE] }]), 0],
    ['a bare string', JSON.stringify('settings'), 0]
  ])('%s is backed up, Rolecall starts from defaults, says so, and recovers the roles', (_label, text, roles) => {
    const { dir, path } = storeDir()
    writeFileSync(path, text)
    tally.fault()
    const opened = openStore(path, conf(dir))
    expect(opened.recovery).toMatchObject({ recoveredRoles: roles, reason: expect.any(String) })
    // Nothing is lost: the bad file is kept byte for byte.
    expect(tally.kept(readFileSync(opened.recovery!.backupPath!, 'utf8') === text)).toBe(true)
    const store = new AppStore(opened.store)
    expect(store.settings()).toEqual(DEFAULT_SETTINGS)
    expect(tally.kept(store.roles().length === roles)).toBe(true)
    // The fresh file takes writes and opens cleanly next time.
    store.updateSettings({ clipboardClearSeconds: 30 })
    expect(openStore(path, conf(dir)).recovery).toBeUndefined()
  })

  it('an unreadable file is moved aside, and Rolecall starts from defaults', () => {
    const { dir, path } = storeDir()
    // Root reads any file whatever its mode, so as root a folder in the file's place stands in for one.
    if (process.getuid?.() === 0) mkdirSync(path)
    else writeFileSync(path, JSON.stringify({ roles: [ROLE] }), { mode: 0o000 })
    tally.fault()
    const opened = openStore(path, conf(dir))
    expect(opened.recovery).toMatchObject({ recoveredRoles: 0, reason: expect.stringMatching(/EISDIR|EACCES/) })
    const store = new AppStore(opened.store)
    expect(store.settings()).toEqual(DEFAULT_SETTINGS)
    store.saveRole(ROLE)
    expect(new AppStore(openStore(path, conf(dir)).store).roles()).toEqual([ROLE])
  })

  it('the CLI says so on stderr and still works', async () => {
    const cli = await startCliWorld()
    adopt(cli.world)
    const text = JSON.stringify({ roles: [ROLE], settings: { defaultRegion: 42 } })
    writeFileSync(join(cli.env.ROLECALL_DATA_DIR!, 'settings.json'), text)
    tally.fault()
    tally.input()
    const result = await runCli(['whoami'], cli.env)
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^rolecall: Rolecall's settings file was unreadable \(.*settings.*\)\. It was kept as .*settings\.json\.corrupt-/m)
    const listed = await runCli(['list'], cli.env)
    expect(tally.kept(/^Prod admin\s/m.test(listed.stdout))).toBe(true)
  })
})

describe('a read-only folder under the settings', () => {
  const ROLE = { id: 'r1', displayName: 'Prod admin', roleArn: ROLES.admin }

  /** A settings folder holding `text`, made read-only; skips the test where that cannot be done. */
  function readOnlyStore(ctx: { skip(note: string): never }, text: string): { dir: string; path: string; undo(): void } {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-ro-store-'))
    const path = join(dir, 'settings.json')
    writeFileSync(path, text)
    const readOnly = makeReadOnly(dir)
    if ('unavailable' in readOnly) return ctx.skip(readOnly.unavailable)
    return { dir, path, undo: () => readOnly.undo() }
  }
  const conf = (dir: string) => () => settingsConf(dir)

  it('Rolecall starts, keeps changes for the run, says they cannot be saved, and saves them once it can', async (ctx) => {
    const text = JSON.stringify({ roles: [ROLE] })
    const folder = readOnlyStore(ctx, text)
    let undone = false
    try {
      const opened = openStore(folder.path, conf(folder.dir))
      expect(opened.recovery).toBeUndefined()
      const clock = new ManualClock(Date.now())
      const w = await start({ clock, coreDeps: { store: opened.store } })
      tally.fault()
      const saved = (await dispatch(w.core.handlers, 'roles:save', { displayName: 'Audit', roleArn: ROLES.readOnly })) as { ok: boolean; value: { id: string } }
      expect(saved.ok).toBe(true)
      expect(w.core.state().notices).toContainEqual(
        expect.objectContaining({ id: 'store-unsaved', level: 'error', message: expect.stringMatching(/could not save its settings to .*settings\.json: it is not writable\. Your changes are kept until Rolecall quits/) })
      )
      // The role works for this run; switching records a last-used time, whose deferred write fails quietly.
      await assume(w, saved.value.id)
      await clock.advance(5_000)
      expect(w.core.state().roles.find((r) => r.id === saved.value.id)?.lastUsedAt).toBeDefined()
      expect(tally.kept(readFileSync(folder.path, 'utf8') === text)).toBe(true)
      folder.undo()
      undone = true
      // Writable again: the next change saves the earlier one with it, and the notice goes.
      await dispatch(w.core.handlers, 'settings:update', { clipboardClearSeconds: 30 })
      expect(w.core.state().notices.map((n) => n.id)).not.toContain('store-unsaved')
      const reopened = new AppStore(openStore(folder.path, conf(folder.dir)).store)
      expect(tally.kept(reopened.roles().map((r) => r.displayName).sort().join() === 'Audit,Prod admin')).toBe(true)
      expect(reopened.settings().clipboardClearSeconds).toBe(30)
    } finally {
      if (!undone) folder.undo()
    }
  })

  it('a damaged file there is left as it was, and this run starts from defaults with the roles recovered', (ctx) => {
    const text = JSON.stringify({ roles: [ROLE], settings: { clipboardClearSeconds: 'ten' } })
    const folder = readOnlyStore(ctx, text)
    try {
      tally.fault()
      const opened = openStore(folder.path, conf(folder.dir))
      expect(opened.recovery).toMatchObject({ recoveredRoles: 1, notMoved: 'it is not writable' })
      expect(recoveryMessage(opened.recovery!)).toMatch(/could not be moved aside \(it is not writable\), so it was left as it was\. .*recovered 1 role\(s\); changes last until Rolecall quits/)
      const store = new AppStore(opened.store)
      expect(store.settings()).toEqual(DEFAULT_SETTINGS)
      expect(tally.kept(store.roles().length === 1)).toBe(true)
      store.saveRole({ id: 'r2', displayName: 'Audit', roleArn: ROLES.readOnly })
      expect(store.roles()).toHaveLength(2)
      expect(tally.kept(readFileSync(folder.path, 'utf8') === text)).toBe(true)
    } finally {
      folder.undo()
    }
  })

  it('the command line works with a read-only data folder', async (ctx) => {
    const cli = await startCliWorld()
    adopt(cli.world)
    const dir = cli.env.ROLECALL_DATA_DIR!
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ roles: [ROLE] }))
    const readOnly = makeReadOnly(dir)
    if ('unavailable' in readOnly) return ctx.skip(readOnly.unavailable)
    try {
      tally.fault()
      const listed = await runCli(['list'], cli.env)
      expect(listed.code).toBe(0)
      expect(listed.stderr).not.toMatch(/settings|EROFS|not writable|cache/i)
      expect(tally.kept(/^Prod admin\s/m.test(listed.stdout))).toBe(true)
      const exported = await runCli(['export', 'Prod admin'], { ...cli.env, ROLECALL_STANDALONE: '1' })
      expect(exported.code, exported.stderr).toBe(0)
      expect(exported.stdout).toMatch(/AWS_SESSION_TOKEN=/)
    } finally {
      readOnly.undo()
    }
  })
})

describe('a full or read-only disk under the credentials file', () => {
  const ORIGINAL = '# mine\n[default]\naws_access_key_id = AKIAUSER\naws_secret_access_key = usersecret\n'
  const entry = { profile: 'rolecall-admin', roleName: 'Admin', credentials: { accessKeyId: 'ASIA1', secretAccessKey: 's', sessionToken: 't', expiresAt: Date.now() + 3600_000 } }

  it.each([
    ['ENOSPC', /the disk is full/],
    ['EROFS', /it is not writable/]
  ])('%s half-way through a write: a clear error, the previous file intact', async (code, message) => {
    const path = join(mkdtempSync(join(tmpdir(), 'rolecall-creds-')), 'credentials')
    writeFileSync(path, ORIGINAL)
    // Fails as a full disk fails: part of the new text reaches a temporary file, then the write stops.
    const halfWay: WriteFile = async (target, text) => {
      writeFileSync(`${target}.rolecall-partial`, text.slice(0, text.length / 2))
      throw Object.assign(new Error(`${code}: simulated`), { code })
    }
    tally.fault()
    await expect(writeProfile(path, entry, halfWay)).rejects.toMatchObject({ name: 'SharedFileFailed', message: expect.stringMatching(message) })
    expect(tally.kept(readFileSync(path, 'utf8') === ORIGINAL)).toBe(true)
    // The lock was let go: once the disk has room again, the write goes through.
    await writeProfile(path, entry)
    expect(readFileSync(path, 'utf8')).toMatch(/^# mine\n[\s\S]*\[rolecall-admin\]/)
  })

  it('a real read-only folder: reported on screen, the file and the session left as they were', async (ctx) => {
    const w = await start()
    await assume(w, 'profile:admin')
    const original = readFileSync(w.home.credentialsFile, 'utf8')
    const readOnly = makeReadOnly(w.home.dir)
    if ('unavailable' in readOnly) return ctx.skip(readOnly.unavailable)
    tally.fault()
    try {
      const result = await dispatch(w.core.handlers, 'roles:credentials-file', { roleId: 'profile:admin', profile: 'rolecall-admin' })
      expect(result).toEqual({ ok: true, value: null })
      expect(w.core.state().notices).toContainEqual(expect.objectContaining({ id: 'credentials-file', level: 'error', message: expect.stringMatching(/not writable.*left as it was/) }))
      expect(tally.kept(readFileSync(w.home.credentialsFile, 'utf8') === original)).toBe(true)
      expect(session(w, 'profile:admin')?.status).toBe('live')
    } finally {
      readOnly.undo()
    }
  })
})

describe('a clipboard that cannot be written', () => {
  it('gives a typed error, and nothing else breaks', async () => {
    const w = await start()
    await assume(w, 'profile:admin')
    w.clipboard.broken = true
    tally.fault()
    expect(await dispatch(w.core.handlers, 'sessions:copy-export', { roleId: 'profile:admin', format: 'bash' })).toMatchObject({
      ok: false,
      error: { code: 'ClipboardUnavailable', title: 'Clipboard unavailable' }
    })
    expect(await dispatch(w.core.handlers, 'sessions:refresh', { roleId: 'profile:admin' })).toMatchObject({ ok: true })
    expect(await dispatch(w.core.handlers, 'sessions:open-console', { roleId: 'profile:admin' })).toEqual({ ok: true, value: null })
    w.clipboard.broken = false
    expect(await dispatch(w.core.handlers, 'sessions:copy-export', { roleId: 'profile:admin', format: 'fish' })).toMatchObject({ ok: true })
    // It breaks again with our export on it: a refresh (which swaps the export) and quitting (which clears it) carry on.
    w.clipboard.broken = true
    tally.fault()
    expect(await dispatch(w.core.handlers, 'sessions:refresh', { roleId: 'profile:admin' })).toMatchObject({ ok: true })
    await expect(w.core.dispose()).resolves.toBeUndefined()
  })
})
