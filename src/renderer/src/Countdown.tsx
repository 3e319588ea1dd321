// A session's time left as h:mm:ss, coloured by urgency, with a worded badge so urgency is not shown by colour alone.
import { formatCountdown, urgencyOf, type Urgency } from './countdown'

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
}

export function Countdown({ name, expiresAt, now }: Props) {
  const msLeft = expiresAt - now
  const urgency = urgencyOf(msLeft)
  const badge = BADGE[urgency]
  return (
    <span className="countdown">
      {badge && <span className="urgency-badge">{badge}</span>}
      <span
        role="timer"
        aria-label={`Time left for ${name}`}
        data-urgency={urgency}
        title={`Expires at ${new Date(expiresAt).toLocaleTimeString()}`}
      >
        {formatCountdown(msLeft)}
      </span>
    </span>
  )
}
