// The broker over a real Unix socket: the token, stale sockets from a crash, an app restart, two
// clients at once, and many requests served from one live session.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ROLES, startWorld, type World } from '../../../../test/support/world'
import { dispatch } from '../ipc-router'
import { askBroker } from './client'
import { brokerAddressFile, brokerDir, socketPath } from './protocol'
import { listenAddress, startBroker, type Broker } from './server'

let world: World
let broker: Broker | undefined
let dataDir: string
afterEach(async () => {
  await broker?.close()
  broker = undefined
  await world?.close()
})

async function setup() {
  world = await startWorld()
  dataDir = mkdtempSync(join(tmpdir(), 'rolecall-broker-'))
  await dispatch(world.core.handlers, 'roles:save', { displayName: 'Admin', roleArn: ROLES.admin })
  broker = await startBroker({ core: world.core, dataDir, showWindow: () => undefined })
}

const assumes = () => world.sts.calls.filter((c) => c.action === 'AssumeRole' && c.status === 200).length

describe('where the broker listens', () => {
  it('on Windows, a named pipe whose name no one can guess, new at each start', () => {
    const first = listenAddress('C:\\Users\\alice\\AppData\\Roaming\\Rolecall', 'win32')
    expect(first).toMatch(/^\\\\\.\\pipe\\rolecall-[0-9a-f]{32}$/)
    expect(listenAddress('C:\\Users\\alice\\AppData\\Roaming\\Rolecall', 'win32')).not.toBe(first)
  })

  it('elsewhere, the socket file in the user-only folder', () => {
    expect(listenAddress('/home/alice/.config/Rolecall', 'linux')).toBe(socketPath('/home/alice/.config/Rolecall'))
  })
})

describe.skipIf(process.platform === 'win32')('broker', () => {
  it('keeps its files private to the user', async () => {
    await setup()
    expect(statSync(brokerDir(dataDir)).mode & 0o777).toBe(0o700)
    expect(statSync(brokerAddressFile(dataDir)).mode & 0o777).toBe(0o600)
    expect(statSync(socketPath(dataDir)).mode & 0o777).toBe(0o600)
  })

  it('serves 200 requests from one live session, assuming the role only once', async () => {
    await setup()
    for (let i = 0; i < 200; i++) {
      const answer = await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000)
      expect(answer).toMatchObject({ ok: true, value: { credentials: { roleName: 'Admin', region: 'us-east-1' } } })
    }
    expect(assumes()).toBe(1)
  })

  it('serves two clients at once', async () => {
    await setup()
    const [a, b] = await Promise.all([
      askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000),
      askBroker(dataDir, { op: 'console', role: 'Admin' }, 5000)
    ])
    expect(a).toMatchObject({ ok: true })
    expect(b).toMatchObject({ ok: true, value: { url: expect.stringContaining('Action=login') } })
  })

  it('uses the current session when no role is named, and says when there is none', async () => {
    await setup()
    expect(await askBroker(dataDir, { op: 'credentials' }, 5000)).toMatchObject({ ok: false, error: { code: 'UnknownRole' } })
    await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000)
    expect(await askBroker(dataDir, { op: 'credentials' }, 5000)).toMatchObject({ ok: true, value: { credentials: { roleName: 'Admin' } } })
  })

  it('refuses a wrong token', async () => {
    await setup()
    const answer = await new Promise<string>((resolve) => {
      const socket = createConnection(socketPath(dataDir))
      let text = ''
      socket.on('data', (d) => (text += d))
      socket.on('end', () => resolve(text))
      socket.write(`${JSON.stringify({ v: 1, token: 'guess', op: 'credentials', role: 'Admin' })}\n`)
    })
    expect(JSON.parse(answer)).toMatchObject({ ok: false, error: { code: 'BrokerRefused' } })
    expect(assumes()).toBe(0)
  })

  it('treats a socket left by a crash as no app, and a new app replaces it', async () => {
    await setup()
    const address = readFileSync(brokerAddressFile(dataDir), 'utf8')
    // Simulate a crash: the server goes, its files stay.
    await new Promise<void>((resolve) => {
      ;(broker as unknown as { close(): Promise<void> }).close().then(() => resolve())
    })
    broker = undefined
    writeFileSync(brokerAddressFile(dataDir), address)
    writeFileSync(socketPath(dataDir), '')
    expect(await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000)).toBeUndefined()
    broker = await startBroker({ core: world.core, dataDir, showWindow: () => undefined })
    expect(await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000)).toMatchObject({ ok: true })
  })

  it('answers with the new token after an app restart', async () => {
    await setup()
    await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000)
    const before = JSON.parse(readFileSync(brokerAddressFile(dataDir), 'utf8')).token
    await broker!.close()
    broker = await startBroker({ core: world.core, dataDir, showWindow: () => undefined })
    expect(JSON.parse(readFileSync(brokerAddressFile(dataDir), 'utf8')).token).not.toBe(before)
    expect(await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000)).toMatchObject({ ok: true })
  })

  it('asks for an MFA code in the window and waits for it, or times out with a clear message', async () => {
    world = await startWorld({
      config: `[profile base]\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n[profile mfa]\nrole_arn = ${ROLES.mfa}\nsource_profile = base\n`
    })
    dataDir = mkdtempSync(join(tmpdir(), 'rolecall-broker-'))
    let shown = 0
    broker = await startBroker({ core: world.core, dataDir, showWindow: () => shown++ })
    // The window sees the waiting request in the state, and the user types the code there.
    let prompted = false
    const stop = world.core.subscribe((state) => {
      if (prompted || !state.mfaPrompts.includes('profile:mfa')) return
      prompted = true
      setTimeout(() => void dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:mfa', mfaCode: '123456' }), 50)
    })
    expect(await askBroker(dataDir, { op: 'credentials', role: 'mfa', mfaWaitSeconds: 5 }, 10_000)).toMatchObject({ ok: true })
    stop()
    expect({ shown, prompted }).toEqual({ shown: 1, prompted: true })
    // Once answered, nothing waits any more.
    expect(world.core.state().mfaPrompts).toEqual([])
    await world.core.handlers['sessions:end']({ roleId: 'profile:mfa' })
    world.core.dispose()
    const notWaiting = await askBroker(dataDir, { op: 'credentials', role: 'mfa', mfaWaitSeconds: 0 }, 5000)
    expect(notWaiting).toMatchObject({ ok: false, error: { code: 'MfaRequired' } })
    const timedOut = await askBroker(dataDir, { op: 'credentials', role: 'mfa', mfaWaitSeconds: 1 }, 5000)
    expect(timedOut).toMatchObject({ ok: false, error: { code: 'MfaTimeout', detail: 'No MFA code was entered in Rolecall within 1 seconds.' } })
    expect(world.core.state().mfaPrompts).toEqual([])
  })
})
