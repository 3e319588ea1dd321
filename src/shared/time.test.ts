// Unit tests for the countdown text and the urgency thresholds taken from the warnBeforeSeconds setting.
import { describe, expect, it } from 'vitest'
import { formatCountdown, thresholdsOf, urgencyOf } from './time'

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

describe('thresholdsOf', () => {
  it('warns from the most distant time and turns critical at the closest, in any order', () => {
    expect(thresholdsOf([120, 600])).toEqual({ warningMs: 600_000, criticalMs: 120_000 })
    expect(thresholdsOf([900, 300, 60])).toEqual({ warningMs: 900_000, criticalMs: 60_000 })
  })

  it('makes a single time both, so the countdown goes from normal straight to critical', () => {
    expect(thresholdsOf([300])).toEqual({ warningMs: 300_000, criticalMs: 300_000 })
    expect(urgencyOf(300_000, thresholdsOf([300]))).toBe('critical')
  })
})

describe('urgencyOf', () => {
  it('applies the thresholds inclusively', () => {
    const thresholds = thresholdsOf([600, 120])
    expect(urgencyOf(10 * 60_000 + 1, thresholds)).toBe('normal')
    expect(urgencyOf(10 * 60_000, thresholds)).toBe('warning')
    expect(urgencyOf(2 * 60_000 + 1, thresholds)).toBe('warning')
    expect(urgencyOf(2 * 60_000, thresholds)).toBe('critical')
    expect(urgencyOf(1, thresholds)).toBe('critical')
  })

  it('reads expired at and after zero, whatever the thresholds', () => {
    expect(urgencyOf(0, thresholdsOf([600, 120]))).toBe('expired')
    expect(urgencyOf(-1, thresholdsOf([60]))).toBe('expired')
  })

  it('follows custom thresholds', () => {
    const thresholds = { warningMs: 60_000, criticalMs: 10_000 }
    expect(urgencyOf(30_000, thresholds)).toBe('warning')
    expect(urgencyOf(10_000, thresholds)).toBe('critical')
    expect(urgencyOf(60_001, thresholds)).toBe('normal')
  })
})
