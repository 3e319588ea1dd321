import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { systemTimers } from '../ports'
import { SessionScheduler, type SessionEvent } from './session-scheduler'

const MIN = 60_000
const HOUR = 60 * MIN
const policy = () => ({ warnBeforeSeconds: [600, 120], refreshLeadSeconds: 300 })

function setup() {
  const events: SessionEvent[] = []
  const scheduler = new SessionScheduler(systemTimers, policy, (e) => events.push(e))
  return { events, scheduler }
}

describe('SessionScheduler', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-28T09:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('warns at 10 and 2 minutes, then reports expiry, for a session without auto-refresh', async () => {
    const { events, scheduler } = setup()
    scheduler.track('r', Date.now() + HOUR, false)
    await vi.advanceTimersByTimeAsync(50 * MIN - 1)
    expect(events).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(events).toEqual([{ type: 'warn', roleId: 'r', thresholdSeconds: 600, secondsLeft: 600 }])
    await vi.advanceTimersByTimeAsync(8 * MIN)
    expect(events.at(-1)).toEqual({ type: 'warn', roleId: 'r', thresholdSeconds: 120, secondsLeft: 120 })
    await vi.advanceTimersByTimeAsync(2 * MIN)
    expect(events.at(-1)).toEqual({ type: 'expired', roleId: 'r' })
    expect(events).toHaveLength(3)
  })

  it('asks for a refresh at the lead time and backs off after failures', async () => {
    const { events, scheduler } = setup()
    scheduler.track('r', Date.now() + HOUR, true)
    await vi.advanceTimersByTimeAsync(55 * MIN)
    expect(events.filter((e) => e.type === 'refresh')).toEqual([{ type: 'refresh', roleId: 'r', attempt: 1 }])
    scheduler.refreshFailed('r')
    await vi.advanceTimersByTimeAsync(15_000)
    expect(events.filter((e) => e.type === 'refresh').at(-1)).toEqual({ type: 'refresh', roleId: 'r', attempt: 2 })
    scheduler.refreshFailed('r')
    await vi.advanceTimersByTimeAsync(29_999)
    expect(events.filter((e) => e.type === 'refresh')).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(events.filter((e) => e.type === 'refresh')).toHaveLength(3)
  })

  it('restarts warnings when a refreshed session is tracked again', async () => {
    const { events, scheduler } = setup()
    scheduler.track('r', Date.now() + 11 * MIN, false)
    await vi.advanceTimersByTimeAsync(MIN)
    expect(events).toHaveLength(1)
    scheduler.track('r', Date.now() + HOUR, false)
    await vi.advanceTimersByTimeAsync(50 * MIN)
    expect(events.filter((e) => e.type === 'warn')).toHaveLength(2)
  })

  it('after a jump of +2 hours, reports the expiry at once instead of a pile of warnings', async () => {
    const { events, scheduler } = setup()
    const stop = scheduler.watchClock()
    scheduler.track('r', Date.now() + HOUR, false)
    vi.setSystemTime(Date.now() + 2 * HOUR)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(events).toEqual([
      { type: 'expired', roleId: 'r' },
      { type: 'clock-jump', deltaMs: 2 * HOUR }
    ])
    stop()
  })

  it('after sleeping into the warning window, gives only the most urgent warning', async () => {
    const { events, scheduler } = setup()
    scheduler.track('r', Date.now() + HOUR, false)
    vi.setSystemTime(Date.now() + 59 * MIN)
    scheduler.reevaluate()
    expect(events).toEqual([{ type: 'warn', roleId: 'r', thresholdSeconds: 120, secondsLeft: 60 }])
  })

  it('after a jump of −2 hours, pushes every event later', async () => {
    const { events, scheduler } = setup()
    const stop = scheduler.watchClock()
    scheduler.track('r', Date.now() + HOUR, true)
    vi.setSystemTime(Date.now() - 2 * HOUR)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(events).toEqual([{ type: 'clock-jump', deltaMs: -2 * HOUR }])
    await vi.advanceTimersByTimeAsync(2 * HOUR + 54 * MIN)
    expect(events.filter((e) => e.type === 'refresh')).toEqual([])
    await vi.advanceTimersByTimeAsync(MIN)
    expect(events.filter((e) => e.type === 'refresh')).toHaveLength(1)
    stop()
  })
})

describe('SessionScheduler re-tracking', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-28T09:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('does not repeat a warning when the same session is tracked again after a settings change', async () => {
    const { events, scheduler } = setup()
    const expiresAt = Date.now() + HOUR
    scheduler.track('r', expiresAt, false)
    await vi.advanceTimersByTimeAsync(51 * MIN)
    scheduler.track('r', expiresAt, false)
    await vi.advanceTimersByTimeAsync(MIN)
    expect(events.filter((e) => e.type === 'warn')).toHaveLength(1)
  })
})

describe('SessionScheduler with auto-refresh', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-28T09:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('holds warnings that the refresh will make moot, and gives them once a refresh has failed', async () => {
    const { events, scheduler } = setup()
    scheduler.track('r', Date.now() + HOUR, true)
    await vi.advanceTimersByTimeAsync(55 * MIN)
    expect(events).toEqual([{ type: 'refresh', roleId: 'r', attempt: 1 }])
    scheduler.refreshFailed('r')
    expect(events.at(-1)).toEqual({ type: 'warn', roleId: 'r', thresholdSeconds: 600, secondsLeft: 300 })
  })
})
