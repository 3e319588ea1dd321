// The loopback HTTP server: routes STS and federation requests, applies faults, records calls, and shuts down hard.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { StsCall, StsServer, StsServerOptions } from './types'
import type { Reply, Surface } from './reply'
import type { ReceivedRequest } from './sigv4'
import { createServer } from 'node:http'
import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { Clock } from './clock'
import { Directory } from './principals'
import { SessionStore } from './sessions'
import { MfaVerifier } from './mfa'
import { FaultBook, faultReply, isReplacing } from './faults'
import { isSpoiling, spoil } from './spoil'
import { Federation, federationSurface } from './federation'
import { StsEndpoint, stsSurface } from './sts'
import { textReply } from './reply'

interface Route {
  action: string
  faultTarget: string
  params: Record<string, string>
  surface: Surface
  respond(): Reply | Promise<Reply>
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value
  }
  return headers
}

/** Repeated query keys become arrays, the shape the SigV4 canonicaliser expects. */
function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const [key, value] of url.searchParams) {
    const existing = query[key]
    query[key] = existing === undefined ? value : [existing, value].flat()
  }
  return query
}

export async function startStsServer(opts: StsServerOptions = {}): Promise<StsServer> {
  const clock = new Clock(opts.now ?? Date.now)
  const directory = new Directory()
  const sessions = new SessionStore()
  const faults = new FaultBook()
  const sts = new StsEndpoint(directory, sessions, new MfaVerifier())
  const federation = new Federation(sessions)
  const calls: StsCall[] = []
  const shutdown = new AbortController()
  opts.users?.forEach((u) => directory.addUser(u))
  opts.roles?.forEach((r) => directory.addRole(r))

  function route(req: IncomingMessage, url: URL, body: string): Route | undefined {
    const method = req.method ?? 'GET'
    if (url.pathname === '/federation' && method === 'GET') {
      const query = Object.fromEntries(url.searchParams)
      return {
        action: `federation:${query.Action ?? ''}`,
        faultTarget: 'federation',
        params: query,
        surface: federationSurface,
        respond: () => federation.handle(query, clock.now())
      }
    }
    if (url.pathname === '/' && (method === 'POST' || method === 'GET')) {
      // The query protocol carries parameters in a form body on POST and in the query string on GET.
      const form = new URLSearchParams(method === 'POST' ? body : url.search)
      const action = form.get('Action') ?? ''
      form.delete('Action')
      form.delete('Version')
      const params = Object.fromEntries(form)
      const requestId = randomUUID()
      const received: ReceivedRequest = { method, path: url.pathname, query: queryOf(url), headers: flatHeaders(req), body }
      return {
        action,
        faultTarget: action,
        params,
        surface: stsSurface(action, requestId),
        respond: () => sts.handle({ received, action, params, requestId, now: clock.now() })
      }
    }
    return undefined
  }

  /** `paceMs` sends the body one byte at a time with that pause before each, as a trickling server would. */
  async function send(res: ServerResponse, reply: Reply, paceMs = 0): Promise<void> {
    // An explicit Date (honouring skew) replaces Node's, so the SDK's clock-offset correction sees our clock.
    res.writeHead(reply.status, { ...reply.headers, date: new Date(clock.now()).toUTCString(), 'content-length': Buffer.byteLength(reply.body) })
    if (paceMs === 0) return void res.end(reply.body)
    res.flushHeaders()
    for (const byte of Buffer.from(reply.body)) {
      await sleep(paceMs, undefined, { signal: shutdown.signal })
      // The client gave up (its timeout): stop feeding a closed connection.
      if (res.destroyed) return
      res.write(Buffer.of(byte))
    }
    res.end()
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = clock.now()
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const r = route(req, url, body)
    if (!r) return send(res, textReply(404, 'Not Found', 'NotFound'))

    const plan = faults.take(r.faultTarget)
    const fault = plan.terminal?.kind ?? (plan.delayMs > 0 ? 'latency' : undefined)
    const record = (status: number, reply?: Reply): void => {
      calls.push({ action: r.action, principalArn: reply?.principalArn, params: r.params, status, errorCode: reply?.errorCode, fault, at })
    }
    if (plan.delayMs > 0) await sleep(plan.delayMs, undefined, { signal: shutdown.signal })
    const terminal = plan.terminal
    if (terminal?.kind === 'drop') {
      record(0)
      req.socket.destroy()
      return
    }
    // A hanging request stays open until the client gives up or close() tears the connection down.
    if (terminal?.kind === 'hang') return record(0)
    const served = terminal && isReplacing(terminal.kind) ? faultReply(terminal.kind, r.surface) : await r.respond()
    const reply = terminal && isSpoiling(terminal) ? spoil(terminal, served, clock.now()) : served
    record(reply.status, reply)
    await send(res, reply, terminal?.kind === 'trickle' ? terminal.ms : 0)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (shutdown.signal.aborted) return
      console.error('sts-server: request failed', err)
      res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  let closing: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    addUser: (u) => directory.addUser(u),
    addRole: (r) => directory.addRole(r),
    injectFault: (f) => faults.inject(f),
    clearFaults: () => faults.clear(),
    setClockSkewSeconds: (s) => clock.setSkewSeconds(s),
    expireAllSessions: () => sessions.expireAll(),
    issued: () =>
      sessions.all().map((s) => ({ callerArn: s.identity.arn, accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey, sessionToken: s.sessionToken })),
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        shutdown.abort()
        server.close((err) => (err ? reject(err) : resolve()))
        // Keep-alive and hanging connections would otherwise hold close() open indefinitely.
        server.closeAllConnections()
      }))
  }
}
