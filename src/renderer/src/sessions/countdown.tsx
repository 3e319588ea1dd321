// A session's time left as h:mm:ss, coloured by urgency, with a worded badge so urgency is not shown by colour alone.
// Only this small component follows the shared clock, so a tick re-renders countdowns, not whole sessions.
import { useMemo } from 'react'
import { formatCountdown, urgencyOf, type Thresholds, type Urgency } from '../../../shared/time'
import { useNow } from './clock'

const BADGE: Record<Urgency, string | null> = {
  normal: null,
  warning: 'Expiring soon',
  critical: 'Almost expired',
  // The timer itself already reads "Expired".
  expired: null
}

interface Props {
  name: string
  expiresAt: number
  thresholds: Thresholds
  /** Main says so: reads Expired even if this machine's clock has not quite reached expiresAt. */
  expired: boolean
}

export function Countdown({ name, expiresAt, thresholds, expired }: Props) {
  const now = useNow()
  // Intl formatting is the costliest thing in a tick; the expiry time only changes on refresh.
  const at = useMemo(() => new Date(expiresAt).toLocaleTimeString(), [expiresAt])
  const msLeft = expired ? 0 : expiresAt - now
  const urgency = urgencyOf(msLeft, thresholds)
  const badge = BADGE[urgency]
  return (
    <span className="countdown">
      {badge && <span className="urgency-badge">{badge}</span>}
      <span
        role="timer"
        aria-label={`Time left for ${name}`}
        data-urgency={urgency}
        title={`${msLeft > 0 ? 'Expires' : 'Expired'} at ${at}`}
      >
        {formatCountdown(msLeft)}
      </span>
    </span>
  )
}
