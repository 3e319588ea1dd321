// Unit tests for the countdown text and urgency thresholds.
import { describe, expect, it } from 'vitest'
import { formatCountdown, urgencyOf } from './countdown'

describe('formatCountdown', () => {
  it.each([
    [3_599_000, '0:59:59'],
    [3_600_000, '1:00:00'],
    [43_200_000, '12:00:00'],
    [61_000, '0:01:01'],
    [1_000, '0:00:01']
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text)
  })

  it('rounds a partial second up so the display never shows 0:00:00 before expiry', () => {
    expect(formatCountdown(1)).toBe('0:00:01')
    expect(formatCountdown(59_001)).toBe('0:01:00')
  })

  it('reads Expired at and after zero', () => {
    expect(formatCountdown(0)).toBe('Expired')
    expect(formatCountdown(-5_000)).toBe('Expired')
  })
})

describe('urgencyOf', () => {
  it('uses 10 and 2 minute thresholds by default, inclusive', () => {
    expect(urgencyOf(10 * 60_000 + 1)).toBe('normal')
    expect(urgencyOf(10 * 60_000)).toBe('warning')
    expect(urgencyOf(2 * 60_000 + 1)).toBe('warning')
    expect(urgencyOf(2 * 60_000)).toBe('critical')
    expect(urgencyOf(1)).toBe('critical')
    expect(urgencyOf(0)).toBe('expired')
    expect(urgencyOf(-1)).toBe('expired')
  })

  it('accepts custom thresholds', () => {
    expect(urgencyOf(30_000, 60_000, 10_000)).toBe('warning')
    expect(urgencyOf(10_000, 60_000, 10_000)).toBe('critical')
    expect(urgencyOf(60_001, 60_000, 10_000)).toBe('normal')
  })
})
