// Unit tests for the shared clock: one timer however many subscribers, aligned to the second, stopped when idle.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readClock, subscribeToClock } from './clock'

describe('shared clock', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2030-01-01T00:00:00.400Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ticks every subscriber once a second on the second boundary, from a single timer', () => {
    const first = vi.fn()
    const second = vi.fn()
    const unsubscribeFirst = subscribeToClock(first)
    const unsubscribeSecond = subscribeToClock(second)
    expect(vi.getTimerCount()).toBe(1)

    vi.advanceTimersByTime(599)
    expect(first).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(first).toHaveBeenCalledTimes(1)
    expect(readClock() % 1000).toBe(0)
    expect(vi.getTimerCount()).toBe(1)

    vi.advanceTimersByTime(3000)
    expect(first).toHaveBeenCalledTimes(4)
    expect(second).toHaveBeenCalledTimes(4)

    unsubscribeFirst()
    unsubscribeSecond()
  })

  it('stops its timer when the last subscriber leaves', () => {
    const unsubscribeFirst = subscribeToClock(() => {})
    const unsubscribeSecond = subscribeToClock(() => {})
    vi.advanceTimersByTime(2000)
    unsubscribeFirst()
    expect(vi.getTimerCount()).toBe(1)
    unsubscribeSecond()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('returns the same value for consecutive reads and catches up after being idle', () => {
    const before = readClock()
    expect(readClock()).toBe(before)
    vi.setSystemTime(Date.now() + 60_000)
    expect(readClock()).toBe(Date.now())
    expect(readClock()).toBe(Date.now())
  })
})
