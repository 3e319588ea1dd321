// Injected faults reach the real SDK as latency, AWS errors, unparseable bodies, dropped and hanging connections.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { request } from 'node:http'
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { startStsServer } from '../support/sts-server'
import type { StsServer } from '../support/sts-server'
import { alice, expectStsError, federationSession, fixture, keysOf, raw, roles, sts } from './helpers'

describe('sts-server faults', () => {
  let server: StsServer
  beforeEach(async () => {
    server = await startStsServer(fixture)
  })
  afterEach(() => server.close())

  // Since @smithy/node-http-handler 4.x an exceeded requestTimeout only logs a warning unless throwOnRequestTimeout is set.
  const once = (requestTimeout?: number) =>
    sts(server, alice, { maxAttempts: 1, ...(requestTimeout ? { requestHandler: new NodeHttpHandler({ requestTimeout, throwOnRequestTimeout: true }) } : {}) })
  const whoami = (requestTimeout?: number) => once(requestTimeout).send(new GetCallerIdentityCommand({}))

  it('latency delays the response', async () => {
    server.injectFault({ kind: 'latency', ms: 250, times: 1 })
    const started = Date.now()
    await whoami()
    expect(Date.now() - started).toBeGreaterThanOrEqual(240)
    expect(server.calls[0]).toMatchObject({ status: 200, fault: 'latency' })
    await expect(whoami(100)).resolves.toBeDefined()
  })

  it('latency beyond the client timeout surfaces as a TimeoutError', async () => {
    server.injectFault({ kind: 'latency', ms: 500 })
    await expect(whoami(100)).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('http500 answers InternalFailure', async () => {
    server.injectFault({ kind: 'http500' })
    await expectStsError(whoami(), 'InternalFailure', 500)
    expect(server.calls[0]).toMatchObject({ status: 500, errorCode: 'InternalFailure', fault: 'http500' })
  })

  it('throttle answers Throttling: Rate exceeded', async () => {
    server.injectFault({ kind: 'throttle' })
    await expectStsError(whoami(), 'Throttling', 400, 'Rate exceeded')
  })

  it('malformed returns a 200 the SDK cannot parse', async () => {
    server.injectFault({ kind: 'malformed' })
    await expect(whoami()).rejects.toThrow(/XML parse error/)
    expect(server.calls[0]).toMatchObject({ status: 200, fault: 'malformed' })
  })

  it('drop closes the connection without a response', async () => {
    server.injectFault({ kind: 'drop' })
    await expect(whoami()).rejects.toMatchObject({ message: expect.stringMatching(/socket hang up|ECONNRESET/) })
    expect(server.calls[0]).toMatchObject({ status: 0, fault: 'drop' })
  })

  it('hang never answers, so the client times out', async () => {
    server.injectFault({ kind: 'hang' })
    await expect(whoami(200)).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(server.calls[0]).toMatchObject({ status: 0, fault: 'hang' })
  })

  it('counts down `times` and lets the SDK retry through transient failures', async () => {
    server.injectFault({ kind: 'http500', times: 2 })
    const out = await sts(server, alice, { maxAttempts: 3 }).send(new GetCallerIdentityCommand({}))
    expect(out.$metadata.attempts).toBe(3)
    expect(server.calls.map((c) => c.status)).toEqual([500, 500, 200])
  })

  it('targets one action when `action` is set, and stops after clearFaults()', async () => {
    server.injectFault({ kind: 'throttle', action: 'AssumeRole' })
    await whoami()
    await expectStsError(once().send(new AssumeRoleCommand({ RoleArn: roles.dev.arn, RoleSessionName: 'fault-test' })), 'Throttling', 400)
    server.clearFaults()
    await once().send(new AssumeRoleCommand({ RoleArn: roles.dev.arn, RoleSessionName: 'fault-test' }))
  })

  it("reaches the federation endpoint only for action 'federation'", async () => {
    const keys = keysOf(await once().send(new AssumeRoleCommand({ RoleArn: roles.dev.arn, RoleSessionName: 'fault-test' })))
    const getToken = () => raw(`${server.url}/federation?Action=getSigninToken&Session=${encodeURIComponent(federationSession(keys))}`)
    server.injectFault({ kind: 'http500' })
    expect((await getToken()).status).toBe(200)
    server.injectFault({ kind: 'throttle', action: 'federation', times: 1 })
    expect(await getToken()).toMatchObject({ status: 400, body: 'Rate exceeded\n' })
    expect(server.calls.at(-1)).toMatchObject({ action: 'federation:getSigninToken', errorCode: 'Throttling', fault: 'throttle' })
  })

  it('close() ends promptly with a hanging request and idle keep-alive connections open', async () => {
    await whoami()
    server.injectFault({ kind: 'hang' })
    const pending = new Promise<string>((resolve) => {
      const req = request(server.url, { method: 'POST' }, () => resolve('answered'))
      req.on('error', (e) => resolve(e.message))
      req.end('Action=GetCallerIdentity')
    })
    await expect.poll(() => server.calls.length).toBe(2)
    const started = Date.now()
    await server.close()
    expect(Date.now() - started).toBeLessThan(1000)
    await expect(pending).resolves.toMatch(/socket hang up|ECONNRESET/)
  })
})
