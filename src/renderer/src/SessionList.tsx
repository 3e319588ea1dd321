// The Sessions section: every active session, named after the saved role it was assumed from.
import type { RoleView, SessionView } from '../../shared/views'
import { SessionItem } from './SessionItem'

interface Props {
  sessions: SessionView[]
  roles: RoleView[]
}

export function SessionList({ sessions, roles }: Props) {
  const names = new Map(roles.map((role) => [role.id, role.displayName]))
  return (
    <section className="sessions">
      <h2>Sessions</h2>
      {sessions.length === 0 ? (
        <p className="empty">No active sessions.</p>
      ) : (
        <ul aria-label="Sessions" className="session-list">
          {sessions.map((session) => (
            // A session can outlive its role for a moment (removed while active), so fall back to the assumed ARN.
            <SessionItem key={session.roleId} session={session} name={names.get(session.roleId) ?? session.assumedRoleArn} />
          ))}
        </ul>
      )}
    </section>
  )
}
