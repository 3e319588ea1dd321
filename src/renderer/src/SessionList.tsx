// The Sessions section: every session, current first, named after the saved role it was assumed from.
import { useMemo } from 'react'
import type { RoleView, SessionView, Settings } from '../../shared/views'
import { thresholdsOf } from '../../shared/time'
import { SessionItem } from './SessionItem'
import { orderSessions } from './sessionOrder'

interface Props {
  sessions: SessionView[]
  roles: RoleView[]
  warnBeforeSeconds: Settings['warnBeforeSeconds']
}

export function SessionList({ sessions, roles, warnBeforeSeconds }: Props) {
  const names = useMemo(() => new Map(roles.map((role) => [role.id, role.displayName])), [roles])
  // Stable across renders so memoised session items only re-render when their own session changes.
  const thresholds = useMemo(() => thresholdsOf(warnBeforeSeconds), [warnBeforeSeconds])
  return (
    <section className="sessions">
      <h2>Sessions</h2>
      {sessions.length === 0 ? (
        <p className="empty">No active sessions.</p>
      ) : (
        <ul aria-label="Sessions" className="session-list">
          {orderSessions(sessions).map((session) => (
            // A session can outlive its role for a moment (removed while active), so fall back to the assumed ARN.
            <SessionItem
              key={session.roleId}
              session={session}
              name={names.get(session.roleId) ?? session.assumedRoleArn}
              thresholds={thresholds}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
