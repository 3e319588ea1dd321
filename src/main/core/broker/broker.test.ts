// The broker over a real Unix socket: the token and the proofs signed with it, stale sockets from a
// crash, an app restart, two clients at once, many requests served from one live session, and MFA
// prompts that last exactly as long as the request waiting for them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ROLES, startWorld, type World } from '../../../../test/support/world'
import type { AppState } from '../../../shared/views'
import { dispatch } from '../ipc/ipc-router'
import { askBroker } from './client'
import { brokerAddressFile, brokerDir, socketPath, type WireRequest } from './protocol'
import { listenAddress, startBroker, type Broker } from './server'
import { newNonce, sign } from './token-proof'

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

/** A world whose role "mfa" needs an MFA code, with the broker answering for it. */
async function setupMfa(showWindow: () => void = () => undefined) {
  world = await startWorld({
    config: `[profile base]\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n[profile mfa]\nrole_arn = ${ROLES.mfa}\nsource_profile = base\n`
  })
  dataDir = mkdtempSync(join(tmpdir(), 'rolecall-broker-'))
  broker = await startBroker({ core: world.core, dataDir, showWindow })
}

/** Resolves once the state asks for role "mfa"'s code (or at once if it already does). */
function promptShown(): Promise<void> {
  return new Promise((resolve) => {
    const asking = (state: AppState) => state.mfaPrompts.some((p) => p.roleId === 'profile:mfa')
    if (asking(world.core.state())) return resolve()
    const stop = world.core.subscribe((state) => {
      if (!asking(state)) return
      stop()
      resolve()
    })
  })
}

const mfaRequest = { op: 'credentials', role: 'mfa', mfaWaitSeconds: 60 } as const

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

  it('refuses a wrong token, sent as it is or signed, and proves itself to a request signed with the right one', async () => {
    await setup()
    const nonce = newNonce()
    const token = JSON.parse(readFileSync(brokerAddressFile(dataDir), 'utf8')).token
    const send = (request: WireRequest) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const socket = createConnection(socketPath(dataDir))
        let text = ''
        socket.on('data', (d) => (text += d))
        socket.on('end', () => resolve(JSON.parse(text)))
        socket.write(`${JSON.stringify(request)}\n`)
      })
    const request = { v: 1, op: 'credentials', role: 'Admin' } as const
    // The token itself is no signature.
    for (const auth of ['guess', token, sign('another token', 'client', nonce)]) {
      const refused = await send({ ...request, nonce, auth })
      expect(refused).toMatchObject({ ok: false, error: { code: 'BrokerRefused' } })
      expect(refused.proof).toBeUndefined()
    }
    expect(await send({ ...request, token: 'guess' })).toMatchObject({ ok: false, error: { code: 'BrokerRefused' } })
    expect(assumes()).toBe(0)
    expect(await send({ ...request, nonce, auth: sign(token, 'client', nonce) })).toMatchObject({ ok: true, proof: sign(token, 'app', nonce) })
    // The client as it runs on Windows, where it signs its requests and checks the answer's proof.
    expect(await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000, 'win32')).toMatchObject({ ok: true })
  })

  it('on Windows, refuses an answer from something that cannot prove it knows the token, whatever it says', async () => {
    // Another user's program on the pipe name a stale address file names; here a socket of our own.
    dataDir = mkdtempSync(join(tmpdir(), 'rolecall-broker-'))
    mkdirSync(brokerDir(dataDir))
    const token = 'the token in the address file'
    writeFileSync(brokerAddressFile(dataDir), JSON.stringify({ socket: socketPath(dataDir), token, pid: 1 }))
    const credentials = { accessKeyId: 'ASIAIMPOSTOR', secretAccessKey: 's', sessionToken: 't', expiresAt: 0, region: 'us-east-1', roleName: 'Admin' }
    const forged = { ok: true, value: { credentials } }
    let proofFor: (request: Extract<WireRequest, { nonce: string }>) => string | undefined = () => undefined
    const impostor = createServer((socket) => {
      socket.once('data', (line) => {
        const proof = proofFor(JSON.parse(String(line)))
        socket.end(`${JSON.stringify({ ...forged, ...(proof === undefined ? {} : { proof }) })}\n`)
      })
    })
    await new Promise<void>((resolve) => impostor.listen(socketPath(dataDir), resolve))
    try {
      const attempts: Array<typeof proofFor> = [
        () => undefined,
        (request) => sign('another token', 'app', request.nonce),
        // What the client sent is all it has: its own signature, returned as the app's, does not pass.
        (request) => request.auth
      ]
      for (const attempt of attempts) {
        proofFor = attempt
        const answer = await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000, 'win32')
        expect(answer).toMatchObject({ ok: false, error: { code: 'BrokerRefused', title: 'Answer not from Rolecall' } })
        expect(JSON.stringify(answer)).not.toContain('IMPOSTOR')
      }
      // The same answer with the proof only the token's holder can make is taken.
      proofFor = (request) => sign(token, 'app', request.nonce)
      expect(await askBroker(dataDir, { op: 'credentials', role: 'Admin' }, 5000, 'win32')).toMatchObject(forged)
    } finally {
      await new Promise((resolve) => impostor.close(resolve))
    }
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
    let shown = 0
    await setupMfa(() => shown++)
    // The window sees the waiting request in the state, and the user types the code there.
    let prompted = false
    void promptShown().then(() => {
      prompted = true
      setTimeout(() => void dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:mfa', mfaCode: '123456' }), 50)
    })
    expect(await askBroker(dataDir, { ...mfaRequest, mfaWaitSeconds: 5 }, 10_000)).toMatchObject({ ok: true })
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

  it('gives each waiting request a prompt of its own, so a second one asks again after the first was dismissed', async () => {
    await setupMfa()
    const first = askBroker(dataDir, mfaRequest, 10_000)
    await promptShown()
    const { id } = world.core.state().mfaPrompts[0]!
    const second = askBroker(dataDir, mfaRequest, 10_000)
    await vi.waitFor(() => expect(world.core.state().mfaPrompts).toHaveLength(2))
    expect(world.core.state().mfaPrompts).toEqual([
      { id, roleId: 'profile:mfa' },
      { id: expect.not.stringMatching(`^${id}$`), roleId: 'profile:mfa' }
    ])
    await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:mfa', mfaCode: '123456' })
    expect(await Promise.all([first, second])).toMatchObject([{ ok: true }, { ok: true }])
    expect(world.core.state().mfaPrompts).toEqual([])
  })

  it('leaves every listener with a last state that no longer asks, however late it subscribed', async () => {
    await setupMfa()
    const answer = askBroker(dataDir, mfaRequest, 10_000)
    await promptShown()
    // Subscribed after the waiting request, so it hears each state after the request's own listener does.
    let last: AppState | undefined
    world.core.subscribe((state) => (last = state))
    await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:mfa', mfaCode: '123456' })
    expect(await answer).toMatchObject({ ok: true })
    expect(last?.mfaPrompts).toEqual([])
  })

  it('withdraws the prompt as soon as the waiting client goes (interrupted, or its own timeout)', async () => {
    await setupMfa()
    const gaveUp = askBroker(dataDir, mfaRequest, 500)
    await promptShown()
    await expect(gaveUp).rejects.toThrow(/did not answer within/)
    const left = Date.now()
    await vi.waitFor(() => expect(world.core.state().mfaPrompts).toEqual([]), { timeout: 1000, interval: 5 })
    expect(Date.now() - left).toBeLessThan(500)
  })

  it('closes at once while a request waits for a code, ending the wait and removing the address file', async () => {
    await setupMfa()
    const waiting = askBroker(dataDir, mfaRequest, 65_000)
    await promptShown()
    const started = Date.now()
    const closed = broker!.close()
    // Gone before close() returns, so a quit that does not wait for it leaves no address file behind.
    expect(existsSync(brokerAddressFile(dataDir))).toBe(false)
    await closed
    broker = undefined
    expect(Date.now() - started).toBeLessThan(1000)
    expect(world.core.state().mfaPrompts).toEqual([])
    await expect(waiting).rejects.toThrow(/closed the connection without answering/)
  })
})
