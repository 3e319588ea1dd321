// Time-left text shared by the window's countdowns and the macOS tray title.

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

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
