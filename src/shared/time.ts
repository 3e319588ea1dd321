// Time helpers shared by the window's countdowns, the tray and notifications: the h:mm:ss text, how urgent it
// is, and a time of day.

export type Urgency = 'normal' | 'warning' | 'critical' | 'expired'

/** When a countdown turns to warning and to critical, in ms left; from the warnBeforeSeconds setting. */
export interface Thresholds {
  warningMs: number
  criticalMs: number
}

/**
 * Formats the time left as h:mm:ss (hours not padded), or "Expired" once nothing is left.
 * Rounds up so the last second reads 0:00:01 rather than a 0:00:00 that is not yet expired.
 */
export function formatCountdown(ms: number): string {
  if (ms <= 0) return 'Expired'
  const total = Math.ceil(ms / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  return `${hours}:${pad(minutes)}:${pad(seconds)}`
}

/** Warning from the most distant warning time, critical from the closest; one time alone means critical. */
export function thresholdsOf(warnBeforeSeconds: readonly number[]): Thresholds {
  return { warningMs: Math.max(...warnBeforeSeconds) * 1000, criticalMs: Math.min(...warnBeforeSeconds) * 1000 }
}

export function urgencyOf(msLeft: number, { warningMs, criticalMs }: Thresholds): Urgency {
  if (msLeft <= 0) return 'expired'
  if (msLeft <= criticalMs) return 'critical'
  if (msLeft <= warningMs) return 'warning'
  return 'normal'
}

/** A time of day as the user's locale writes it, hours and minutes only, for "until 14:05"-style lines. */
export function timeOfDay(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
