// The running app's side of the broker: answers the CLI from live sessions, assuming the role when
// it has to and, when an MFA code is needed, asking for it in the window while the CLI waits.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { rmSync } from 'node:fs'
import { chmod, rm } from 'node:fs/promises'
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import writeFileAtomic from 'write-file-atomic'
import { z } from 'zod'
import { mfaCodeSchema } from '../../../shared/contract'
import { REGION_PATTERN } from '../../../shared/region'
import { ROLE_SESSION_SECONDS } from '../../../shared/sts-limits'
import type { ErrorView } from '../../../shared/views'
import { ensurePrivateDir } from '../files'
import type { RolecallCore } from '../rolecall-core'
import {
  BROKER_VERSION,
  MAX_MESSAGE_BYTES,
  brokerAddressFile,
  brokerDir,
  type BrokerResponse,
  type WireResponse
} from './protocol'
import { brokerSocketPath } from './socket-dir'
import { sign, verify } from './token-proof'

// The version and how the request shows the token (BrokerAuth), which respond() checks before anything else.
const envelope = {
  v: z.literal(BROKER_VERSION),
  token: z.string().max(200).optional(),
  nonce: z.string().max(200).optional(),
  auth: z.string().max(200).optional()
}

const requestSchema = z.discriminatedUnion('op', [
  z.strictObject({
    ...envelope,
    op: z.literal('credentials'),
    role: z.string().max(512).optional(),
    durationSeconds: z.number().int().min(ROLE_SESSION_SECONDS.min).max(ROLE_SESSION_SECONDS.max).optional(),
    mfaCode: mfaCodeSchema.optional(),
    mfaWaitSeconds: z.number().int().min(0).max(600).optional()
  }),
  z.strictObject({
    ...envelope,
    op: z.literal('console'),
    role: z.string().max(512).optional(),
    destination: z.string().regex(/^[\w-]{1,64}$/).optional(),
    region: z.string().regex(REGION_PATTERN).optional(),
    mfaCode: mfaCodeSchema.optional(),
    mfaWaitSeconds: z.number().int().min(0).max(600).optional()
  })
])

export interface BrokerOptions {
  core: RolecallCore
  dataDir: string
  /** Brings the window forward when a request waits for an MFA code; the prompt itself is in the core's state. */
  showWindow: () => void
}

export interface Broker {
  address: string
  close(): Promise<void>
}

export async function startBroker({ core, dataDir, showWindow }: BrokerOptions): Promise<Broker> {
  ensurePrivateDir(brokerDir(dataDir))
  const address = listenAddress(dataDir)
  await clearStaleSocket(address)
  const token = randomBytes(32).toString('base64url')
  // Tracked so that close() can end them: a connection waiting for an MFA code would otherwise keep
  // the server open, and its prompt on screen, for up to ten minutes. The waits are ended apart from
  // their sockets because a destroyed socket reports its close after the server has reported its own.
  const sockets = new Set<Socket>()
  const waits = new Set<() => void>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    serve(socket)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(address, () => resolve())
  })
  if (process.platform !== 'win32') await chmod(address, 0o600)
  await writeFileAtomic(brokerAddressFile(dataDir), JSON.stringify({ socket: address, token, pid: process.pid }), { mode: 0o600 })

  function serve(socket: Socket): void {
    let buffer = ''
    socket.setEncoding('utf8')
    socket.setTimeout(10_000, () => socket.destroy())
    socket.on('error', () => undefined)
    socket.on('data', (chunk: string) => {
      buffer += chunk
      if (buffer.length > MAX_MESSAGE_BYTES) return reply(socket, refusal('RequestTooLarge', 'The request was too large.'))
      const end = buffer.indexOf('\n')
      if (end === -1) return
      socket.removeAllListeners('data')
      socket.setTimeout(0)
      void respond(buffer.slice(0, end), socket)
    })
  }

  async function respond(line: string, socket: Socket): Promise<void> {
    let raw: unknown
    try {
      raw = JSON.parse(line)
    } catch {
      return reply(socket, refusal('InvalidRequest', 'The request was not JSON.'))
    }
    // The token as it is, or (from the CLI on Windows, see client.ts) a signature of a nonce under it.
    const { token: given, nonce, auth } = (raw ?? {}) as { token?: unknown; nonce?: unknown; auth?: unknown }
    const signed = typeof nonce === 'string'
    if (signed ? !verify(token, 'client', nonce, auth) : typeof given !== 'string' || !sameToken(given, token)) {
      return reply(socket, refusal('BrokerRefused', 'The broker token is wrong; the app may have restarted. Try again.'))
    }
    const parsed = requestSchema.safeParse(raw)
    if (!parsed.success) return reply(socket, refusal('InvalidRequest', parsed.error.issues[0]?.message ?? 'Malformed request.'))
    const response = await answer(parsed.data, socket)
    // Only a client that proved it knows the token gets the app's proof back.
    reply(socket, signed ? { ...response, proof: sign(token, 'app', nonce) } : response)
  }

  async function answer(request: z.infer<typeof requestSchema>, socket: Socket): Promise<BrokerResponse> {
    let roleId: string | undefined
    if (request.role === undefined) {
      roleId = core.currentRoleId()
      if (!roleId) return refusal('UnknownRole', 'No role was named and there is no current session.')
    } else {
      // The CLI's own resolver: a key in its namespace only, a plain name only when it fits one role.
      const resolved = core.resolveRole(request.role)
      if (!resolved.ok) return resolved
      roleId = resolved.value.id
    }
    const options = {
      ...(request.mfaCode ? { mfaCode: request.mfaCode } : {}),
      ...(request.op === 'credentials' && request.durationSeconds ? { durationSeconds: request.durationSeconds } : {})
    }
    // A code given on the command line is used as it is; only without one does the window ask.
    const session = await withMfaWait(roleId, request.mfaCode ? 0 : (request.mfaWaitSeconds ?? 120), socket, () =>
      core.credentialsFor(roleId, options)
    )
    if (!session.ok) return session
    if (request.op === 'console') {
      return core.consoleUrl(roleId, {
        ...(request.destination ? { destination: request.destination } : {}),
        ...(request.region ? { region: request.region } : {})
      }).then((url) => (url.ok ? { ok: true, value: { url: url.value } } : url))
    }
    const roleName = core.role(roleId)?.displayName ?? roleId
    return { ok: true, value: { credentials: { ...session.value.credentials, region: session.value.region, roleName } } }
  }

  /**
   * When the role needs a code, ask in the window and wait for the session the user's code creates,
   * for as long as the client stays connected: a CLI that was interrupted or gave up takes its prompt
   * with it. A client that left gets no reply (reply() drops it), whatever this returns.
   */
  async function withMfaWait<T extends { ok: true } | { ok: false; error: ErrorView }>(
    roleId: string,
    seconds: number,
    socket: Socket,
    attempt: () => Promise<T>
  ): Promise<T | Refusal> {
    const first = await attempt()
    if (first.ok || !first.error.needsMfaCode || seconds === 0 || socket.destroyed) return first
    const release = core.promptForMfa(roleId)
    showWindow()
    const arrived = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => done(false), seconds * 1000)
      const stop = core.subscribe((state) => {
        if (state.sessions.some((s) => s.roleId === roleId && s.status !== 'expired')) done(true)
      })
      const gone = () => done(false)
      socket.once('close', gone)
      waits.add(gone)
      function done(ok: boolean) {
        clearTimeout(timer)
        stop()
        socket.off('close', gone)
        waits.delete(gone)
        release()
        resolve(ok)
      }
    })
    if (!arrived) return refusal('MfaTimeout', `No MFA code was entered in Rolecall within ${seconds} seconds.`)
    return attempt()
  }

  return {
    address,
    close() {
      // First and synchronously: a quit that does not wait for the rest still leaves no address file.
      rmSync(brokerAddressFile(dataDir), { force: true })
      for (const gone of waits) gone()
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

function reply(socket: Socket, response: WireResponse): void {
  if (!socket.destroyed) socket.end(`${JSON.stringify(response)}\n`)
}

type Refusal = { ok: false; error: ErrorView }

function refusal(code: string, detail: string): Refusal {
  return { ok: false, error: { code, title: code === 'BrokerRefused' ? 'Refused by Rolecall' : 'Request not served', detail } }
}

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)]
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The socket file (in the data folder, or where socket-dir.ts finds room when that path is too long), or on Windows a named pipe with a new random name each start. A pipe name is global
 * to the machine: a fixed one could be claimed first by another user, who would then answer the CLI
 * with credentials of their own. A random name, known only from the user-only address file, cannot be
 * claimed in advance; but pipe names can be listed, and a crash leaves its name in the address file for
 * anyone to claim afterwards, so the CLI also takes only answers that carry the app's proof (token-proof).
 * Node creates the pipe with Windows' default access rules (readableAll and writableAll stay off), under
 * which only this user, administrators and SYSTEM may open it for writing.
 */
export function listenAddress(dataDir: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? `\\\\.\\pipe\\rolecall-${randomBytes(16).toString('hex')}` : brokerSocketPath(dataDir, platform)
}

/** A socket file left by a crash refuses connections; remove it. A live one means another app owns it. */
async function clearStaleSocket(address: string): Promise<void> {
  if (process.platform === 'win32') return
  const live = await new Promise<boolean>((resolve) => {
    const probe = createConnection(address)
    probe.once('connect', () => {
      probe.destroy()
      resolve(true)
    })
    probe.once('error', () => resolve(false))
  })
  if (live) throw new Error(`Another Rolecall is already answering on ${address}.`)
  await rm(address, { force: true })
}
