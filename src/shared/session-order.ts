// The one order of sessions, for the window's Sessions list, the tray menu and its tooltip: the current session
// first, then the soonest to expire, expired sessions last.
import type { SessionView } from './views'

// An expired session stays listed only until dismissed, so it goes last even if it was the current one.
function rank(session: SessionView): number {
  if (session.status === 'expired') return 2
  return session.current ? 0 : 1
}

export function orderSessions(sessions: readonly SessionView[]): SessionView[] {
  // Every session is counted down by the same clock, so the least time left is the earliest expiresAt.
  return [...sessions].sort((a, b) => rank(a) - rank(b) || a.expiresAt - b.expiresAt)
}
