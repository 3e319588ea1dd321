// Hostile answers from STS and the federation endpoint: broken XML, missing elements, credentials
// already expired, a 10 MB body, a server that trickles one byte at a time. Each ends in a typed,
// readable error within the timeout, after no more STS calls than the configured attempts.
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_RESPONSE_BYTES } from '../../src/main/core/sts/bounded-response'
import { buildConsoleUrl } from '../../src/main/core/console/console-signin'
import { describeError } from '../../src/main/core/sts/aws-errors'
import { dispatch } from '../../src/main/core/ipc/ipc-router'
import type { ErrorView } from '../../src/shared/views'
import type { Fault } from '../support/sts-server'
import { ALICE, ROLES, startWorld, type World } from '../support/world'
import { hostileTally } from './support/tally'

const tally = hostileTally('Hostile STS responses')

const GATEWAY = { maxAttempts: 2, requestTimeoutMs: 1000, connectionTimeoutMs: 500 }
const CONFIG = [
  '[profile admin]',
  `role_arn = ${ROLES.admin}`,
  'source_profile = base',
  '[profile base-mfa]',
  `aws_access_key_id = ${ALICE.accessKeyId}`,
  `aws_secret_access_key = ${ALICE.secretAccessKey}`,
  `mfa_serial = ${ALICE.mfaSerial}`,
  '[profile mfa]',
  `role_arn = ${ROLES.mfa}`,
  'source_profile = base-mfa',
  ''
].join('\n')
const TEN_MB = 10 * 1024 * 1024

let world: World
afterEach(async () => world?.close())

async function start(): Promise<void> {
  world = await startWorld({ config: CONFIG, coreDeps: { gateway: GATEWAY } })
}

const callsTo = (action: string) => world.sts.calls.filter((c) => c.action === action).length

/** Assumes under a fault; the error must be typed, on screen and come within `boundMs`. */
async function assumeUnder(fault: Fault, roleId = 'profile:admin', extra: Record<string, unknown> = {}): Promise<ErrorView> {
  world.sts.injectFault(fault)
  tally.fault()
  tally.input()
  const started = performance.now()
  const result = (await dispatch(world.core.handlers, 'roles:assume', { roleId, ...extra })) as { ok: boolean; error: ErrorView }
  const elapsed = performance.now() - started
  expect(result.ok).toBe(false)
  // Each attempt is bounded by requestTimeoutMs, body included; the SDK's retry backoff is under a second.
  expect(elapsed).toBeLessThan(GATEWAY.maxAttempts * GATEWAY.requestTimeoutMs + 2_000)
  expect(world.core.state().activity[roleId]?.error).toEqual(result.error)
  expect(world.core.state().sessions).toEqual([])
  return result.error
}

describe('hostile STS answers end in a typed error', () => {
  it('a body cut off mid-element', async () => {
    await start()
    const error = await assumeUnder({ kind: 'malformed', action: 'AssumeRole' })
    expect(error).toMatchObject({ code: 'MalformedResponse', title: 'Unexpected response from AWS STS' })
    expect(callsTo('AssumeRole')).toBe(1)
  })

  it.each([
    [['Credentials'], /AssumeRole returned incomplete credentials/],
    [['Expiration'], /AssumeRole returned incomplete credentials/],
    [['SessionToken'], /AssumeRole returned incomplete credentials/],
    [['AssumedRoleUser'], /AssumeRole returned no assumed-role ARN/],
    [['AssumeRoleResult'], /AssumeRole returned no assumed-role ARN/]
  ])('an AssumeRole answer without %j', async (fields, detail) => {
    await start()
    const error = await assumeUnder({ kind: 'missingFields', action: 'AssumeRole', fields })
    expect(error).toMatchObject({ code: 'MalformedResponse', detail: expect.stringMatching(detail) })
    expect(callsTo('AssumeRole')).toBe(1)
  })

  it('a GetCallerIdentity answer without an ARN leaves the source in a clear error', async () => {
    await start()
    world.sts.injectFault({ kind: 'missingFields', action: 'GetCallerIdentity', fields: ['Arn'] })
    tally.fault()
    tally.input()
    const source = await world.core.refreshSource()
    expect(source).toMatchObject({ status: 'error', error: { code: 'MalformedResponse', detail: expect.stringMatching(/no ARN/) } })
  })

  it('credentials that expired before they arrived', async () => {
    await start()
    const error = await assumeUnder({ kind: 'expired', action: 'AssumeRole' })
    expect(error).toMatchObject({ code: 'MalformedResponse', detail: expect.stringMatching(/already expired/) })
  })

  it('an MFA session that expired before it arrived is not cached', async () => {
    await start()
    const error = await assumeUnder({ kind: 'expired', action: 'GetSessionToken' }, 'profile:mfa', { mfaCode: ALICE.mfaCodes[0] })
    expect(error).toMatchObject({ code: 'MalformedResponse', detail: expect.stringMatching(/GetSessionToken returned credentials that have already expired/) })
    expect(world.core.state().mfaSessions).toEqual([])
    world.sts.clearFaults()
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:mfa' })).toMatchObject({ ok: false, error: { needsMfaCode: true } })
  })

  it(`a 10 MB answer is cut off at ${MAX_RESPONSE_BYTES} bytes`, async () => {
    await start()
    const error = await assumeUnder({ kind: 'huge', action: 'AssumeRole', bytes: TEN_MB })
    expect(error).toMatchObject({ code: 'MalformedResponse', detail: expect.stringMatching(`larger than ${MAX_RESPONSE_BYTES} bytes`) })
    // Not retried: a second attempt would read the same flood.
    expect(callsTo('AssumeRole')).toBe(1)
  })

  it('an answer trickled a byte at a time times out, attempt by attempt', async () => {
    await start()
    const error = await assumeUnder({ kind: 'trickle', action: 'AssumeRole', ms: 50 })
    expect(error).toMatchObject({ code: 'Timeout', detail: expect.stringMatching(/did not finish its answer within 1000 ms/) })
    expect(callsTo('AssumeRole')).toBe(GATEWAY.maxAttempts)
  })

  it('recovers once the endpoint behaves: the next assume works', async () => {
    await start()
    await assumeUnder({ kind: 'huge', action: 'AssumeRole', bytes: TEN_MB, times: 1 })
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:admin' })).toMatchObject({ ok: true })
  })
})

describe('hostile federation answers end in a typed error', () => {
  async function openConsoleUnder(fault: Fault): Promise<ErrorView> {
    await start()
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:admin' })).toMatchObject({ ok: true })
    world.sts.injectFault(fault)
    tally.fault()
    tally.input()
    const result = (await dispatch(world.core.handlers, 'sessions:open-console', { roleId: 'profile:admin' })) as { ok: boolean; error: ErrorView }
    expect(result.ok).toBe(false)
    expect(world.opener.opened).toEqual([])
    // The session itself is untouched by a failed sign-in.
    const sessions = world.core.state().sessions
    expect(tally.kept(sessions.length === 1 && sessions[0]!.status === 'live')).toBe(true)
    return result.error
  }

  it('a 10 MB answer is cut off at 64 KiB', async () => {
    const error = await openConsoleUnder({ kind: 'huge', action: 'federation', bytes: TEN_MB })
    expect(error).toMatchObject({ code: 'FederationFailed', detail: expect.stringMatching(/exceeded 65536 bytes/) })
  })

  it('an answer without a sign-in token', async () => {
    const error = await openConsoleUnder({ kind: 'malformed', action: 'federation' })
    expect(error).toMatchObject({ code: 'FederationFailed', detail: expect.stringMatching(/without a sign-in token/) })
  })

  it('an answer trickled a byte at a time times out as a sign-in failure', async () => {
    await start()
    world.sts.injectFault({ kind: 'trickle', action: 'federation', ms: 50 })
    tally.fault()
    tally.input()
    const started = performance.now()
    const credentials = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token', expiresAt: Date.now() + 3600_000 }
    const failure = await buildConsoleUrl({ credentials, partition: 'aws' }, { endpointOverride: world.sts.url, timeoutMs: 500 }).catch((error: unknown) => error)
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(describeError(failure)).toMatchObject({ code: 'FederationFailed', detail: expect.stringMatching(/did not answer in time/) })
  })
})
