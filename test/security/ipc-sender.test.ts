// Electron security checklist, "validate the sender of all IPC messages": registerIpc on a fake
// ipcMain, in front of the real core, dispatches only what our window's main frame at our page sends.
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { channels } from '../../src/shared/channels'
import { forwardState, registerIpc } from '../../src/main/electron/ipc'
import { startWorld, type World } from '../support/world'
import { FakeIpcMain, FakeWebContents } from './electron-fakes'

const RENDERER = pathToFileURL('/opt/Rolecall/resources/app.asar/out/renderer/index.html').toString()

let world: World | undefined
afterEach(async () => {
  await world?.close()
  world = undefined
})

async function wired(rendererUrl = RENDERER) {
  world = await startWorld()
  const ipc = new FakeIpcMain()
  const ours = new FakeWebContents()
  registerIpc(ipc.asElectron(), world.core, rendererUrl, () => ours.asElectron())
  return { ipc, ours, core: world.core }
}

const refused = { ok: false, error: { code: 'UntrustedSender', title: 'Request refused', detail: 'Only the Rolecall window may make requests.' } }

describe('registerIpc', () => {
  it('registers exactly the contract channels, and nothing that could be invoked besides', async () => {
    const { ipc } = await wired()
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.keys(channels).sort())
    await expect(ipc.invoke('shell:open', 'https://example.com', new FakeWebContents(), null)).rejects.toThrow(/No handler/)
  })

  it("dispatches a request from our window's main frame at our page", async () => {
    const { ipc, ours } = await wired()
    expect(await ipc.invoke('app:get-state', undefined, ours, { url: RENDERER, parent: null })).toMatchObject({ ok: true, value: { roles: [] } })
  })

  it('still validates what a trusted sender sends', async () => {
    const { ipc, ours } = await wired()
    expect(await ipc.invoke('roles:assume', { roleId: 42 }, ours, { url: RENDERER, parent: null })).toMatchObject({
      ok: false,
      error: { code: 'InvalidRequest', field: 'roleId' }
    })
  })

  it.each([
    ['an iframe in our window', { url: RENDERER, parent: {} }],
    ['our window navigated elsewhere', { url: 'https://attacker.example/index.html', parent: null }],
    ['another page of the same file system', { url: pathToFileURL('/tmp/evil/index.html').toString(), parent: null }],
    ['a frame that is already gone', null]
  ])('refuses %s, and the core is never reached', async (_label, frame) => {
    const { ipc, ours, core } = await wired()
    const before = JSON.stringify(core.state().settings)
    expect(await ipc.invoke('settings:update', { clipboardClearSeconds: 60 }, ours, frame)).toEqual(refused)
    expect(JSON.stringify(core.state().settings)).toBe(before)
  })

  it('refuses another webContents, even at our page', async () => {
    const { ipc } = await wired()
    expect(await ipc.invoke('app:get-state', undefined, new FakeWebContents(), { url: RENDERER, parent: null })).toEqual(refused)
  })

  it('trusts only the origin of the development server', async () => {
    const { ipc, ours } = await wired('http://localhost:5173/')
    expect(await ipc.invoke('app:get-state', undefined, ours, { url: 'http://localhost:5173/#/settings', parent: null })).toMatchObject({ ok: true })
    expect(await ipc.invoke('app:get-state', undefined, ours, { url: 'http://localhost:5174/', parent: null })).toEqual(refused)
  })
})

describe('forwardState', () => {
  it('sends state to our window only while it exists', async () => {
    const { ours, core } = await wired()
    forwardState(core, () => ours.asElectron())
    core.addNotice({ id: 'a', level: 'info', message: 'one' })
    ours.destroyed = true
    core.addNotice({ id: 'b', level: 'info', message: 'two' })
    expect(ours.sent.map((s) => s.channel)).toEqual(['app:state'])
  })
})
