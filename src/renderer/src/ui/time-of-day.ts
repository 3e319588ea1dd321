// A time of day as the user's locale writes it, hours and minutes only, for "until 14:05"-style lines.
export function timeOfDay(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
}
