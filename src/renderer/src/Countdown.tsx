// A session's time left as h:mm:ss, coloured by urgency, with a worded badge so urgency is not shown by colour alone.
import { formatCountdown, urgencyOf, type Thresholds, type Urgency } from '../../shared/time'

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
  now: number
  thresholds: Thresholds
  /** Main says so: reads Expired even if this machine's clock has not quite reached expiresAt. */
  expired: boolean
}

export function Countdown({ name, expiresAt, now, thresholds, expired }: Props) {
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
        title={`${msLeft > 0 ? 'Expires' : 'Expired'} at ${new Date(expiresAt).toLocaleTimeString()}`}
      >
        {formatCountdown(msLeft)}
      </span>
    </span>
  )
}
