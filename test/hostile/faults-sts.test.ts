// Faults between Rolecall and AWS STS: refusing, timing out, failing and throttling, and the machine sleeping while a
// refresh is in flight. Each ends in a visible error or a live session, and the user's other sessions are untouched.
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../src/main/core/ipc/ipc-router'
import type { ErrorView } from '../../src/shared/views'
import { ManualClock } from '../support/manual-clock'
import type { Fault } from '../support/sts-server'
import type { World } from '../support/world'
import { closedPort } from './support/closed-port'
import { assume, faultWorlds, GATEWAY, session } from './support/fault-world'
import { hostileTally } from './support/tally'

// The same area as the other fault files: the summary adds them up into one row.
const tally = hostileTally('Faults')
const { start } = faultWorlds()

const MIN = 60_000
const assumeCalls = (w: World) => w.sts.calls.filter((c) => c.action === 'AssumeRole').length

/** A live session as the user has it: what the window shows and the credentials an export gives. */
function snapshot(w: World, roleId: string) {
  return { view: session(w, roleId), exported: w.core.exportText(roleId, 'bash') }
}

describe('STS faults: bounded retries, a visible error, other sessions untouched', () => {
  it.each<[string, Fault, string]>([
    ['5xx', { kind: 'http500', action: 'AssumeRole' }, 'InternalFailure'],
    ['throttling', { kind: 'throttle', action: 'AssumeRole' }, 'Throttling'],
    ['a timeout', { kind: 'hang', action: 'AssumeRole' }, 'Timeout'],
    ['a connection reset', { kind: 'drop', action: 'AssumeRole' }, 'ConnectionFailed']
  ])('%s', async (_label, fault, code) => {
    const w = await start()
    await assume(w, 'profile:admin')
    const before = snapshot(w, 'profile:admin')
    w.sts.injectFault(fault)
    tally.fault()
    tally.input()

    const callsBefore = assumeCalls(w)
    const failed = (await dispatch(w.core.handlers, 'roles:assume', { roleId: 'profile:long' })) as { ok: false; error: ErrorView }
    expect(failed).toMatchObject({ ok: false, error: { code } })
    // In Rolecall's words: no SDK package name or log level in front of what happened.
    expect(failed.error.detail).not.toMatch(/@smithy|\[(ERROR|WARN)\]/)
    expect(w.core.state().activity['profile:long']?.error?.code).toBe(code)
    const attempts = assumeCalls(w) - callsBefore
    expect(attempts).toBeGreaterThan(0)
    expect(attempts).toBeLessThanOrEqual(GATEWAY.maxAttempts)

    // Refreshing the live session under the same fault fails visibly and keeps the session as it was.
    const refreshed = (await dispatch(w.core.handlers, 'sessions:refresh', { roleId: 'profile:admin' })) as { ok: false; error: ErrorView }
    expect(refreshed).toMatchObject({ ok: false, error: { code } })
    const after = snapshot(w, 'profile:admin')
    expect(tally.kept(after.exported.ok && before.exported.ok && after.exported.value === before.exported.value)).toBe(true)
    expect(after.view).toEqual({ ...before.view, refreshError: refreshed.error })
    expect(w.core.state().sessions.map((s) => s.roleId)).toEqual(['profile:admin'])
  })

  it('connection refused', async () => {
    const w = await start()
    await assume(w, 'profile:admin')
    const before = snapshot(w, 'profile:admin')
    // A world whose STS address now refuses: every call after this one is refused by the OS.
    process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${await closedPort()}`
    tally.fault()
    tally.input()
    const started = performance.now()
    const failed = await dispatch(w.core.handlers, 'roles:assume', { roleId: 'profile:long' })
    expect(failed).toMatchObject({ ok: false, error: { code: 'ConnectionFailed', title: 'Cannot reach AWS STS' } })
    // Not "AWS said": nothing answered.
    expect((failed as { error: ErrorView }).error.detail).not.toMatch(/AWS said/)
    expect(performance.now() - started).toBeLessThan(GATEWAY.maxAttempts * GATEWAY.connectionTimeoutMs + 3_000)
    expect(tally.kept(JSON.stringify(snapshot(w, 'profile:admin')) === JSON.stringify(before))).toBe(true)
  })
})

describe('sleep in the middle of a refresh', () => {
  let clock: ManualClock

  /** Starts a refresh, lets the machine "sleep" for `sleepMs` while STS is answering, and waits for the outcome. */
  async function sleepDuringRefresh(sleepMs: number, fault?: Fault) {
    clock = new ManualClock()
    const w = await start({ clock, coreDeps: { gateway: { maxAttempts: 1, requestTimeoutMs: 5_000, connectionTimeoutMs: 1_000 } } })
    await assume(w, 'profile:admin')
    w.sts.injectFault({ kind: 'latency', ms: 300, action: 'AssumeRole', times: 1 })
    if (fault) w.sts.injectFault(fault)
    const refreshing = dispatch(w.core.handlers, 'sessions:refresh', { roleId: 'profile:admin' })
    await sleep(100)
    expect(session(w, 'profile:admin')?.status).toBe('refreshing')
    clock.jump(sleepMs)
    tally.fault()
    const result = (await refreshing) as { ok: boolean; error?: ErrorView }
    // On resume the app re-evaluates every session.
    w.core.reevaluate()
    expect(tally.kept(session(w, 'profile:admin') !== undefined)).toBe(true)
    return { w, result, after: session(w, 'profile:admin')! }
  }

  it('STS answers once the machine wakes: the session is refreshed, with an expiry on the new clock', async () => {
    const { result, after } = await sleepDuringRefresh(2 * 60 * MIN)
    expect(result.ok, JSON.stringify(result.error)).toBe(true)
    expect(after.status).toBe('live')
    expect(after.expiresAt - clock.now()).toBeGreaterThan(55 * MIN)
  })

  it('STS fails once the machine wakes: the session stays listed, expired, with the reason', async () => {
    const { result, after } = await sleepDuringRefresh(2 * 60 * MIN, { kind: 'http500', action: 'AssumeRole', times: 1 })
    expect(result).toMatchObject({ ok: false, error: { code: 'InternalFailure' } })
    expect(after).toMatchObject({ status: 'expired', refreshError: { code: 'InternalFailure' } })
  })

  it('an automatic refresh in flight across a sleep ends with one live session', async () => {
    clock = new ManualClock()
    const w = await start({ clock, coreDeps: { gateway: { maxAttempts: 1, requestTimeoutMs: 5_000, connectionTimeoutMs: 1_000 } } })
    await assume(w, 'profile:admin')
    w.sts.injectFault({ kind: 'latency', ms: 300, action: 'AssumeRole', times: 1 })
    // Auto-refresh is due 5 minutes before the hour is up.
    await clock.advance(56 * MIN)
    expect(session(w, 'profile:admin')?.status).toBe('refreshing')
    clock.jump(3 * 60 * MIN)
    tally.fault()
    await vi.waitFor(() => expect(session(w, 'profile:admin')?.status).not.toBe('refreshing'), { timeout: 3_000 })
    await clock.advance(15_000)
    const after = session(w, 'profile:admin')
    expect(tally.kept(after !== undefined)).toBe(true)
    expect(after).toMatchObject({ status: 'live' })
    expect(after!.expiresAt).toBeGreaterThan(clock.now())
    expect(w.core.state().sessions).toHaveLength(1)
  })
})
