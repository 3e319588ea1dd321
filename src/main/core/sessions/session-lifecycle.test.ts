// Sessions over time, against the local STS with a hand-driven clock: warnings, auto-refresh that
// the STS sees, refresh failures with retries, expiry that stays listed, and clock jumps.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ManualClock } from '../../../../test/support/manual-clock'
import { ALICE, ROLES, startWorld, type World } from '../../../../test/support/world'
import { dispatch } from '../ipc/ipc-router'

const MIN = 60_000
let world: World
let clock: ManualClock
afterEach(async () => world?.close())

async function start(config?: string) {
  clock = new ManualClock()
  world = await startWorld({ clock, coreDeps: { gateway: { maxAttempts: 1 } }, ...(config ? { config } : {}) })
}

/** Lets time pass in 15 s steps, waiting for each refresh's real HTTP round trip to finish. */
async function pass(ms: number) {
  for (let left = ms; left > 0; left -= 15_000) {
    await clock.advance(Math.min(15_000, left))
    await vi.waitFor(() => expect(world.core.state().sessions.some((s) => s.status === 'refreshing')).toBe(false))
  }
}

async function addAndAssume(name: string, arn: string) {
  const saved = (await dispatch(world.core.handlers, 'roles:save', { displayName: name, roleArn: arn })) as { value: { id: string } }
  const assumed = await dispatch(world.core.handlers, 'roles:assume', { roleId: saved.value.id })
  expect(assumed).toMatchObject({ ok: true })
  return saved.value.id
}

const session = (roleId: string) => world.core.state().sessions.find((s) => s.roleId === roleId)!
const assumeCalls = () => world.sts.calls.filter((c) => c.action === 'AssumeRole')

describe('session lifecycle', () => {
  it('warns at 10 and 2 minutes with Refresh and Dismiss, then keeps the expired session listed', async () => {
    await start()
    const id = await addAndAssume('Admin', ROLES.admin)
    await dispatch(world.core.handlers, 'roles:auto-refresh', { roleId: id, enabled: false })
    await clock.advance(50 * MIN)
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Admin expires in 10 min'])
    expect(world.notifier.shown[0]!.actions).toEqual(['refresh', 'dismiss'])
    await clock.advance(8 * MIN)
    expect(world.notifier.shown.at(-1)!.title).toBe('Admin expires in 2 min')
    await clock.advance(2 * MIN)
    expect(session(id).status).toBe('expired')
    expect(world.notifier.shown.at(-1)!.title).toBe('Admin has expired')
    expect(await dispatch(world.core.handlers, 'sessions:copy-export', { roleId: id, format: 'bash' })).toMatchObject({ ok: false, error: { code: 'NoSession' } })
    // "Assume again" brings it back; "Dismiss" would remove it.
    await dispatch(world.core.handlers, 'sessions:refresh', { roleId: id })
    expect(session(id).status).toBe('live')
    expect(await dispatch(world.core.handlers, 'sessions:end', { roleId: id })).toEqual({ ok: true, value: null })
    expect(world.core.state().sessions).toEqual([])
  })

  it('refreshes 5 minutes before expiry, keeps the session, and swaps the copied export', async () => {
    await start()
    await dispatch(world.core.handlers, 'settings:update', { clipboardClearSeconds: 3600 })
    const id = await addAndAssume('Admin', ROLES.admin)
    const first = session(id)
    await dispatch(world.core.handlers, 'sessions:copy-export', { roleId: id, format: 'bash' })
    const copied = world.clipboard.text
    await pass(55 * MIN)
    expect(assumeCalls().filter((c) => c.status === 200)).toHaveLength(2)
    const refreshed = session(id)
    expect(refreshed.expiresAt).toBe(first.expiresAt + 55 * MIN)
    expect(refreshed).toMatchObject({ status: 'live', refreshedAt: clock.now(), startedAt: first.startedAt, current: true })
    expect(world.clipboard.text).not.toBe(copied)
    expect(world.clipboard.text).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA/)
    expect(world.notifier.shown).toEqual([])
  })

  it('retries a failing refresh with backoff, shows why, then tells the user it gave up', async () => {
    await start()
    const id = await addAndAssume('Admin', ROLES.admin)
    world.sts.injectFault({ kind: 'http500', action: 'AssumeRole' })
    await pass(55 * MIN)
    expect(session(id).refreshError).toMatchObject({ code: 'InternalFailure' })
    expect(session(id).status).toBe('live')
    await pass(4 * MIN)
    const failedAttempts = new Set(assumeCalls().filter((c) => c.status === 500).map((c) => c.at)).size
    expect(failedAttempts).toBeGreaterThanOrEqual(5)
    expect(world.notifier.shown.map((n) => n.title)).toContain('Could not refresh Admin')
    world.sts.clearFaults()
    const giveUp = world.notifier.shown.find((n) => n.title === 'Could not refresh Admin')!
    giveUp.act('refresh')
    await vi.waitFor(() => expect(session(id).refreshError).toBeUndefined())
    expect(session(id).expiresAt).toBeGreaterThan(clock.now() + 50 * MIN)
  })

  it('refreshes an MFA role from the cached MFA session, and asks for a code once that has ended', async () => {
    await start(`[profile base]\nmfa_serial = ${ALICE.mfaSerial}\n[profile mfa]\nrole_arn = ${ROLES.mfa}\nsource_profile = base\n`)
    await dispatch(world.core.handlers, 'settings:update', { mfaSessionSeconds: 3600 })
    await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:mfa', mfaCode: ALICE.mfaCodes[0] })
    await dispatch(world.core.handlers, 'roles:auto-refresh', { roleId: 'profile:mfa', enabled: true })
    await pass(55 * MIN)
    // The MFA session (1 h, less a minute's margin) is still valid 55 minutes in.
    expect(assumeCalls().filter((c) => c.status === 200)).toHaveLength(2)
    await pass(55 * MIN)
    expect(session('profile:mfa').refreshError).toMatchObject({ code: 'MfaRequired', needsMfaCode: true })
    expect(world.notifier.shown.map((n) => n.title)).toContain('mfa needs an MFA code')
  })

  it.each([
    ['+2 hours', 2 * 60 * MIN, 'expired'],
    ['-2 hours', -2 * 60 * MIN, 'live']
  ] as const)('re-evaluates at once after a wall-clock jump of %s', async (_label, jump, status) => {
    await start()
    const id = await addAndAssume('Admin', ROLES.admin)
    await dispatch(world.core.handlers, 'roles:auto-refresh', { roleId: id, enabled: false })
    clock.jump(jump)
    await clock.advance(15_000)
    expect(session(id).status).toBe(status)
    expect(world.notifier.shown.map((n) => n.title)).toEqual(status === 'expired' ? ['Admin has expired'] : [])
  })

  it('re-evaluates on resume from sleep', async () => {
    await start()
    const id = await addAndAssume('Admin', ROLES.admin)
    await dispatch(world.core.handlers, 'roles:auto-refresh', { roleId: id, enabled: false })
    clock.jump(59 * MIN)
    world.core.reevaluate()
    expect(world.notifier.shown.map((n) => n.title)).toEqual(['Admin expires in 1 min'])
  })

  it('makes the latest assume current, and lets the user choose another', async () => {
    await start()
    const a = await addAndAssume('Admin', ROLES.admin)
    const b = await addAndAssume('ReadOnly', ROLES.readOnly)
    expect(world.core.currentRoleId()).toBe(b)
    await dispatch(world.core.handlers, 'sessions:set-current', { roleId: a })
    expect(session(a).current).toBe(true)
    expect(session(b).current).toBe(false)
    await dispatch(world.core.handlers, 'sessions:end', { roleId: a })
    expect(world.core.currentRoleId()).toBe(b)
  })
})
